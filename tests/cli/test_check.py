"""`sroi check` and `sroi explain` through the CLI: exit codes, stdout, stderr, languages, parity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app
from sroi_cli.render.json_out import report_json

ROOT = Path(__file__).parents[2]
TENDER = str(ROOT / "examples" / "tender.yaml")
RIJK = str(ROOT / "examples" / "rijk-maatwerk.yaml")


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner(env=env).invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_table_in_dutch_writes_dutch_money() -> None:
    code, out, err = invoke("check", TENDER, "--as-of", "2026-11-23", "--lang", "nl")
    assert code == 0
    assert "€ 50.000,00" in out and "€ 36.666,67" in out and "achter" in out
    assert err == (
        "1 contract, 1 met social return: verplichting € 50.000,00, gerealiseerd "
        "€ 13.333,33, tekort € 36.666,67; 1 achter\n"
    )


def test_table_in_english_writes_english_money() -> None:
    code, out, err = invoke("check", TENDER, "--as-of", "2026-11-23", "--lang", "en")
    assert code == 0 and "€50,000.00" in out and "behind" in out
    assert err.startswith("1 contract, 1 with social return")


def test_language_from_environment() -> None:
    _, out, _ = invoke("check", TENDER, "--as-of", "2026-11-23", env={"SROI_LANG": "nl"})
    assert "Verplichting" in out
    _, out, _ = invoke("check", TENDER, "--as-of", "2026-11-23", env={"SROI_LANG": "", "LANG": "nl_NL.UTF-8"})
    assert "Verplichting" in out


@pytest.mark.parametrize(
    ("fail_on", "code"), [("non_compliant", 0), ("behind", 1), ("warning", 1), ("never", 0)]
)
def test_fail_on(fail_on: str, code: int) -> None:
    assert invoke("check", TENDER, "--as-of", "2026-11-23", "--fail-on", fail_on)[0] == code


def test_non_compliant_fails_by_default() -> None:
    code, out, _ = invoke("check", TENDER, "--as-of", "2028-01-15", "-f", "json")
    assert code == 1
    contract = json.loads(out)["contracts"][0]
    assert contract["verdict"] == "non_compliant"
    assert contract["penalty"] == contract["shortfall"] == "36666.67"


def test_json_report_carries_every_design_figure() -> None:
    code, out, err = invoke("check", RIJK, "--as-of", "2026-11-23", "-f", "json")
    assert code == 0 and err
    report = json.loads(out)
    assert report["schema"] == "sroi.report/1" and report["as_of"] == "2026-11-23"
    assert (
        report["input"][0]["path"].endswith("rijk-maatwerk.yaml") and len(report["input"][0]["sha256"]) == 64
    )
    contract = report["contracts"][0]
    for key in (
        "id",
        "rules",
        "applicable",
        "reason",
        "verdict",
        "obligation",
        "realised",
        "planned",
        "expected_to_date",
        "shortfall",
        "penalty",
        "banenafspraak",
        "contributions",
        "findings",
        "trace",
    ):
        assert key in contract
    assert contract["rules"] == {
        "id": "rijk",
        "version": "2018-01",
        "valid_from": "2018-01-01",
        "sha256": contract["rules"]["sha256"],
    }
    assert contract["reason"] == "works, €1,250,000.00 > €250,000.00, 24 months"
    assert contract["obligation"] == "62500.00" and contract["planned"] == "3500.00"
    assert contract["banenafspraak"] == {"jobs_now": "1.00", "job_years": "0.23"}
    assert report["summary"]["obligation"] == "62500.00" and report["summary"]["by_verdict"] == {
        "on_track": 1
    }


def test_json_equals_the_library_report() -> None:
    """Parity: the CLI's JSON is exactly the library's report, rendered."""
    _, out, _ = invoke("check", RIJK, "--as-of", "2026-11-23", "-f", "json", "--lang", "nl")
    settings = use.Settings(as_of=__import__("datetime").date(2026, 11, 23))
    assert json.loads(out) == report_json(use.check([Path(RIJK)], settings), "nl")


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = invoke("check", TENDER, "--as-of", "2026-11-23", "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["contracts"][0]["id"] == "DH-2026-0107"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_failed_run_leaves_no_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    bad = tmp_path / "bad.yaml"
    bad.write_text("contract: {id: X}\n", encoding="utf-8")
    code, _, err = invoke("check", str(bad), "-o", str(target))
    assert code == 3 and "type is missing" in err
    assert list(tmp_path.iterdir()) == [bad]


def test_explain_cites_rule_values_and_sources() -> None:
    code, out, _ = invoke("explain", RIJK, "--as-of", "2026-11-23", "--contract", "RWS-2026-0042")
    assert code == 0
    assert "rule: rijk 2018-01: applicability.threshold = 250000.00" in out
    assert "rule: haaglanden 2023-07: valuation.blocks.participatiewet.amount = 40000" in out
    assert "source: " in out and "https://" in out


def test_explain_unknown_contract() -> None:
    code, _, err = invoke("explain", RIJK, "--contract", "NOPE")
    assert code == 2  # a usage mistake: the input is fine
    assert "no contract with id 'NOPE' in the input; found: RWS-2026-0042" in err


def test_unknown_rules_option_is_exit_4() -> None:
    code, _, err = invoke("check", TENDER, "--rules", "atlantis")
    assert code == 4 and "no rule set 'atlantis'" in err


def test_no_version_in_force_is_exit_4(tmp_path: Path) -> None:
    early = tmp_path / "early.yaml"
    early.write_text(
        "contract: {id: OLD, type: works, value_excl_vat: '900000', start: 2010-01-01, "
        "end: 2010-12-31, rules: haaglanden}\n",
        encoding="utf-8",
    )
    code, _, err = invoke("check", str(early))
    assert code == 4
    assert "rule set 'haaglanden' has no version in force on 2010-01-01 (the first is from 2023-07-01)" in err
    assert f"{early}:1" in err


def test_missing_file_is_exit_3() -> None:
    code, _, err = invoke("check", "does-not-exist.yaml")
    assert code == 3 and err == "sroi: does-not-exist.yaml: cannot read the file: no such file\n"


def test_no_arguments_shows_help() -> None:
    code, out, _ = invoke()
    assert code in (0, 2) and "check" in out


def test_rules_list_and_show() -> None:
    code, out, _ = invoke("rules", "list")
    assert code == 0 and "haaglanden" in out and "sudwest-fryslan" in out
    code, out, _ = invoke("rules", "show", "haaglanden", "-f", "json")
    assert code == 0 and json.loads(out)[0]["valuation"]["blocks"]["participatiewet"]["amount"] == "40000"
