"""The xlsx views a portfolio (`sroi batch`) adds: a sheet per grouping, people, pipeline, and a
chart of the verdict counts. Called from inside the xlsx renderer, so openpyxl is already loaded."""

from __future__ import annotations

from typing import Any

from sroi_cli.domain.report import Grouping, Report
from sroi_cli.render import targets_view
from sroi_cli.render.cells import Kind, neutralise
from sroi_cli.render.sheets import (
    MONEY_FORMAT,
    fill,
    print_setup,
    set_widths,
    shown_width,
    style_header,
    write_table,
)
from sroi_cli.render.texts import capital, group_name, phrase, verdict_name

_MONEY = ("obligation", "realised", "shortfall", "penalty")


def portfolio_sheets(book: Any, report: Report, lang: str) -> None:
    """A programme's targets, one sheet per grouping, then people and pipeline; nothing for a plain
    `check` report."""
    if report.people is None:
        return
    taken: set[str] = set()
    if report.targets:
        sheet = book.create_sheet(_unique(phrase(targets_view.TITLE, lang), taken))
        write_table(sheet, targets_view.COLUMNS, report.targets, lang)
        print_setup(sheet)
    for grouping in report.groups:
        _grouping(book.create_sheet(_title(grouping, lang, taken)), grouping, lang)
    _people(book.create_sheet(_unique(phrase("h_people", lang), taken)), report, lang)
    _pipeline(book.create_sheet(_unique(phrase("sheet_pipeline", lang), taken)), report, lang)


def _title(grouping: Grouping, lang: str, taken: set[str]) -> str:
    return _unique(phrase("h_groups", lang, by=" × ".join(phrase(d, lang) for d in grouping.by)), taken)


def _unique(title: str, taken: set[str]) -> str:
    """Excel allows 31 characters and no []:*?/\\ in a sheet title, and each title once."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31]
    name, number = clean, 2
    while name.lower() in taken:
        name = f"{clean[:27]} ({number})"
        number += 1
    taken.add(name.lower())
    return name


def _grouping(sheet: Any, grouping: Grouping, lang: str) -> None:
    keys = [capital(phrase(d, lang)) for d in grouping.by]
    heads = [
        *keys,
        *(
            phrase(k, lang)
            for k in (
                "h_contracts",
                "h_applicable",
                "h_obligation",
                "h_realised",
                "h_shortfall",
                "h_penalty",
                "h_verdict",
            )
        ),
    ]
    sheet.append(heads)
    for row in grouping.rows:
        names = [neutralise(group_name(d, k, lang)) for d, k in zip(grouping.by, row.key, strict=True)]
        verdicts = ", ".join(f"{n} {verdict_name(v, lang)}" for v, n in row.by_verdict.items())
        sheet.append([*names, row.contracts, row.applicable, *(getattr(row, m) for m in _MONEY), verdicts])
    _finish(sheet, len(heads), money_from=len(keys) + 3, money_count=4)


def _people(sheet: Any, report: Report, lang: str) -> None:
    assert report.people is not None
    p = report.people
    sheet.append([phrase("h_people", lang), ""])
    sheet.append([phrase("h_candidates", lang), p.candidates])
    for block, count in p.by_block.items():
        sheet.append([f"  {neutralise(block)}", count])
    sheet.append([phrase("h_lasting", lang), p.lasting_outcomes])
    sheet.append([phrase("h_jobs_now", lang), p.jobs_now])
    sheet.append([phrase("h_job_years", lang), p.job_years])
    _finish(sheet, 2)


def _pipeline(sheet: Any, report: Report, lang: str) -> None:
    heads = [
        phrase(k, lang)
        for k in (
            "h_quarter",
            "h_contracts",
            "h_applicable",
            "h_value_excl_vat",
            "h_obligation",
            "h_contract",
        )
    ]
    sheet.append(heads)
    for row in report.pipeline:
        sheet.append(
            [
                row.quarter,
                row.contracts,
                row.applicable,
                row.value,
                row.obligation,
                neutralise(", ".join(row.ids)),
            ]
        )
    _finish(sheet, len(heads), money_from=4, money_count=2)


def _finish(sheet: Any, width: int, money_from: int = 0, money_count: int = 0) -> None:
    style_header(sheet, width)
    print_setup(sheet)
    sheet.freeze_panes = "A2"
    if sheet.max_row > 1:
        sheet.auto_filter.ref = sheet.dimensions
    for column in range(money_from, money_from + money_count):
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = MONEY_FORMAT
    money = range(money_from, money_from + money_count)
    widths = {  # money as it is shown (`€ 4.181.356,99`), so it never runs into the next column
        i: max(shown_width(c.value, Kind.MONEY if i in money and c.row > 1 else None) for (c,) in cells) + 2
        for i in range(1, width + 1)
        for cells in [list(sheet.iter_rows(min_col=i, max_col=i))]
    }
    set_widths(sheet, widths)


def verdict_chart(sheet: Any, report: Report, lang: str, row: int) -> Any:
    """Contracts per verdict, as bars coloured like the verdicts, from cells written at `row`."""
    from openpyxl.chart import BarChart, Reference

    counts = list(report.summary.by_verdict.items())
    sheet.cell(row=row, column=8, value=phrase("h_verdict", lang))
    sheet.cell(row=row, column=9, value=phrase("h_contracts", lang))
    for offset, (verdict, count) in enumerate(counts, start=1):
        sheet.cell(row=row + offset, column=8, value=verdict_name(verdict, lang)).fill = fill("FFFFFF")
        sheet.cell(row=row + offset, column=9, value=count)
    bars = BarChart()
    bars.type = "bar"
    bars.title = phrase("h_verdict", lang)
    bars.add_data(Reference(sheet, min_col=9, min_row=row, max_row=row + len(counts)), titles_from_data=True)
    bars.set_categories(Reference(sheet, min_col=8, min_row=row + 1, max_row=row + len(counts)))
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    width = max((len(verdict_name(v, lang)) for v, _ in counts), default=8)
    sheet.column_dimensions["H"].width = width + 2  # the chart's own labels, read whole beside it
    bars.legend = None
    bars.width = 18.0  # "niet van toepassing" reads whole beside its bar
    return bars
