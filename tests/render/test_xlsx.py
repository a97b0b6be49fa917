"""The Excel report read back cell by cell: sheets, exact money with a euro format, colours, chart."""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from typing import Any

from openpyxl import load_workbook

from sroi_cli.domain.report import Report
from sroi_cli.render import RenderOptions, get_renderer
from sroi_cli.render.json_out import report_json
from sroi_cli.render.sheets import MONEY_FORMAT, VERDICT_FILLS


def workbook(report: Report, lang: str = "en") -> tuple[Any, bytes]:
    out = io.BytesIO()
    renderer = get_renderer("xlsx")
    assert renderer.binary
    renderer.render(report, out, RenderOptions(lang=lang))
    data = out.getvalue()
    return load_workbook(io.BytesIO(data)), data


def table(sheet: Any) -> list[dict[str, Any]]:
    """Rows as header → cell (the cell itself, so formats and fills can be checked)."""
    headers = [c.value for c in sheet[1]]
    return [dict(zip(headers, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def test_sheets_in_each_language(portfolio: Report) -> None:
    assert workbook(portfolio, "en")[0].sheetnames == ["Summary", "Contracts", "Contributions", "Findings"]
    assert workbook(portfolio, "nl")[0].sheetnames == [
        "Samenvatting",
        "Contracten",
        "Bijdragen",
        "Bevindingen",
    ]


def test_money_is_a_real_number_with_a_euro_format_equal_to_the_json(portfolio: Report) -> None:
    book, _ = workbook(portfolio)
    reference = report_json(portfolio, "en")["contracts"]
    found = table(book["Contracts"])
    assert [r["Contract"].value for r in found] == [c["id"] for c in reference]
    for row, contract in zip(found, reference, strict=True):
        for header, key in (("Obligation", "obligation"), ("Realised", "realised"), ("Penalty", "penalty")):
            cell = row[header]
            assert isinstance(cell.value, int | float), (contract["id"], header)
            assert Decimal(str(cell.value)) == Decimal(contract[key])
            assert cell.number_format == MONEY_FORMAT


def test_verdicts_are_coloured_and_headers_frozen_and_filtered(portfolio: Report) -> None:
    sheet = workbook(portfolio)[0]["Contracts"]
    for row, contract in zip(table(sheet), portfolio.contracts, strict=True):
        assert row["Verdict"].fill.fgColor.rgb.endswith(VERDICT_FILLS[contract.verdict.value])
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == sheet.dimensions
    assert sheet.column_dimensions["B"].width >= len("Schoonmaak stadskantoren")


def test_contributions_and_findings_sheets(portfolio: Report) -> None:
    book, _ = workbook(portfolio, "nl")
    contributions = table(book["Bijdragen"])
    assert len(contributions) == sum(len(c.contributions) for c in portfolio.contracts)
    second = contributions[1]
    assert (second["Contract"].value, second["Bouwblok"].value, second["Status"].value) == (
        "DH-2024-0077",
        "ww",
        "gerealiseerd",
    )
    assert Decimal(str(second["Waarde"].value)) == Decimal("5555.56")
    every = table(book["Bevindingen"])
    # each contract on a rule set with assumed values also says which (issue 11 §1)
    assert {f["Code"].value for f in every} >= {"rules_assumed", "rules_contested"}
    findings = [f for f in every if not f["Code"].value.startswith("rules_")]
    assert [(f["Contract"].value, f["Code"].value) for f in findings] == [
        ("DH-2026-0107", "hours_above_norm"),
        ("DH-2026-0107", "candidate_overlap"),
        ("DH-2026-0107", "bonus_not_allowed"),
    ]
    assert findings[0]["Ernst"].value == "waarschuwing"
    assert findings[0]["Melding"].value.startswith("bijdrage #2: 40 uur per week")


def test_summary_has_totals_and_a_bar_chart_of_obligation_against_realised(portfolio: Report) -> None:
    book, data = workbook(portfolio)
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows(max_col=2) if row[0].value}
    assert Decimal(str(summary["Obligation"])) == Decimal("145000.00")
    assert summary["Contracts"] == 5
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        xml = archive.read(charts[0]).decode()
    assert re.search(r"<(c:)?barChart>", xml)
    refs = re.findall(r"<(?:c:)?f>([^<]+)</(?:c:)?f>", xml)
    assert "'Contracts'!$D$2:$D$6" in refs and "'Contracts'!$E$2:$E$6" in refs  # obligation, realised
    assert "'Contracts'!$A$2:$A$6" in refs  # one bar pair per contract
    # both axes there and shown: none marked deleted (openpyxl 3.1 used to mark them so by default)
    assert re.search(r"<(?:c:)?catAx>", xml) and re.search(r"<(?:c:)?valAx>", xml)
    assert not re.search(r'<(?:c:)?delete(?: val="(?:1|true)")?\s*/>', xml)


def test_formula_like_text_is_a_text_cell_shown_as_written(hostile: Report) -> None:
    book, data = workbook(hostile)
    (row,) = table(book["Contracts"])
    assert row["Title"].value == '=HYPERLINK("http://example.com","click")'
    assert row["Title"].data_type == "s"
    assert row["Contract"].value == "=EVIL"
    assert row["Authority"].value == "@SUM(A1)"
    contribution = table(book["Contributions"])[0]
    assert contribution["Candidate"].value == "@K-1"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # in the file: inline text, no formula element
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert all("<f>" not in xml and "<f " not in xml for xml in sheets)
    assert any('t="inlineStr"><is><t>=EVIL</t>' in xml for xml in sheets)
    assert all(cell.data_type != "f" for sheet in book for line in sheet.iter_rows() for cell in line)
