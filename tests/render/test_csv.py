"""The CSV report: one row per contract, every figure exact and equal to the JSON reference."""

from __future__ import annotations

import csv
import io

from sroi_cli.domain.report import Report
from sroi_cli.render import RenderOptions, get_renderer
from sroi_cli.render.json_out import report_json


def rows(report: Report, lang: str = "en") -> list[dict[str, str]]:
    out = io.StringIO()
    get_renderer("csv").render(report, out, RenderOptions(lang=lang))
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_money_is_plain_and_equal_to_the_json_report(portfolio: Report) -> None:
    reference = report_json(portfolio, "en")["contracts"]
    found = rows(portfolio)
    assert [r["Contract"] for r in found] == [c["id"] for c in reference]
    headers = {
        "Obligation": "obligation",
        "Realised": "realised",
        "Planned": "planned",
        "Expected by now": "expected_to_date",
        "Shortfall": "shortfall",
        "Penalty": "penalty",
        "Value excl. VAT": "value_excl_vat",
        "FTE-years": "fte_years",
    }
    for row, contract in zip(found, reference, strict=True):
        for header, key in headers.items():
            assert row[header] == contract[key], (contract["id"], header)


def test_headers_follow_the_language(portfolio: Report) -> None:
    first = rows(portfolio, "nl")[0]
    assert first["Oordeel"] == "voldaan"
    assert first["Verplichting"] == "30000.00"
    assert first["Startdatum"] == "2025-01-01"


def test_text_that_would_run_as_a_formula_is_neutralised(hostile: Report) -> None:
    (row,) = rows(hostile)
    assert row["Contract"] == "'=EVIL"
    assert row["Title"] == '\'=HYPERLINK("http://example.com","click")'
    assert row["Authority"] == "'@SUM(A1)"
    assert row["Category"] == "'-2+3"
    assert row["Supplier"] == "'+31 70 123 4567"
    assert row["Obligation"] == "15000.00"  # figures are never touched
