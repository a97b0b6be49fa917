"""Excel report: a summary with a chart, and sheets of contracts, contributions and findings."""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from sroi_cli.domain.report import Report
from sroi_cli.render import RenderOptions
from sroi_cli.render.cells import (
    CONTRACT_COLUMNS,
    CONTRIBUTION_COLUMNS,
    all_findings,
    finding_columns,
    neutralise,
)
from sroi_cli.render.sheets import (
    DATE_FORMATS,
    MONEY_FORMAT,
    SEVERITY_FILLS,
    VERDICT_FILLS,
    colour_column,
    fill,
    set_widths,
    style_header,
    write_table,
)
from sroi_cli.render.texts import phrase, verdict_name

BINARY = True
CHART_MAX = 50  # contracts in the chart; more bars than this is no longer a picture anyone reads
_COLUMN = {c.header: i for i, c in enumerate(CONTRACT_COLUMNS, start=1)}


def render(report: Report, out: BinaryIO, options: RenderOptions, fmt: str = "xlsx") -> None:
    from openpyxl import Workbook

    lang = options.lang
    book = Workbook()
    stamp = dt.datetime.combine(report.as_of, dt.time())  # no wall-clock time in a report
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "sroi"
    summary = book.active
    summary.title = phrase("sheet_summary", lang)
    contracts = book.create_sheet(phrase("sheet_contracts", lang))
    write_table(contracts, CONTRACT_COLUMNS, report.contracts, lang)
    codes = [c.verdict.value for c in report.contracts]
    colour_column(contracts, _COLUMN["h_verdict"], codes, VERDICT_FILLS)
    items = [(c, i) for c in report.contracts for i in c.contributions]
    write_table(book.create_sheet(phrase("sheet_contributions", lang)), CONTRIBUTION_COLUMNS, items, lang)
    findings = book.create_sheet(phrase("sheet_findings", lang))
    found = all_findings(report)
    write_table(findings, finding_columns(lang), found, lang)
    colour_column(findings, 2, [f.severity.value for f in found], SEVERITY_FILLS)
    write_summary(summary, report, lang)
    if report.contracts:
        summary.add_chart(chart(contracts, len(report.contracts), lang), "E3")
    book.save(out)


def write_summary(sheet: Any, report: Report, lang: str) -> None:
    """As-of date and inputs, the totals, and the count per verdict and per severity."""
    from openpyxl.styles import Font

    def h(key: str) -> str:
        return phrase(key, lang)

    sheet["A1"] = f"{h('h_report')} — {h('h_as_of')}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["B1"] = report.as_of
    sheet["B1"].number_format = DATE_FORMATS.get(lang, DATE_FORMATS["en"])
    sheet["B1"].font = Font(bold=True, size=14)
    row = 2
    for item in report.input:
        sheet.cell(row=row, column=1, value=h("h_input"))
        sheet.cell(row=row, column=2, value=neutralise(item.path))
        sheet.cell(row=row, column=3, value=item.sha256)
        row += 1
    s = report.summary
    row = _block(
        sheet,
        row + 1,
        [h("h_summary"), ""],
        [
            (h("h_contracts"), s.contracts, None),
            (h("h_with_social_return"), s.applicable, None),
            (h("h_obligation"), s.obligation, MONEY_FORMAT),
            (h("h_realised"), s.realised, MONEY_FORMAT),
            (h("h_planned"), s.planned, MONEY_FORMAT),
            (h("h_shortfall"), s.shortfall, MONEY_FORMAT),
            (h("h_penalty"), s.penalty, MONEY_FORMAT),
        ],
    )
    first = row + 1
    row = _block(
        sheet,
        first,
        [h("h_by_verdict"), ""],
        [(verdict_name(v, lang), n, None) for v, n in s.by_verdict.items()],
    )
    for offset, verdict in enumerate(s.by_verdict, start=1):
        sheet.cell(row=first + offset, column=1).fill = fill(VERDICT_FILLS[verdict])
    first = row + 1
    _block(sheet, first, [h("h_by_severity"), ""], [(h(k), n, None) for k, n in s.findings.items()])
    for offset, severity in enumerate(s.findings, start=1):
        sheet.cell(row=first + offset, column=1).fill = fill(SEVERITY_FILLS[severity])
    set_widths(sheet, {1: 30, 2: 18, 3: 16})


def _block(sheet: Any, row: int, headers: list[str], rows: list[tuple[str, Any, str | None]]) -> int:
    """A small two-column table from `row`; returns the row after it."""
    for column, text in enumerate(headers, start=1):
        sheet.cell(row=row, column=column, value=text)
    style_header(sheet, len(headers), row)
    for label, value, number_format in rows:
        row += 1
        sheet.cell(row=row, column=1, value=label)
        cell = sheet.cell(row=row, column=2, value=value)
        if number_format:
            cell.number_format = number_format
    return row + 1


def chart(contracts: Any, count: int, lang: str) -> Any:
    """Obligation against realised per contract, as bars, from the contracts sheet's own cells."""
    from openpyxl.chart import BarChart, Reference

    shown = min(count, CHART_MAX)
    bars = BarChart()
    bars.type = "col"
    bars.grouping = "clustered"
    bars.title = phrase("chart_title", lang)
    if shown < count:
        bars.title += " (" + phrase("chart_first", lang, shown=str(shown), total=str(count)) + ")"
    first, last = _COLUMN["h_obligation"], _COLUMN["h_realised"]
    data = Reference(contracts, min_col=first, max_col=last, min_row=1, max_row=shown + 1)
    bars.add_data(data, titles_from_data=True)
    bars.set_categories(Reference(contracts, min_col=1, min_row=2, max_row=shown + 1))
    bars.y_axis.numFmt = MONEY_FORMAT
    # openpyxl 3.1 marks both axes deleted unless told otherwise; Excel and LibreOffice then hide them.
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    bars.width = max(16.0, min(40.0, 2.0 * shown))
    bars.height = 9.0
    return bars
