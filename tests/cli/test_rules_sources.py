"""A value's `source:` must name one of its rule set's sources: a misspelt id was cited as the set's
first source, a page that does not say what the value says."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app

BUNDLED = Path(__file__).parents[2] / "src" / "sroi_cli" / "rules" / "haaglanden" / "2023-07-01.yaml"


def test_a_source_id_that_names_no_source_is_refused_at_its_line(tmp_path: Path) -> None:
    lines = BUNDLED.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line == "      source: denhaag")
    lines[at] = lines[at].replace("denhaag", "nosuchsource")
    lines = [line.replace("id: haaglanden", "id: mine") if line.startswith("id:") else line for line in lines]
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "2023-07-01.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "validate", str(folder)])
    assert result.exit_code == 4
    said = f"2023-07-01.yaml:{at + 1}: error: source 'nosuchsource' names none of this rule set's sources"
    assert said in result.stdout
    tender = (BUNDLED.parents[4] / "examples" / "tender.yaml").read_text(encoding="utf-8")
    own = tmp_path / "tender.yaml"  # a contract that names no rule set of its own: --rules decides
    own.write_text("\n".join(x for x in tender.splitlines() if "rules:" not in x), encoding="utf-8")
    checked = CliRunner().invoke(app, ["check", str(own), "--rules", str(folder), "--as-of", "2026-11-23"])
    assert checked.exit_code == 4 and "nosuchsource" in checked.stderr


def test_every_bundled_set_names_only_its_own_sources() -> None:
    root = BUNDLED.parents[1]
    result = CliRunner().invoke(app, ["rules", "validate", str(root)])
    assert result.exit_code == 0, result.stdout
    assert "names none of this rule set's sources" not in result.stdout
