"""Every JSON file sroi writes — report, plan, banen, explain, coverage, validation, rules show/list/
test/diff, JSON Schemas — carries its mark first, so a folder that holds them is read again
without one of them being taken for an input."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.own_reports import mark_of_file

ROOT = Path(__file__).parents[2]
AS_OF = ("--as-of", "2026-11-23")


def test_a_folder_of_every_json_output_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "year"
    folder.mkdir()
    year = folder / "contracts-2026.yaml"
    shutil.copy(ROOT / "examples" / "contracts-2026.yaml", year)
    runs = {
        "report": ["check", str(year), *AS_OF],
        "plan": ["plan", str(year), *AS_OF],
        "banen": ["banen", str(year), *AS_OF],
        "explain": ["explain", str(year), "-c", "DH-2026-0131", *AS_OF],
        "coverage": ["coverage", str(year), *AS_OF],
        "validation": ["validate", str(year), *AS_OF],
        "rules-show": ["rules", "show", "haaglanden"],
        "rules-list": ["rules", "list"],
        "rules-test": ["rules", "test", "haaglanden"],
        "rules-diff": ["rules", "diff", "utrecht@2015-01", "utrecht@2023-01"],
        "schema": ["schema", "input"],
    }
    for name, args in runs.items():
        out = folder / f"{name}.json"
        if args[:2] in (["rules", "show"], ["rules", "list"]):  # no -o: the JSON goes to stdout
            result = CliRunner().invoke(app, [*args, "-f", "json"])
            out.write_text(result.stdout, encoding="utf-8")
        else:
            fmt = [] if name == "schema" else ["-f", "json"]
            result = CliRunner().invoke(app, [*args, *fmt, "-o", str(out)])
        assert result.exit_code in (0, 1), (name, result.output)
        assert mark_of_file(out), name
    result = CliRunner().invoke(app, ["batch", str(folder), *AS_OF, "-q"])
    assert result.exit_code in (0, 1), result.output
    assert f"skipped {len(runs)} reports" in result.stderr
