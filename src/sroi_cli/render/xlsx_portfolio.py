"""The xlsx views a portfolio (`sroi batch`) adds: a sheet per grouping, people, pipeline, and a
chart of the verdict counts. Called from inside the xlsx renderer (render/book.py's workbook)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sroi_cli.domain.inert import visible_lines
from sroi_cli.domain.report import Grouping, Report
from sroi_cli.render import targets_view
from sroi_cli.render.cells import Kind
from sroi_cli.render.sheets import MONEY_FORMAT
from sroi_cli.render.texts import capital, group_name, phrase, verdict_name

_MONEY = ("obligation", "realised", "shortfall", "penalty")


def portfolio_sheets(book: Any, report: Report, lang: str) -> None:
    """A programme's targets, one sheet per grouping, then people and pipeline; nothing for a plain
    `check` report."""
    from sroi_cli.render.book import write_table

    if report.people is None:
        return
    taken: set[str] = set()
    if report.targets:
        sheet = book.sheet(_unique(phrase(targets_view.TITLE, lang), taken))
        write_table(sheet, targets_view.COLUMNS, report.targets, lang)
        sheet.print_setup()
    for grouping in report.groups:
        _grouping(book.sheet(_title(grouping, lang, taken)), grouping, lang)
    _people(book.sheet(_unique(phrase("h_people", lang), taken)), report, lang)
    _pipeline(book.sheet(_unique(phrase("sheet_pipeline", lang), taken)), report, lang)


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
    rows = []
    for row in grouping.rows:
        names = [visible_lines(group_name(d, k, lang)) for d, k in zip(grouping.by, row.key, strict=True)]
        verdicts = ", ".join(f"{n} {verdict_name(v, lang)}" for v, n in row.by_verdict.items())
        rows.append([*names, row.contracts, row.applicable, *(getattr(row, m) for m in _MONEY), verdicts])
    _table(sheet, heads, rows, money=range(len(keys) + 2, len(keys) + 6))


def _people(sheet: Any, report: Report, lang: str) -> None:
    assert report.people is not None
    p = report.people
    rows: list[list[Any]] = [[phrase("h_candidates", lang), p.candidates]]
    rows += [[f"  {visible_lines(block)}", count] for block, count in p.by_block.items()]
    rows += [
        [phrase("h_lasting", lang), p.lasting_outcomes],
        [phrase("h_jobs_now", lang), p.jobs_now],
        [phrase("h_job_years", lang), p.job_years],
    ]
    _table(sheet, [phrase("h_people", lang), ""], rows)


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
    rows = [
        [
            row.quarter,
            row.contracts,
            row.applicable,
            row.value,
            row.obligation,
            visible_lines(", ".join(row.ids)),
        ]
        for row in report.pipeline
    ]
    _table(sheet, heads, rows, money=range(3, 5))


def _table(sheet: Any, heads: Sequence[str], rows: Sequence[Sequence[Any]], money: range = range(0)) -> None:
    """A header row, then the rows; money columns (0-based) in the euro format and as wide as their
    amounts are shown (`€ 4.181.356,99`), so they never run into the next column."""
    sheet.header_row(heads)
    euro = sheet.book.format(num_format=MONEY_FORMAT)
    for values in rows:
        row = sheet.rows
        for col, value in enumerate(values):
            sheet.write(row, col, value, euro if col in money else None, Kind.MONEY if col in money else None)
        sheet.rows = row + 1
    sheet.print_setup()
    sheet.ws.freeze_panes(1, 0)
    if rows:
        sheet.ws.autofilter(0, 0, len(rows), len(heads) - 1)
    sheet.set_widths({col: sheet.widths.get(col, 0) + 2 for col in range(len(heads))})


def verdict_chart(book: Any, summary: Any, grid: Any, report: Report, lang: str, row: int) -> Any:
    """Contracts per verdict, as bars coloured like the verdicts, from cells put at `row` (0-based)
    in columns H and I of the summary."""
    from sroi_cli.render.book import chart_size, ref

    counts = list(report.summary.by_verdict.items())
    grid.put(row, 7, phrase("h_verdict", lang))
    grid.put(row, 8, phrase("h_contracts", lang))
    white = book.fill("FFFFFF")
    for offset, (verdict, count) in enumerate(counts, start=1):
        grid.put(row + offset, 7, verdict_name(verdict, lang), white)
        grid.put(row + offset, 8, count)
    bars = book.workbook.add_chart({"type": "bar"})
    sheet, first, last = summary.ws.get_name(), row + 1, row + len(counts)
    bars.add_series(
        {
            "name": ref(sheet, f"$I${first}"),
            "categories": ref(sheet, f"$H${first + 1}:$H${last + 1}"),
            "values": ref(sheet, f"$I${first + 1}:$I${last + 1}"),
        }
    )
    bars.set_title({"name": phrase("h_verdict", lang)})
    width = max((len(verdict_name(v, lang)) for v, _ in counts), default=8)
    summary.ws.set_column(7, 7, width + 2)  # the chart's own labels, read whole beside it
    bars.set_legend({"none": True})
    chart_size(bars, 18.0, 7.5)  # "niet van toepassing" reads whole beside its bar
    return bars
