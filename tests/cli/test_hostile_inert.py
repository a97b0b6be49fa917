"""The inert-text corpus (tests/cases/hostile/build_inert.py): markup, control codes, hidden BSNs, file
names, rule files and machine output. Whatever the input text holds, every command shows it as text.

Per case: no traceback; no control character on stdout or stderr of a terminal format (only the line
ends); every stderr line a whole `sroi:` line (or the summary), none forged; the text itself shown.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from sroi_cli import app as use
from sroi_cli.cli import app
from sroi_cli.render import RenderOptions

HOSTILE = Path(__file__).parents[1] / "cases" / "hostile"
_spec = importlib.util.spec_from_file_location("build_inert", HOSTILE / "build_inert.py")
assert _spec is not None and _spec.loader is not None
build_inert = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_inert)
CORPUS = build_inert.HERE
AS_OF = ("--as-of", "2026-11-23", "--lang", "en")
# What a terminal obeys: every C0 control but the line end, DEL, C1, line separators, bidi overrides.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def cases(klass: str, suffix: str = ".yaml") -> list[str]:
    return sorted(p.name for p in (CORPUS / klass).glob(f"*{suffix}"))


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def assert_inert(result: Result) -> None:
    """No traceback, no raw control character, and every stderr line a whole sroi line."""
    for text in (result.stdout, result.stderr):
        assert "Traceback" not in text
        assert RAW_CONTROL.search(text) is None, repr(RAW_CONTROL.search(text))
    for line in result.stderr.splitlines():
        assert not line.startswith("sroi: forged"), line
        assert line.startswith("sroi: ") or re.match(r"^\d+ contracts?", line), line


def test_the_corpus_is_current() -> None:
    """The committed corpus is exactly what the script writes (the script is the corpus's source)."""
    built = build_inert.build()
    on_disk = {p: p.read_bytes() for p in CORPUS.rglob("*") if p.is_file()}
    assert on_disk == built


@pytest.mark.parametrize("fmt", ["table", "md", "json", "csv", "html"])
@pytest.mark.parametrize("name", cases("markup") + cases("control"))
def test_check_shows_hostile_text_as_text(name: str, fmt: str) -> None:
    klass = "markup" if (CORPUS / "markup" / name).exists() else "control"
    result = invoke("check", str(CORPUS / klass / name), *AS_OF, "-f", fmt)
    assert result.exit_code in (0, 1, 3), result.stderr
    if fmt in ("table", "md") or result.exit_code == 3:
        assert_inert(result)
    if fmt == "json" and result.exit_code != 3:
        json.loads(result.stdout)
    shown = build_inert.shown_text(klass, name)
    if fmt == "table" and shown is not None and "authority" not in name:
        assert shown in result.stdout


@pytest.mark.parametrize("command", ["batch", "explain", "plan"])
@pytest.mark.parametrize("name", cases("markup") + cases("control"))
def test_other_commands_show_hostile_text_as_text(name: str, command: str) -> None:
    klass = "markup" if (CORPUS / "markup" / name).exists() else "control"
    extra = ["--group-by", "authority"] if command == "batch" else []
    result = invoke(command, str(CORPUS / klass / name), *AS_OF, *extra)
    assert result.exit_code in (0, 1, 3), result.stderr
    assert_inert(result)
    shown = build_inert.shown_text(klass, name)
    in_batch = name.startswith(("id-", "colour-id", "close-tag", "emoji"))
    if command == "batch" and shown is not None and in_batch:
        assert shown in result.stdout  # a batch table names contracts and groups


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("close-tag-id.yaml", "[/bold]DH-1"),
        ("colour-id.yaml", "[red]DH-1"),
        ("colour-id.yaml", "[bold blink]Schoonmaak[/]"),
        ("link-candidate.yaml", "[link=https://evil.example]K-1[/link]"),
        ("emoji-id.yaml", ":skull: DH-1"),
        ("emoji-id.yaml", ":warning: [/]"),
    ],
)
def test_markup_is_shown_literally_even_in_colour(
    name: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With colour on (a terminal), `[red]` is text, not red; `[link=…]` no hyperlink; `:skull:` no emoji."""
    from sroi_cli.render.table import render

    monkeypatch.setenv("COLUMNS", "400")  # a wide terminal: no cell cut short

    report = use.check([CORPUS / "markup" / name], use.Settings(as_of=dt.date(2026, 11, 23)))
    out = io.StringIO()
    render(report, out, RenderOptions(lang="en", color=True))
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue())  # the renderer's own colours
    assert shown in plain
    assert "\x1b]8;" not in out.getvalue()  # no OSC 8 hyperlink
    assert "\N{SKULL}" not in plain


def test_control_codes_are_escaped_where_shown() -> None:
    result = invoke("check", str(CORPUS / "control" / "id-esc.yaml"), *AS_OF)
    assert "\\x1b[31mRED\\x1b[0m" in result.stdout
    result = invoke("check", str(CORPUS / "control" / "bad-type-newline.yaml"), *AS_OF)
    assert result.exit_code == 3
    (line,) = result.stderr.splitlines()
    assert line.endswith(": type: found 'x\\nsroi: forged', expected one of: works, services, supplies")


def test_json_keeps_the_text_exact() -> None:
    """Escaping is for display: the JSON report carries the id as the input had it."""
    result = invoke("check", str(CORPUS / "control" / "id-esc.yaml"), *AS_OF, "-f", "json")
    assert json.loads(result.stdout)["contracts"][0]["id"] == "\x1b[31mRED\x1b[0m"


@pytest.mark.parametrize("name", cases("markup/rules") + cases("control/rules"))
@pytest.mark.parametrize("command", [["rules", "list"], ["rules", "show", "hostile"], ["check"]])
def test_rule_file_text_is_inert(name: str, command: list[str], tmp_path: Path) -> None:
    klass = "markup" if (CORPUS / "markup" / "rules" / name).exists() else "control"
    rules = CORPUS / klass / "rules" / name
    args = [*command, "--rules", str(rules)]
    if command == ["check"]:
        source = tmp_path / "in.yaml"
        source.write_text(build_inert.yaml_contract(rules="hostile"), encoding="utf-8")
        args += [str(source), *AS_OF]
    result = invoke(*args)
    assert result.exit_code in (0, 1), result.stderr
    assert_inert(result)
    if klass == "markup" and command[1:2] == ["list"]:
        assert "[/bold]T [link=https://evil.example]x[/link]" in result.stdout
    if klass == "markup" and command[1:2] == ["show"]:
        assert "[red]P[/red] :skull:" in result.stdout


@pytest.mark.parametrize("key", sorted(k for k in build_inert.NAMES if not k.startswith("bsn")))
def test_hostile_file_names_are_inert(key: str, tmp_path: Path) -> None:
    source = tmp_path / build_inert.NAMES[key]
    source.parent.mkdir(parents=True, exist_ok=True)  # `[/bold]` in a path is a folder `[` and more
    source.write_text(build_inert.yaml_contract(), encoding="utf-8")
    for fmt in ("table", "md"):
        result = invoke("check", str(source), *AS_OF, "-f", fmt)
        assert result.exit_code in (0, 1), result.stderr
        assert_inert(result)
    broken = source.with_name("broken-" + source.name)
    shutil.copy(source, broken)
    broken.write_text(broken.read_text(encoding="utf-8").replace("services", "nope"), encoding="utf-8")
    result = invoke("check", str(broken), *AS_OF)
    assert result.exit_code == 3
    assert_inert(result)
    assert len(result.stderr.splitlines()) == 1


BSN_FORMS = ("123456782", "123.456.782", "123 456 782", "1234-56-782", "1.23456782e+8", "11261572")


def assert_no_bsn(text: str) -> None:
    digits = re.sub(r"[ .\-]", "", text)
    assert "123456782" not in digits and "11261572" not in digits, text[:300]
    assert "1.23456782" not in text


@pytest.mark.parametrize("name", cases("bsn") + cases("bsn", ".xlsx"))
def test_a_bsn_in_any_form_and_place_is_refused(name: str) -> None:
    result = invoke("check", str(CORPUS / "bsn" / name), *AS_OF)
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert "BSN" in result.stderr or "'BSN *********'" in result.stderr  # a header: unknown, masked
    assert_no_bsn(result.stdout + result.stderr)


@pytest.mark.parametrize("fmt", ["json", "md", "table", "csv", "html"])
@pytest.mark.parametrize("name", cases("bsn") + cases("bsn", ".xlsx"))
def test_allowed_a_bsn_is_still_never_shown(name: str, fmt: str) -> None:
    result = invoke("check", str(CORPUS / "bsn" / name), *AS_OF, "--allow-bsn", "-f", fmt)
    assert result.exit_code in (0, 1) or name in ("header-cell.xlsx", "key-dotted.yaml"), result.stderr
    assert_no_bsn(result.stdout + result.stderr)


@pytest.mark.parametrize("key", ["bsn-plain", "bsn-dotted"])
def test_a_bsn_in_a_file_name_is_refused_and_never_written(key: str, tmp_path: Path) -> None:
    """One policy (privacy.file_label) for every output: refused, or masked with --allow-bsn."""
    source = tmp_path / build_inert.NAMES[key]
    source.write_text(build_inert.yaml_contract(), encoding="utf-8")
    refused = invoke("check", str(source), *AS_OF)
    assert refused.exit_code == 3 and "file name looks like a BSN" in refused.stderr
    assert_no_bsn(refused.stderr)
    runs = [["check", "-f", fmt] for fmt in ("json", "html", "md", "csv", "table")]
    runs += [["validate", "-f", fmt] for fmt in ("json", "junit", "github", "text")]
    runs += [["batch", "-f", "json"], ["explain"], ["plan"]]
    for command, *options in runs:
        result = invoke(command, str(source), *AS_OF, "--allow-bsn", *options)
        assert result.exit_code in (0, 1), (command, options, result.stderr)
        assert_no_bsn(result.stdout + result.stderr)
