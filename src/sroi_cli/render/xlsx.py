"""Excel report: a summary with a chart, and sheets of contracts, contributions and findings.

Written with XlsxWriter in constant-memory mode (render/book.py): each contract's row goes to disk as
it is written, so the workbook of a 100.000-contract batch costs little more memory than the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from sroi_cli.domain.inert import visible_lines
from sroi_cli.domain.report import REPORT_MARK, Report
from sroi_cli.domain.stream import ReportStream, contracts_of, totals_of
from sroi_cli.render import RenderOptions
from sroi_cli.render.cells import (
    CONTRACT_COLUMNS,
    CONTRIBUTION_COLUMNS,
    Marks,
    finding_columns,
)
from sroi_cli.render.sections import Section
from sroi_cli.render.sheets import (
    DATE_FORMATS,
    MONEY_FORMAT,
    SEVERITY_FILLS,
    VERDICT_FILLS,
)
from sroi_cli.render.texts import phrase, verdict_name

BINARY = True
STREAMS = True  # a batch's contracts are written as they come (domain/stream.py)

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}
CHART_MAX = 50  # contracts in the chart; more bars than this is no longer a picture anyone reads
_COLUMN = {c.header: i for i, c in enumerate(CONTRACT_COLUMNS)}  # 0-based, as XlsxWriter counts
PRINTED_UP_TO = "h_coverage"  # the contracts sheet prints its columns up to this one


def render(report: Report | ReportStream, out: BinaryIO, options: RenderOptions, fmt: str = "xlsx") -> None:
    from sroi_cli.render.book import Book, Grid

    lang = options.lang
    book = Book(out, dt.datetime.combine(report.as_of, dt.time()), REPORT_MARK)
    summary = book.sheet(phrase("sheet_summary", lang))  # the first sheet, written last (a Grid)
    contracts, written = data_sheets(book, report, lang)
    grid = Grid()
    below = write_summary(book, grid, written.report, lang, written.marks)
    if written.count:  # below the figures, so the summary prints as one portrait page
        summary.ws.insert_chart(below, 0, chart(book, contracts, written.count, lang))
    if written.report.people is not None:  # a portfolio: its groupings, people, pipeline and verdict chart
        from sroi_cli.render.xlsx_portfolio import portfolio_sheets, verdict_chart

        portfolio_sheets(book, written.report, lang)
        summary.ws.insert_chart(0, 10, verdict_chart(book, summary, grid, written.report, lang, 0))
    grid.flush(summary)
    summary.set_widths({0: 30, 1: 18})
    summary.print_setup(title_rows=False)
    book.close()


@dataclass(frozen=True)
class Written:
    """What the data sheets leave for the summary: the report with its totals (a batch's are known
    once its last contract is written), the contracts written, and those on assumed values."""

    report: Report
    count: int
    marks: Marks


def data_sheets(book: Any, report: Report | ReportStream, lang: str) -> tuple[Any, Written]:
    """The contracts, contributions and findings sheets (printed landscape, one page wide, the header
    on every page), written row by row in one pass over the contracts; returns the first."""
    from sroi_cli.render.book import table_writer

    contracts = book.sheet(phrase("sheet_contracts", lang))
    verdicts = {_COLUMN["h_verdict"]: (lambda c: c.verdict.value, VERDICT_FILLS)}
    write = table_writer(contracts, CONTRACT_COLUMNS, lang, verdicts)
    contributions = book.sheet(phrase("sheet_contributions", lang))
    write_item = table_writer(contributions, CONTRIBUTION_COLUMNS, lang)
    findings = book.sheet(phrase("sheet_findings", lang))
    columns = finding_columns(lang)
    write_finding = table_writer(findings, columns, lang, {1: (lambda f: f.severity.value, SEVERITY_FILLS)})
    for error in report.errors:  # the findings in all_findings' order: errors, each contract's, the rest
        write_finding(error)
    marks, count = Marks(), 0
    for contract in contracts_of(report):
        write(contract)  # one pass: a contract's row, its contributions' rows, its findings' rows
        for item in contract.contributions:
            write_item((contract, item))
        for finding in contract.findings:
            write_finding(finding)
        marks.add(contract)
        count += 1
    whole = totals_of(report)
    for finding in whole.findings:
        write_finding(finding)
    contracts.finish_table(len(CONTRACT_COLUMNS))
    contracts.ws.freeze_panes(1, 1)  # the contract id stays in view while scrolling right
    contributions.finish_table(len(CONTRIBUTION_COLUMNS))
    findings.finish_table(len(columns))
    contributions.print_setup()
    findings.print_setup()
    print_first_columns(contracts, _COLUMN[PRINTED_UP_TO], len(CONTRACT_COLUMNS), lang)
    return contracts, Written(whole, count, marks)


def print_first_columns(sheet: Any, printed: int, total: int, lang: str) -> None:
    """Print the columns a reader scans for (contract to plan coverage): 34 columns on one page
    width would be too small to read; the footer says the sheet holds the rest."""
    from xlsxwriter.utility import xl_col_to_name

    end = xl_col_to_name(printed)
    sheet.ws.print_area(0, 0, max(sheet.rows - 1, 0), printed)
    sheet.print_setup(left=phrase("print_columns", lang, last=end, total=str(total)))


Row = tuple[str, Any, str | None, str | None]  # label, value, number format, fill colour


def write_summary(book: Any, grid: Any, report: Report, lang: str, marks: Marks) -> int:
    """Title, as-of date and inputs, the totals, the count per verdict and per severity; the next
    row (0-based). The cells go to `grid`, the summary sheet's cells in any order."""

    def h(key: str) -> str:
        return phrase(key, lang)

    grid.put(0, 0, h("h_report"), book.format(bold=True, font_size=14))
    grid.put(1, 0, h("h_as_of_label"))
    grid.put(1, 1, report.as_of, book.format(num_format=DATE_FORMATS.get(lang, DATE_FORMATS["en"])))
    row = 2
    banner = book.format(bold=True, font_color="#8A6D00")
    for line in marks.banners(
        report.summary.contracts, lang
    ):  # before the figures, so no one reads them without it
        grid.put(row, 0, visible_lines(line), banner)
        row += 1
    for item in report.input:
        grid.put(row, 0, h("h_input"))
        grid.put(row, 1, visible_lines(item.path))
        grid.put(row + 1, 0, h("h_sha256"))
        grid.put(row + 1, 1, item.sha256)
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
    row = _block(book, grid, row + 1, h("h_summary"), totals)
    verdicts = [(verdict_name(v, lang), n, None, VERDICT_FILLS.get(v)) for v, n in s.by_verdict.items()]
    row = _block(book, grid, row + 1, h("h_by_verdict"), verdicts)
    severities = [(h(k), n, None, SEVERITY_FILLS.get(k)) for k, n in s.findings.items()]
    return _block(book, grid, row + 1, h("h_by_severity"), severities)


