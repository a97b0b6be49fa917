"""Excel report: a summary with a chart, and sheets of contracts, contributions and findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, BinaryIO

from sroi_cli.domain.report import REPORT_MARK, Report
from sroi_cli.render import RenderOptions
from sroi_cli.render.cells import (
    CONTRACT_COLUMNS,
    CONTRIBUTION_COLUMNS,
    all_findings,
    finding_columns,
    mark_banners,
    neutralise,
)
from sroi_cli.render.sections import Section
from sroi_cli.render.sheets import (
    DATE_FORMATS,
    MONEY_FORMAT,
    SEVERITY_FILLS,
    VERDICT_FILLS,
    colour_column,
    fill,
    mark,
    print_setup,
    set_widths,
    slanted_labels,
    style_header,
    write_table,
)
from sroi_cli.render.texts import phrase, verdict_name

BINARY = True

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}
CHART_MAX = 50  # contracts in the chart; more bars than this is no longer a picture anyone reads
_COLUMN = {c.header: i for i, c in enumerate(CONTRACT_COLUMNS, start=1)}
PRINTED_UP_TO = "h_coverage"  # the contracts sheet prints its columns up to this one


def render(report: Report, out: BinaryIO, options: RenderOptions, fmt: str = "xlsx") -> None:
    from openpyxl import Workbook

    lang = options.lang
    book = Workbook()
    stamp = dt.datetime.combine(report.as_of, dt.time())  # no wall-clock time in a report
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "sroi"
    mark(book, REPORT_MARK)  # so sroi never reads the report back as an input
    summary = book.active
    summary.title = phrase("sheet_summary", lang)
    contracts = data_sheets(book, report, lang)
    below = write_summary(summary, report, lang)
    if report.contracts:  # below the figures, so the summary prints as one portrait page
        summary.add_chart(chart(contracts, len(report.contracts), lang), f"A{below + 1}")
    if report.people is not None:  # a portfolio: its groupings, people, pipeline and verdict chart
        from sroi_cli.render.xlsx_portfolio import portfolio_sheets, verdict_chart

        portfolio_sheets(book, report, lang)
        summary.add_chart(verdict_chart(summary, report, lang, 1), "K1")
    print_setup(summary, title_rows=None)
    book.save(out)


def data_sheets(book: Any, report: Report, lang: str) -> Any:
    """The contracts, contributions and findings sheets (printed landscape, one page wide, the header
    on every page); returns the first."""
    contracts = book.create_sheet(phrase("sheet_contracts", lang))
    last = write_table(contracts, CONTRACT_COLUMNS, report.contracts, lang)
    codes = [c.verdict.value for c in report.contracts]
    colour_column(contracts, _COLUMN["h_verdict"], codes, VERDICT_FILLS)
    contracts.freeze_panes = "B2"  # the contract id stays in view while scrolling right
    contributions = book.create_sheet(phrase("sheet_contributions", lang))
    items = [(c, i) for c in report.contracts for i in c.contributions]
    write_table(contributions, CONTRIBUTION_COLUMNS, items, lang)
    findings = book.create_sheet(phrase("sheet_findings", lang))
    found = all_findings(report)
    write_table(findings, finding_columns(lang), found, lang)
    colour_column(findings, 2, [f.severity.value for f in found], SEVERITY_FILLS)
    for sheet in (contracts, contributions, findings):
        print_setup(sheet)
    print_first_columns(contracts, _COLUMN[PRINTED_UP_TO], len(CONTRACT_COLUMNS), last, lang)
    return contracts


def print_first_columns(sheet: Any, printed: int, total: int, last: int, lang: str) -> None:
    """Print the columns a reader scans for (contract to plan coverage): 34 columns on one page
    width would be too small to read; the footer says the sheet holds the rest."""
    from openpyxl.utils import get_column_letter

    end = get_column_letter(printed)
    sheet.print_area = f"A1:{end}{max(last, 1)}"
    sheet.oddFooter.left.text = phrase("print_columns", lang, last=end, total=str(total))
    sheet.oddFooter.left.size = 8


Row = tuple[str, Any, str | None, str | None]  # label, value, number format, fill colour


def write_summary(sheet: Any, report: Report, lang: str) -> int:
    """Title, as-of date and inputs, the totals, the count per verdict and per severity; the next row."""
    from openpyxl.styles import Font

    def h(key: str) -> str:
        return phrase(key, lang)

    sheet["A1"] = h("h_report")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = h("h_as_of_label")
    sheet["B2"] = report.as_of
    sheet["B2"].number_format = DATE_FORMATS.get(lang, DATE_FORMATS["en"])
    row = 3
    for line in mark_banners(report, lang):  # before the figures, so no one reads them without it
        sheet.cell(row=row, column=1, value=neutralise(line)).font = Font(bold=True, color="8A6D00")
        row += 1
    for item in report.input:
        sheet.cell(row=row, column=1, value=h("h_input"))
        sheet.cell(row=row, column=2, value=neutralise(item.path))
        sheet.cell(row=row + 1, column=1, value=h("h_sha256"))
        sheet.cell(row=row + 1, column=2, value=item.sha256)
        row += 2
    s = report.summary
    totals: list[Row] = [
        (h("h_contracts"), s.contracts, None, None),
        (h("h_with_social_return"), s.applicable, None, None),
    ]
    for key, value in (
        ("h_obligation", s.obligation),
        ("h_realised", s.realised),
        ("h_planned", s.planned),
        ("h_shortfall", s.shortfall),
        ("h_penalty", s.penalty),
    ):
        totals.append((h(key), value, MONEY_FORMAT, None))
    row = _block(sheet, row + 1, h("h_summary"), totals)
    verdicts = [(verdict_name(v, lang), n, None, VERDICT_FILLS.get(v)) for v, n in s.by_verdict.items()]
    row = _block(sheet, row + 1, h("h_by_verdict"), verdicts)
    severities = [(h(k), n, None, SEVERITY_FILLS.get(k)) for k, n in s.findings.items()]
    row = _block(sheet, row + 1, h("h_by_severity"), severities)
    set_widths(sheet, {1: 30, 2: 18})
    return row


def _block(sheet: Any, row: int, title: str, rows: Sequence[Row]) -> int:
    """A small two-column table from `row` under a styled title row; returns the row after it."""
    sheet.cell(row=row, column=1, value=title)
    style_header(sheet, 2, row)
    for label, value, number_format, colour in rows:
        row += 1
        sheet.cell(row=row, column=1, value=label)
        cell = sheet.cell(row=row, column=2, value=value)
        if number_format:
            cell.number_format = number_format
        if colour:
            sheet.cell(row=row, column=1).fill = fill(colour)
    return row + 1


def chart(contracts: Any, count: int, lang: str) -> Any:
    """Obligation against realised per contract, as bars, from the contracts sheet's own cells."""
    from openpyxl.chart import BarChart, Reference

    shown = min(count, CHART_MAX)
    bars = BarChart()
    bars.type = "col"
    bars.grouping = "clustered"
    title = phrase("chart_title", lang)
    if shown < count:  # openpyxl turns a title into an object once set: the text is made whole first
        title += " (" + phrase("chart_first", lang, shown=str(shown), total=str(count)) + ")"
    bars.title = title
    first, last = _COLUMN["h_obligation"], _COLUMN["h_realised"]
    data = Reference(contracts, min_col=first, max_col=last, min_row=1, max_row=shown + 1)
    bars.add_data(data, titles_from_data=True)
    bars.set_categories(Reference(contracts, min_col=1, min_row=2, max_row=shown + 1))
    bars.y_axis.numFmt = MONEY_FORMAT
    # openpyxl 3.1 marks both axes deleted unless told otherwise; Excel and LibreOffice then hide them.
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    slanted_labels(bars.x_axis)  # ids read whole below their bars
    bars.legend.position = "b"
    bars.width = max(16.0, min(40.0, 2.0 * shown))
    bars.height = 11.0  # room for the slanted ids under the bars
    return bars
