"""Every contract evaluated on assumed or contested rule values says which, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

INPUT = """\
contracts:
  - {id: UT-1, type: services, value_excl_vat: "300000.00", start: 2025-01-01, end: 2025-12-31,
     award_date: 2024-11-01, status: completed, rules: utrecht}
  - {id: DH-1, type: services, value_excl_vat: "300000.00", start: 2025-01-01, end: 2025-12-31,
     award_date: 2024-11-01, rules: haaglanden}
  - {id: DH-2, type: services, value_excl_vat: "300000.00", start: 2025-01-01, end: 2025-12-31,
     award_date: 2024-11-01, rules: haaglanden}
contributions:
  - {contract: UT-1, block: participatiewet, candidate: U-1, hours_per_week: "36",
     start: 2025-01-01, end: 2025-06-30, bonuses: [age_50_plus]}
  - {contract: DH-2, block: social_purchase, amount: "1000.00", date: 2025-03-01, status: accepted}
"""
AS_OF = ("--as-of", "2026-11-23")


@pytest.fixture
def tender(tmp_path: Path) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(INPUT, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def findings(tender: Path) -> dict[str, dict[str, dict[str, Any]]]:
    _, out = run("check", str(tender), "-f", "json", *AS_OF)
    return {
        c["id"]: {f["code"]: f for f in c["findings"] if f["code"].startswith("rules_")}
        for c in json.loads(out)["contracts"]
    }


def test_the_finding_names_only_the_marked_values_the_contract_uses(tender: Path) -> None:
    found = findings(tender)
    utrecht = found["UT-1"]["rules_assumed"]
    # Utrecht's threshold and percentage are Lekstroom's: a warning, before anyone relies on them
    assert utrecht["severity"] == "warning"
    keys = utrecht["params"]["keys"].split(", ")
    assert {"valid_from", "applicability.threshold", "obligation.percentage"} <= set(keys)
    assert "valuation.bonuses.age_50_plus.method" in keys  # the contribution carries that bonus
    assert "valuation.bonuses.status_holder.method" not in keys  # no contribution carries it
    assert "valuation.blocks.social_purchase.share" not in keys  # nor uses that block
    assert "rules_contested" not in found["UT-1"]
    # Haaglanden's threshold and percentage are Den Haag's own: an info
    assert found["DH-1"]["rules_assumed"]["severity"] == "info"
    assert "valuation.blocks.social_purchase.share" not in found["DH-1"]["rules_assumed"]["params"]["keys"]
    assert "valuation.blocks.social_purchase.share" in found["DH-2"]["rules_assumed"]["params"]["keys"]
    # Den Haag's "€ 215.000 (bedrag 2023)" read as the EU threshold, and Leidschendam-Voorburg's 2%
    contested = found["DH-1"]["rules_contested"]["params"]["keys"]
    assert contested == "applicability.threshold, obligation.low_labour"
    assert found["DH-1"]["rules_assumed"]["location"] == "<bundled>/haaglanden/2023-07-01.yaml"


def test_a_rule_set_without_marks_gives_no_such_finding(tmp_path: Path) -> None:
    rules = tmp_path / "2020-01-01.yaml"
    rules.write_text(
        "schema: sroi.rules/1\nid: plain\nversion: '2020'\nvalid_from: 2020-01-01\ntitle: Plain\n"
        "sources: [{title: P}]\nlast_checked: 2026-11-01\n"
        "applicability: {contract_types: [services], threshold: '100000'}\n"
        "obligation: {method: percentage, percentage: '0.05'}\n"
        "valuation: {blocks: {participatiewet: {method: per_year, amount: '40000'}}}\n",
        encoding="utf-8",
    )
    tender = tmp_path / "t.yaml"
    tender.write_text(
        "contracts:\n  - {id: P-1, type: services, value_excl_vat: '300000.00', start: 2025-01-01,"
        " end: 2025-12-31}\n",
        encoding="utf-8",
    )
    _, out = run("check", str(tender), "--rules", str(rules), "-f", "json", *AS_OF)
    assert [f["code"] for f in json.loads(out)["contracts"][0]["findings"]] == []


def test_table_md_csv_in_both_languages(tender: Path) -> None:
    _, out = run("check", str(tender), "--lang", "en", *AS_OF)
    assert "assumed, not published by the issuer:" in out and "of rule set utrecht 2023-01" in out
    _, out = run("check", str(tender), "--lang", "nl", *AS_OF)
    assert "aangenomen, niet gepubliceerd door de uitgever:" in out
    said = " ".join(out.split())
    assert "betwist door de bronnen: applicability.threshold, obligation.low_labour van regelset" in said
    _, out = run("check", str(tender), "-f", "md", "--lang", "en", *AS_OF)
    assert "contested by the sources: applicability.threshold, obligation.low_labour of rule set" in out
    _, out = run("batch", str(tender), "-f", "csv", "--lang", "en", *AS_OF)
    rows = {r["Contract"]: r for r in csv.DictReader(io.StringIO(out))}
    assert "applicability.threshold" in rows["UT-1"]["Assumed rule values"]
    assert rows["DH-1"]["Contested rule values"] == "applicability.threshold, obligation.low_labour"
    assert rows["UT-1"]["Contested rule values"] == ""
    _, out = run("batch", str(tender), "-f", "csv", "--lang", "nl", *AS_OF)
    assert "Aangenomen regelwaarden" in out.splitlines()[0]


def test_html_and_xlsx_carry_a_banner(tender: Path, tmp_path: Path) -> None:
    html = tmp_path / "r.html"
    run("check", str(tender), "-f", "html", "-o", str(html), "--lang", "en", *AS_OF)
    text = html.read_text(encoding="utf-8")
    assert (
        "Assumed values: 3 of 3 contracts rest on rule values the issuer does not publish "
        "(haaglanden 2023-07, utrecht 2023-01)"
    ) in text
    assert "Contested values: 2 of 3 contracts use rule values the sources contradict (haaglanden" in text
    assert text.index('class="banner"') < text.index('class="cards"')  # above the figures
    from openpyxl import load_workbook

    book = tmp_path / "r.xlsx"
    run("batch", str(tender), "-f", "xlsx", "-o", str(book), "--lang", "nl", *AS_OF)
    sheet = load_workbook(book).worksheets[0]
    top = [sheet.cell(row=r, column=1).value for r in range(1, 6)]
    assert any(str(v).startswith("Aangenomen waarden: 3 van 3 contracten") for v in top)
    assert any(str(v).startswith("Betwiste waarden: 2 van 3 contracten") for v in top)
    findings_sheet = load_workbook(book).worksheets[3]
    codes = {findings_sheet.cell(row=r, column=3).value for r in range(2, findings_sheet.max_row + 1)}
    assert {"rules_assumed", "rules_contested"} <= codes


def test_rijk_without_a_wage_bill_uses_the_value_and_says_so(tmp_path: Path) -> None:
    tender = tmp_path / "r.yaml"
    tender.write_text(
        "contracts:\n"
        "  - {id: V, type: works, value_excl_vat: '600000.00', start: 2026-01-01, end: 2026-12-31,"
        " rules: rijk}\n"
        "  - {id: W, type: works, value_excl_vat: '600000.00', wage_bill: '300000.00',"
        " start: 2026-01-01, end: 2026-12-31, rules: rijk}\n"
        "  - {id: S, type: supplies, value_excl_vat: '600000.00', start: 2026-01-01, end: 2026-12-31,"
        " rules: rijk}\n",
        encoding="utf-8",
    )
    code, out = run("check", str(tender), "-f", "json", *AS_OF)
    assert code == 0
    got = {c["id"]: c for c in json.loads(out)["contracts"]}
    assert got["V"]["obligation"] == "30000.00" and got["W"]["obligation"] == "15000.00"
    codes = {k: [f["code"] for f in c["findings"]] for k, c in got.items()}
    assert "wage_bill_missing" in codes["V"]
    assert "wage_bill_missing" not in codes["W"] and "wage_bill_missing" not in codes["S"]  # S: no SR
    _, out = run("check", str(tender), "--lang", "nl", *AS_OF)
    assert "het contract geeft geen wage_bill (loonsom), dus telt de opdrachtwaarde" in " ".join(out.split())
    _, out = run("check", str(tender), "--lang", "en", *AS_OF)
    assert "the contract gives no wage_bill, so its value is used" in " ".join(out.split())
