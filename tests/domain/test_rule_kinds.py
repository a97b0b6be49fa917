"""The rule kinds of issue 11: a labour-share condition per contract type, an invoiced-turnover basis
and a minimum of hours a week per person — in words in both languages, in the schema and template."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

RULES = Path(__file__).parents[1] / "cases" / "rules" / "new-kinds.yaml"
AS_OF = "2026-11-23"

INPUT = """\
contracts:
  - {id: SUP, type: supplies, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31}
  - {id: LOW, type: supplies, value_excl_vat: "500000", labour_share: "0.2", start: 2026-01-01,
     end: 2026-12-31}
  - {id: WRK, type: works, value_excl_vat: "500000", invoiced_turnover: "100000", start: 2026-01-01,
     end: 2026-12-31}
contributions:
  - {contract: WRK, block: participatiewet, candidate: K-1, hours_per_week: "8", start: 2026-01-01}
"""


def sroi(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _report(tmp_path: Path, lang: str) -> dict[str, Any]:
    source = tmp_path / "in.yaml"
    source.write_text(INPUT, encoding="utf-8")
    result = sroi("check", str(source), "--rules", str(RULES), "--as-of", AS_OF, "-f", "json", "--lang", lang)
    assert result.exit_code == 0, result.stderr  # behind, not non-compliant
    return {c["id"]: c for c in json.loads(result.stdout)["contracts"]}


def _messages(contract: dict[str, Any]) -> dict[str, str]:
    return {f["code"]: f["message"] for f in contract["findings"]}


def test_the_new_findings_and_reason_in_english(tmp_path: Path) -> None:
    report = _report(tmp_path, "en")
    assert _messages(report["SUP"]) == {
        "labour_share_unknown": "test-kinds K1 applies social return to supplies only when labour is at "
        "least 30% of the contract; the contract gives no labour_share, so it is evaluated as if it applies",
        "basis_stand_in": "test-kinds K1 bases the obligation on the invoiced turnover; the contract gives "
        "none, so the contract value stands in for it (an estimate until the invoices are known)",
    }
    assert report["LOW"]["reason"] == (
        "supplies, labour is 20% of the contract, less than the 30% at which social return applies "
        "to supplies"
    )
    assert _messages(report["WRK"]) == {
        "below_min_hours": "contribution #0: 8 hours a week is below the rule set's minimum of 12 hours a "
        "week per person; the placement is valued at nothing"
    }
    assert report["WRK"]["obligation"] == "5000.00"  # 5% of the invoiced 100.000, not of the value


def test_the_new_findings_and_reason_in_dutch(tmp_path: Path) -> None:
    report = _report(tmp_path, "nl")
    assert (
        "alleen toe als het arbeidsaandeel minstens 30% van de opdracht is"
        in _messages(report["SUP"])["labour_share_unknown"]
    )
    assert "leveringen" in _messages(report["SUP"])["labour_share_unknown"]
    assert "gefactureerde omzet" in _messages(report["SUP"])["basis_stand_in"]
    assert report["LOW"]["reason"].startswith("leveringen, het arbeidsaandeel is 20% van de opdracht")
    assert _messages(report["WRK"])["below_min_hours"].startswith(
        "bijdrage #0: 8 uur per week is minder dan het minimum van 12 uur per week per persoon"
    )


def test_the_trace_names_the_minimum_and_the_basis(tmp_path: Path) -> None:
    source = tmp_path / "in.yaml"
    source.write_text(INPUT, encoding="utf-8")
    result = sroi("explain", str(source), "--rules", str(RULES), "--as-of", AS_OF, "--contract", "WRK")
    assert "Obligation: 5% × invoiced turnover €100,000.00 = €5,000.00" in result.stdout
    assert "8 hours a week is below the minimum of 12 per person, so it counts €0.00" in result.stdout
    assert "test-kinds K1: valuation.min_hours_per_week = 12" in result.stdout
    result = sroi("explain", str(source), "--rules", str(RULES), "--as-of", AS_OF, "--contract", "SUP")
    assert "none, so the contract value stands in for it" in result.stdout


def test_rules_show_names_the_conditions() -> None:
    result = sroi("rules", "show", "test-kinds", "--rules", str(RULES), "--lang", "nl")
    flat = " ".join(result.stdout.split())
    assert "van de gefactureerde omzet" in flat
    assert "leveringen alleen vanaf 30% arbeidsaandeel" in flat
    assert "minimaal 12 uur per week per persoon" in flat
    # the cap of a block counted by worked hours says so; a calendar cap is the bare number
    rows = [[cell.strip() for cell in line.split("│")] for line in result.stdout.splitlines()]
    ww = next(row for row in rows if row[1:2] == ["ww"])
    assert "24 gewerkt" in ww and "12" in next(row for row in rows if row[1:2] == ["participatiewet"])


def test_the_rules_schema_knows_the_new_keys() -> None:
    schema = json.loads(sroi("schema", "rules").stdout)
    defs = schema["$defs"]
    assert "min_labour_share" in defs["Applicability"]["properties"]
    assert "min_hours_per_week" in defs["Valuation"]["properties"]
    assert "invoiced_turnover" in json.dumps(defs["Obligation"]["properties"]["basis"])
    contract = json.loads(sroi("schema", "input").stdout)["$defs"]["Contract"]
    assert "invoiced_turnover" in contract["properties"]


def test_a_minimum_above_the_norm_is_a_located_rule_error(tmp_path: Path) -> None:
    bad = tmp_path / "2020-01-01.yaml"
    text = RULES.read_text(encoding="utf-8")
    bad.write_text(text.replace('min_hours_per_week: "12"', 'min_hours_per_week: "40"'), encoding="utf-8")
    result = sroi("rules", "validate", str(bad))
    assert result.exit_code == 4
    assert "min_hours_per_week 40 is above norm_hours_per_week 36" in result.stdout + result.stderr


@pytest.mark.parametrize("header", ["gefactureerde omzet", "invoiced turnover"])
def test_excel_reads_the_invoiced_turnover_as_money(tmp_path: Path, header: str) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contracten"
    sheet.append(["kenmerk", "soort", "opdrachtwaarde", header, "startdatum", "einddatum"])
    sheet.append(["X-1", "werken", "€ 1.000.000,00", "€ 250.000,00", "01-01-2026", "31-12-2026"])
    sheet.append(["X-2", "werken", "€ 1.000.000,00", "veel", "01-01-2026", "31-12-2026"])
    path = tmp_path / "in.xlsx"
    book.save(path)
    result = sroi("check", str(path), "--rules", str(RULES), "--as-of", AS_OF, "-f", "json")
    assert result.exit_code == 3  # X-2's turnover is not an amount: one located line
    assert "Contracten!D3" in result.stderr and "expected an amount" in result.stderr
    sheet.delete_rows(3)
    book.save(path)
    result = sroi("check", str(path), "--rules", str(RULES), "--as-of", AS_OF, "-f", "json")
    assert json.loads(result.stdout)["contracts"][0]["obligation"] == "12500.00"


def test_the_template_asks_for_what_the_rule_set_uses(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    result = sroi("template", "-o", str(path), "--rules", str(RULES), "--as-of", AS_OF, "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(path)["Contracten"]
    headers = [c.value for c in sheet[1]]
    assert "gefactureerde omzet" in headers and "arbeidsaandeel" in headers
    path = tmp_path / "t.yaml"
    assert sroi("template", "-o", str(path), "--rules", str(RULES), "--as-of", AS_OF).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "invoiced_turnover:" in text and "labour_share:" in text
