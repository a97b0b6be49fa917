"""Dates at the edges of the calendar (9999-12-31 "open-ended", 0001-01-01) are evaluated everywhere."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.months import add_months, date_after_months, months_between
from sroi_cli.io.rules_loader import BUNDLED

EDGES = """\
contract:
  id: X-1
  type: services
  value_excl_vat: "1000000.00"
  start: {start}
  end: {end}
  award_date: 2025-11-15
  rules: haaglanden
  contributions:
    - {{block: participatiewet, candidate: K-1, hours_per_week: "36", start: 0001-01-01, end: 9999-12-31}}
    - {{block: participatiewet, candidate: K-1, hours_per_week: "36", start: 0001-01-01}}
    - {{block: participatiewet, candidate: K-2, hours_per_week: "36", start: 9999-12-31, status: planned}}
    - {{block: banenafspraak, candidate: K-3, hours_per_week: "36", start: 0001-01-01,
        bonuses: [age_55_plus]}}
    - {{block: social_purchase, amount: "10", date: 9999-12-31, status: accepted}}
"""
PERIODS = [("2026-01-01", "9999-12-31"), ("0001-01-01", "2027-12-31"), ("0001-01-01", "9999-12-31")]
COMMANDS = [
    ["check"],
    ["check", "-f", "json"],
    ["explain"],
    ["plan"],
    ["batch", "-f", "csv"],
    ["banen"],
    ["validate"],
]


def test_month_arithmetic_reaches_both_ends_of_the_calendar() -> None:
    assert months_between(date(2026, 1, 1), date(9999, 12, 31)) == Decimal(7974 * 12)
    assert months_between(date(1, 1, 1), date(1, 12, 31)) == 12
    assert months_between(date(9999, 12, 1), date(9999, 12, 31)) == 1
    assert months_between(date(9999, 12, 2), date(9999, 12, 31)) == Decimal(30) / Decimal(31)
    assert add_months(date(1, 1, 1), -12) == date.min  # stays at the edge, compares the same way
    assert add_months(date(9999, 12, 1), 1) == date.max
    assert date_after_months(date(9999, 1, 1), Decimal(12)) == date(9999, 12, 31)


@pytest.mark.parametrize(("start", "end"), PERIODS)
@pytest.mark.parametrize("as_of", ["2026-11-23", "9999-12-31", "0001-01-01"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_evaluates_the_edges(
    tmp_path: Path, start: str, end: str, as_of: str, command: list[str]
) -> None:
    source = tmp_path / "edges.yaml"
    source.write_text(EDGES.format(start=start, end=end), encoding="utf-8")
    result = CliRunner().invoke(
        app, [*command, str(source), "--as-of", as_of, "--rules", "haaglanden"], catch_exceptions=False
    )
    code = result.exit_code
    if command[0] == "banen" and as_of == "0001-01-01":  # no rule version in force that day: said so
        assert code == 4 and "no version in force on 0001-01-01" in result.stderr
        return
    assert code in (0, 1), result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.stderr


def test_an_open_ended_contract_is_evaluated_with_the_usual_rules(tmp_path: Path) -> None:
    source = tmp_path / "edges.yaml"
    source.write_text(EDGES.format(start="2026-01-01", end="9999-12-31"), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(source), "--as-of", "2026-11-23", "-f", "json"], catch_exceptions=False
    )
    contract = json.loads(result.stdout)["contracts"][0]
    assert contract["verdict"] == "behind"
    # 5% of € 1.000.000 × (10 + 23/30) months elapsed ÷ 95.688 months (2026 through 9999)
    assert contract["expected_to_date"] == "5.63"
    assert contract["realised"] == "0.00"  # placements from year 1 are no extra work; 9999 is to come
    codes = [f["code"] for f in contract["findings"]]
    assert codes.count("started_before_contract") == 3 and "not_started" in codes


def test_rules_diff_and_rules_test_evaluate_the_edges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "edges.yaml"
    source.write_text(EDGES.format(start="0001-01-01", end="9999-12-31"), encoding="utf-8")
    diff = CliRunner().invoke(
        app,
        ["rules", "diff", "haaglanden", "utrecht", "--portfolio", str(source), "--as-of", "2026-11-23"],
        catch_exceptions=False,
    )
    assert diff.exit_code == 0, diff.stderr
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED / "utrecht", tmp_path / "utrecht")
    (tmp_path / "utrecht" / "tests" / "zz-edges.yaml").write_text(
        """\
name: open-ended
as_of: 2026-11-23
input:
  contracts:
    - {id: U-1, type: services, value_excl_vat: "300000", start: 2025-01-01, end: 9999-12-31,
       award_date: 2024-11-01}
expect:
  U-1: {obligation: "15000.00", verdict: behind}
""",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["rules", "test", "utrecht", "--lang", "en"], catch_exceptions=False)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "passed: utrecht/tests/zz-edges.yaml: open-ended" in result.stdout
