"""A BSN in a contract's id is said once (QA #12): a nested contribution inherits the id and its line,
so the reader found it twice at one place and every command said the same line twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

NESTED = """\
contract:
  id: C-123456782
  type: services
  value_excl_vat: "1000000.00"
  start: 2026-01-01
  end: 2027-12-31
  rules: haaglanden
  contributions:
    - {block: participatiewet, candidate: K-1, hours_per_week: "36", start: 2026-01-01, end: 2026-06-30}
    - {block: participatiewet, candidate: K-2, hours_per_week: "36", start: 2026-01-01, end: 2026-06-30}
"""
LINE = (
    "sroi: {path}:2: a value looks like a BSN (9 digits passing the elfproef); remove it, or pass --allow-bsn"
)


def write(tmp_path: Path) -> Path:
    path = tmp_path / "tender.yaml"
    path.write_text(NESTED, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["check", "batch", "plan", "explain", "banen"])
def test_said_once_on_stderr(tmp_path: Path, command: str) -> None:
    path = write(tmp_path)
    result = CliRunner().invoke(app, [command, str(path), "--as-of", "2026-11-23"], catch_exceptions=False)
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr.splitlines() == [LINE.format(path=path)]


def test_validate_lists_it_once(tmp_path: Path) -> None:
    path = write(tmp_path)
    result = CliRunner().invoke(app, ["validate", str(path), "-f", "json"], catch_exceptions=False)
    issues = json.loads(result.stdout)["files"][0]["issues"]
    assert [(i["key"], i["location"]) for i in issues] == [("bsn", f"{path}:2")]


def test_allowed_the_contributions_still_belong_to_their_contract(tmp_path: Path) -> None:
    args = ["check", str(write(tmp_path)), "--as-of", "2026-11-23", "--allow-bsn", "-f", "json"]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    contract = json.loads(result.stdout)["contracts"][0]
    assert contract["realised"] == "40000.00" and "123456782" not in result.stdout
