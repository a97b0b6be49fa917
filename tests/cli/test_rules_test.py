"""`sroi rules test`: a pass/fail line per case, the reasons under a failure, `N passed, N failed`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import BUNDLED

CASE = """\
name: Utrecht 5% of € 300.000
as_of: 2026-11-23
input:
  contracts:
    - {id: U-1, type: services, value_excl_vat: "300000", start: 2025-01-01, end: 2025-12-31,
       award_date: 2024-11-01, status: completed}
expect:
  U-1: {obligation: "15000.00", verdict: non_compliant}
"""


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["rules", "test", *args, "--lang", "en"], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def utrecht(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled Utrecht rule set with its cases, to add cases to."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED / "utrecht", tmp_path / "utrecht")
    return tmp_path / "utrecht"


def test_a_bundled_id_runs_its_own_cases(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("utrecht")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "passed: <bundled>/utrecht/tests/current-table-2023.yaml: Utrecht 2023 table, bonuses per year and "
        "once, training hours",
        "passed: <bundled>/utrecht/tests/older-table-2015.yaml: Utrecht's older table applies to contracts "
        "awarded before 2023",
        "2 passed, 0 failed",
    ]


def test_the_bundle_runs_every_rule_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = invoke(str(BUNDLED))
    assert code == 0
    cases = sorted(BUNDLED.glob("*/tests/*.yaml"))  # found by folder: a new set needs no edit here
    assert len(cases) >= 28
    assert out.splitlines()[-1] == f"{len(cases)} passed, 0 failed"


def test_a_rule_set_folder_is_the_default_rules_of_its_cases(utrecht: Path) -> None:
    (utrecht / "tests" / "zz-extra.yaml").write_text(CASE, encoding="utf-8")
    code, out, _ = invoke("utrecht")
    assert code == 0
    assert out.splitlines()[-2:] == [
        "passed: utrecht/tests/zz-extra.yaml: Utrecht 5% of € 300.000",
        "3 passed, 0 failed",
    ]


def test_a_wrong_figure_fails_the_case_and_the_run(utrecht: Path) -> None:
    (utrecht / "tests" / "zz-extra.yaml").write_text(CASE.replace("15000.00", "15000.01"), encoding="utf-8")
    code, out, _ = invoke("utrecht")
    assert code == 1
    assert out.splitlines()[-3:] == [
        "FAILED: utrecht/tests/zz-extra.yaml: Utrecht 5% of € 300.000",
        "    U-1 obligation: expected '15000.01', got '15000.00'",
        "2 passed, 1 failed",
    ]


def test_missing_contracts_figures_and_fields_are_failures_not_crashes(utrecht: Path) -> None:
    tests = utrecht / "tests"
    (tests / "zz-ghost.yaml").write_text(
        CASE.replace("U-1: {", "U-2: {}\n  U-1: {nothing.here: 1, "), encoding="utf-8"
    )
    (tests / "zz-no-expect.yaml").write_text(CASE.split("expect:")[0], encoding="utf-8")
    (tests / "zz-bad-input.yaml").write_text(CASE.replace('"300000"', '"lots"'), encoding="utf-8")
    code, out, _ = invoke("utrecht", "--format", "text")
    assert code == 1
    lines = out.splitlines()
    assert "    U-2: no such contract in the report; found: U-1" in lines
    assert "    U-1 nothing.here: no such figure in the report" in lines
    assert "    utrecht/tests/zz-no-expect.yaml:1: expect is missing; it is required" in lines
    assert (
        "    utrecht/tests/zz-bad-input.yaml:5: value_excl_vat: found 'lots', expected an amount such as "
        "1250000.00 or € 1.250.000,00"
    ) in lines
    assert lines[-1] == "2 passed, 3 failed"


def test_json_output(utrecht: Path) -> None:
    code, out, _ = invoke("utrecht", "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert data["schema"] == "sroi.rules-test/1"
    assert (data["passed"], data["failed"]) == (2, 0)
    assert all(case["passed"] and case["failures"] == [] for case in data["cases"])


def test_a_folder_without_cases_and_an_unknown_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert invoke("empty") == (
        3,
        "",
        "sroi: empty: no rule test cases found; expected YAML files in a tests/ "
        "folder next to the rule versions\n",
    )
    code, out, err = invoke("nowhere")
    assert (code, out) == (4, "")
    known = ", ".join(sorted(p.name for p in BUNDLED.iterdir() if p.is_dir()))
    assert err == f"sroi: no rule set 'nowhere'; known: {known}\n"


def test_dutch_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["rules", "test", "rijk", "--lang", "nl"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("geslaagd: <bundled>/rijk/tests/classic-2011.yaml")
    assert result.stdout.splitlines()[-1] == "3 geslaagd, 0 mislukt"


def test_a_case_naming_the_rule_set_by_id_tests_the_folder_not_the_bundle(utrecht: Path) -> None:
    table = utrecht / "2023-01-01.yaml"
    table.write_text(
        table.read_text(encoding="utf-8").replace('amount: "40000"', 'amount: "45000"', 1), "utf-8"
    )
    case = CASE.replace("as_of: 2026-11-23\n", "as_of: 2026-11-23\nrules: utrecht\n").replace(
        "expect:",
        "  contributions:\n"
        '    - {contract: U-1, block: participatiewet, candidate: X, hours_per_week: "36",\n'
        "       start: 2025-01-01, end: 2025-12-31}\n"
        "expect:",
    )
    # 45.000 × 36/36 × 12/12 in the folder's own table (the bundled one says 40.000)
    (utrecht / "tests" / "zz-own.yaml").write_text(
        case.replace("verdict: non_compliant}", 'realised: "45000.00"}'), encoding="utf-8"
    )
    code, out, _ = invoke("utrecht")
    assert code == 1  # the shipped cases notice the changed table, as they should
    assert "passed: utrecht/tests/zz-own.yaml: Utrecht 5% of € 300.000" in out.splitlines()
    assert "    UT-1 realised: expected '36200.00', got '38700.00'" in out.splitlines()
