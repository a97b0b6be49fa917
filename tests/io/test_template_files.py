"""The blank inputs `sroi template` writes: headers the reader takes, rule-set drop-downs, instructions."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from sroi_cli.domain.rules import RuleSet
from sroi_cli.io import values
from sroi_cli.io.headers import field_for
from sroi_cli.io.rules_loader import RuleLibrary
from sroi_cli.io.template import CONTRIBUTION_FIELDS, WORDS, contract_fields, percent, write_workbook
from sroi_cli.io.template_yaml import yaml_template

AS_OF = dt.date(2026, 11, 23)
TEST_RULES = Path(__file__).parents[1] / "cases" / "rules" / "pso-lowlabour.yaml"
IDS = RuleLibrary().ids()


def rules(rule_id: str) -> RuleSet:
    if rule_id == "test-settings":
        return RuleLibrary([TEST_RULES]).history(rule_id).in_force(AS_OF)
    return RuleLibrary().history(rule_id).in_force(AS_OF)


def book(rule_set: RuleSet, lang: str) -> Any:
    out = io.BytesIO()
    write_workbook(rule_set, out, lang, "sroi check t.xlsx --rules x")
    return load_workbook(io.BytesIO(out.getvalue()))


def validations(sheet: Any) -> dict[str, Any]:
    """Header → the data validation on its column."""
    headers = {c.column_letter: c.value for c in sheet[1]}
    return {
        headers[str(v.sqref).split(":")[0].rstrip("0123456789")]: v
        for v in sheet.data_validations.dataValidation
    }


def listed(workbook: Any, formula: str) -> list[str]:
    sheet, cells = formula.split("!")
    first, last = cells.replace("$", "").split(":")
    return [c.value for row in workbook[sheet.strip("'")][f"{first}:{last}"] for c in row]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("rule_id", [*IDS, "test-settings"])
def test_every_header_is_one_the_excel_reader_takes(rule_id: str, lang: str) -> None:
    for kind, fields in (
        ("contract", contract_fields(rules(rule_id))),
        ("contribution", CONTRIBUTION_FIELDS),
    ):
        for field in fields:
            assert field_for(field.header(lang), kind) == field.name, (kind, field.header(lang))


def test_every_dropdown_word_is_one_the_value_parsers_take() -> None:
    vocabulary = {
        "type": values.CONTRACT_TYPES,
        "contract_status": values.CONTRACT_STATUSES,
        "contribution_status": values.CONTRIBUTION_STATUSES,
    }
    for key, by_lang in WORDS.items():
        for words in by_lang.values():
            for word in words:
                if key == "yes_no":
                    assert values.to_bool(word) is (words.index(word) == 0)
                else:
                    assert word in vocabulary[key], word


def test_workbook_sheets_headers_formats_and_dropdowns() -> None:
    haaglanden = rules("haaglanden")
    workbook = book(haaglanden, "nl")
    assert workbook.sheetnames == ["Contracten", "Bijdragen", "Toelichting", "Lijsten"]
    assert workbook["Lijsten"].sheet_state == "hidden"
    contracts, contributions = workbook["Contracten"], workbook["Bijdragen"]
    assert [c.value for c in contracts[1]][:6] == [
        "kenmerk",
        "omschrijving",
        "opdrachtgever",
        "categorie",
        "soort",
        "opdrachtwaarde excl. btw",
    ]
    assert contracts.freeze_panes == "A2"
    assert contracts["F2"].number_format == '"€ "#,##0.00'
    assert contracts["G2"].number_format == "dd-mm-yyyy"
    checks = validations(contracts)
    assert listed(workbook, checks["soort"].formula1) == ["werken", "diensten", "leveringen"]
    assert listed(workbook, checks["status"].formula1) == ["gepland", "in aanbesteding", "lopend", "afgerond"]
    assert listed(workbook, checks["regelset"].formula1) == ["haaglanden"]
    checks = validations(contributions)
    # the Dutch labels, not the snake_case codes (#9 item 10); the reader maps them back
    labels = [(b.label or {})["nl"] for b in haaglanden.valuation.blocks.values()]
    assert listed(workbook, checks["bouwblok"].formula1) == labels
    assert labels[0] == "Werkzoekend zonder uitkering" and "no_benefit" not in labels
    assert checks["bouwblok"].showErrorMessage
    assert listed(workbook, checks["bonussen"].formula1) == list(haaglanden.valuation.bonuses)
    assert not checks["bonussen"].showErrorMessage  # a comma list of several bonuses is allowed
    assert "komma" in checks["bonussen"].prompt
    assert listed(workbook, checks["doelgroepregister"].formula1) == ["ja", "nee"]
    assert listed(workbook, checks["status"].formula1) == [
        "gepland",
        "gerealiseerd",
        "geaccepteerd",
        "afgewezen",
    ]


def test_optional_columns_follow_the_rule_set() -> None:
    plain = [c.value for c in book(rules("haaglanden"), "en")["Contracts"][1]]
    rich = book(rules("test-settings"), "en")
    headers = [c.value for c in rich["Contracts"][1]]
    for header in ("labour share", "PSO level", "PSO valid from", "PSO valid until"):
        assert header in headers and header not in plain
    assert listed(rich, validations(rich["Contracts"])["PSO level"].formula1) == ["trede_2"]


def rows(sheet: Any) -> list[tuple[Any, ...]]:
    return [r for r in sheet.iter_rows(values_only=True) if any(v is not None for v in r)]


def test_instructions_hold_the_rule_values_and_their_sources() -> None:
    haaglanden = rules("haaglanden")
    found = rows(book(haaglanden, "en")["Instructions"])
    by_label = {r[0]: r for r in found}
    # the EU threshold for sub-central supplies and services, whatever period the award falls in
    assert by_label["Threshold (contract value excl. VAT)"][1] == "EU sub_central"
    assert by_label["Obligation"][1:3] == (0.05, "5% of the contract value excl. VAT")
    assert by_label["Minimum duration (months)"][1] == 0
    block = by_label["participatiewet"]
    assert block[1:5] == ("Social assistance (Participatiewet)", "per full-time year", 40000, 24)
    source = haaglanden.source_of(haaglanden.valuation.blocks["participatiewet"].source)
    assert block[5:7] == (source.title, source.url)
    assert any("sroi check t.xlsx --rules x" in str(r[0]) for r in found)


@pytest.mark.parametrize("rule_id", IDS)
def test_yaml_template_names_every_block(rule_id: str) -> None:
    rule_set = rules(rule_id)
    text = yaml_template(rule_set, "nl", "sroi check t.yaml", AS_OF)
    for code in rule_set.valuation.blocks:
        assert f"#   {code}: " in text
    assert f"    rules: {rule_id}\n" in text


def test_percent() -> None:
    assert [percent(Decimal(s), "nl") for s in ("0.05", "0.035", "1", "0.10")] == [
        "5%",
        "3,5%",
        "100%",
        "10%",
    ]
