"""An output file's suffix names its format: a suffix the command cannot write is a usage error
(exit 2, nothing written), never table text under a name Excel, a browser or `sroi batch` trusts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

TENDER = str(Path(__file__).parents[2] / "examples" / "tender.yaml")


@pytest.mark.parametrize(
    ("command", "name"),
    [("banen", "b.xlsx"), ("explain", "e.html"), ("plan", "p.csv"), ("batch", "r.yaml"), ("check", "r.pdf")],
)
def test_a_suffix_the_command_cannot_write_is_refused(tmp_path: Path, command: str, name: str) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(app, [command, TENDER, "--as-of", "2026-11-23", "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "cannot write" in result.output and not out.exists()


@pytest.mark.parametrize(("name", "starts"), [("r.txt", "sroi"), ("r.out", "sroi"), ("r.htm", "<!DOCTYPE")])
def test_an_unnamed_suffix_or_an_alias_still_writes(tmp_path: Path, name: str, starts: str) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(app, ["check", TENDER, "--as-of", "2026-11-23", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().startswith(starts)


def test_an_explicit_format_wins_over_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    result = CliRunner().invoke(app, ["banen", TENDER, "-f", "json", "-o", str(out), "--as-of", "2026-11-23"])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("{")