def _block(book: Any, grid: Any, row: int, title: str, rows: Sequence[Row]) -> int:
    """A small two-column table from `row` under a styled title row; returns the row after it."""
    grid.put(row, 0, title, book.header())
    grid.put(row, 1, None, book.header())
    for label, value, number_format, colour in rows:
        row += 1
        grid.put(row, 0, label, book.fill(colour) if colour else None)
        grid.put(row, 1, value, book.format(num_format=number_format) if number_format else None)
    return row + 1


def chart(book: Any, contracts: Any, count: int, lang: str) -> Any:
    """Obligation against realised per contract, as bars, from the contracts sheet's own cells."""
    from xlsxwriter.utility import xl_col_to_name

    from sroi_cli.render.book import chart_size, ref

    shown = min(count, CHART_MAX)
    bars = book.workbook.add_chart({"type": "column"})  # clustered
    title = phrase("chart_title", lang)
    if shown < count:
        title += " (" + phrase("chart_first", lang, shown=str(shown), total=str(count)) + ")"
    bars.set_title({"name": title})
    sheet = contracts.ws.get_name()
    for key in ("h_obligation", "h_realised"):
        col = "$" + xl_col_to_name(_COLUMN[key])
        bars.add_series(
            {
                "name": ref(sheet, f"{col}$1"),
                "categories": ref(sheet, f"$A$2:$A${shown + 1}"),
                "values": ref(sheet, f"{col}$2:{col}${shown + 1}"),
            }
        )
    bars.set_y_axis({"num_format": MONEY_FORMAT})
    bars.set_x_axis({"num_font": {"rotation": -45, "size": 8}})  # ids read whole below their bars
    bars.set_legend({"position": "bottom"})
    chart_size(bars, max(16.0, min(40.0, 2.0 * shown)), 11.0)  # room for the slanted ids
    return bars
