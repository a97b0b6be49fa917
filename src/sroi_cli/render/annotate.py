"""A copy of the input workbook with every finding on its cell: a comment, a fill, and a findings sheet.

The input is opened by `io/workbook_copy.py`; the copy goes to the stream the caller opened (whole
or not at all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from sroi_cli.catalogue import sentence
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.location import Location
from sroi_cli.domain.privacy import Policy
from sroi_cli.domain.report import ContractResult, Report
from sroi_cli.render.cells import Column, Kind, all_findings, cell_value
from sroi_cli.render.cells import header as header_text
from sroi_cli.render.sheets import (
    HEADER_FILL,
    MONEY_FORMAT,
    SEVERITY_FILLS,
    VERDICT_FILLS,
    fill,
    mark,
    set_widths,
    shown_width,
    write_table,
)
from sroi_cli.render.texts import finding_text, phrase

AUTHOR = "sroi"
_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Note:
    """One finding or input problem, said in the chosen language, with the place it names."""

    severity: str
    location: Location
    message: str
    contract: str | None = None
    code: str = ""


@dataclass(frozen=True)
class Marked:
    """What the copy got: how many notes, on how many cells, and the name of the findings sheet."""

    notes: int
    cells: int
    sheet: str
    rows: int = 0  # contract rows that got their verdict, obligation and shortfall


def report_notes(report: Report, lang: str) -> list[Note]:
    return [
        Note(f.severity.value, f.location, finding_text(f, lang), f.contract, f.code)
        for f in all_findings(report)
    ]


def problem_notes(problems: Iterable[Problem], lang: str) -> list[Note]:
    """Input problems as notes; the message is said without its place, which the cell already is."""
    return [Note("error", p.location, sentence(p.key, p.params, lang), code=p.key) for p in problems]


def place(location: Location, name: str, titles: Iterable[str]) -> tuple[str, str] | None:
    """A cell of workbook `name` (`Bijdragen`, `F12`); a whole sheet → its A1; elsewhere → None."""
    if location.file != name or location.sheet is None or location.sheet not in titles:
        return None
    if location.cell:
        return location.sheet, location.cell
    return location.sheet, "A1" if location.row is None else f"A{location.row}"


def placeable(notes: Iterable[Note], name: str, titles: Iterable[str]) -> bool:
    known = list(titles)
    return any(place(n.location, name, known) for n in notes)


@dataclass(frozen=True)
class Fields:
    """What the copy needs to know of the readers: the field a header names, and which fields are
    amounts or hours (never searched for a BSN, as the readers do not)."""

    of: Callable[[Any], str | None]
    numeric: frozenset[str]


def annotate(
    book: Any,
    name: str,
    notes: list[Note],
    out: BinaryIO,
    lang: str,
    results: Iterable[ContractResult] = (),
    policy: Policy | None = None,
    fields: Fields | None = None,
) -> Marked:
    """In the opened input workbook `book`, mark each note's cell, write each contract's result on
    its own row, add the findings sheet first and save the copy to `out`.

    The copy is an output like any report: every value, comment and sheet name of the input passes
    the run's privacy `policy` (a BSN masked, or its token under --allow-bsn; candidates
    pseudonymised).
    """
    policy = policy or Policy()
    _apply(book, policy, fields or Fields(lambda _: None, frozenset()))
    by_cell: dict[tuple[str, str], list[Note]] = {}
    for note in notes:
        spot = place(note.location, name, book.sheetnames)
        if spot is not None:
            by_cell.setdefault(spot, []).append(note)
    for (title, ref), here in by_cell.items():
        _mark(book[title][ref], here, lang)
    rows = write_results(book, name, list(results), lang)
    for other in book.worksheets:  # a sheet named with a BSN: renamed once its cells are marked
        shown = policy.value(other.title)
        if shown != other.title:
            other.title = _free_title(str(shown)[:31], book.sheetnames)
    title = _free_title(phrase("sheet_findings", lang), book.sheetnames)
    sheet = book.create_sheet(title, 0)
    ordered = sorted(notes, key=lambda n: _RANK.get(n.severity, 3))
    write_table(sheet, _COLUMNS, ordered, lang)
    _link(sheet, ordered, name, book.sheetnames)
    if not ordered:
        sheet.cell(row=2, column=1, value=phrase("no_findings", lang))
    for other in book.worksheets:
        other.sheet_view.tabSelected = other is sheet
    book.active = 0
    mark(book, "sroi.annotated/1")  # a folder read skips the copy: it holds its source's rows
    book.save(out)
    return Marked(notes=sum(len(n) for n in by_cell.values()), cells=len(by_cell), sheet=title, rows=rows)


# What the buyer's own contract rows get, in columns added at the right: the sheet becomes the report.
RESULT_COLUMNS = (
    Column("h_verdict", Kind.TERM, lambda c: c.verdict.value),
    Column("h_obligation", Kind.MONEY, lambda c: c.obligation),
    Column("h_shortfall", Kind.MONEY, lambda c: c.shortfall),
)


def write_results(book: Any, name: str, results: list[ContractResult], lang: str) -> int:
    """Each contract's verdict, obligation and shortfall on its own row, in new columns right of
    the sheet's last, headed `sroi: …` on the header row; returns the rows written."""
    rows: dict[str, list[tuple[int, ContractResult]]] = {}
    for result in results:
        spot = place(result.location, name, book.sheetnames)
        if spot is not None:
            rows.setdefault(spot[0], []).append((_row_of(spot[1]), result))
    for title, placed in rows.items():
        _result_columns(book[title], placed, lang)
    return sum(len(placed) for placed in rows.values())


def _row_of(ref: str) -> int:
    from openpyxl.utils.cell import coordinate_from_string

    return int(coordinate_from_string(ref)[1])


def _result_columns(sheet: Any, placed: list[tuple[int, ContractResult]], lang: str) -> None:
    from openpyxl.styles import Font

    header = _header_row(sheet, min(row for row, _ in placed))
    earlier = [c.column for c in sheet[header] if isinstance(c.value, str) and c.value.startswith("sroi: ")]
    first = min(earlier) if earlier else sheet.max_column + 1  # a copy annotated again: the same columns
    widths: dict[int, int] = {}
    for offset, column in enumerate(RESULT_COLUMNS):
        title = f"sroi: {header_text(column, lang)}"
        cell = sheet.cell(row=header, column=first + offset, value=title)
        cell.font = Font(bold=True)
        cell.fill = fill(HEADER_FILL)
        widths[first + offset] = shown_width(title)
        for row, result in placed:
            value = cell_value(column, result, lang)
            target = sheet.cell(row=row, column=first + offset, value=value)
            if column.kind is Kind.MONEY:
                target.number_format = MONEY_FORMAT
            elif result.verdict.value in VERDICT_FILLS:
                target.fill = fill(VERDICT_FILLS[result.verdict.value])
            widths[first + offset] = max(widths[first + offset], shown_width(value, column.kind))
    set_widths(sheet, widths)


def _header_row(sheet: Any, first: int) -> int:
    """The buyer's header row: the nearest row above the first contract with something in it."""
    for row in range(first - 1, 0, -1):
        if any(cell.value not in (None, "") for cell in sheet[row]):
            return row
    return max(first - 1, 1)


_COLUMNS = (
    Column("h_severity", Kind.TERM, lambda n: n.severity),
    Column("h_where", Kind.TEXT, lambda n: str(n.location)),
    Column("h_contract", Kind.TEXT, lambda n: n.contract),
    Column("h_code", Kind.TEXT, lambda n: n.code),
    Column("h_message", Kind.TEXT, lambda n: n.message),
)


def _apply(book: Any, policy: Policy, fields: Fields) -> None:
    """Every value and comment of the source through the policy; a table's candidate column as a
    candidate, its amounts and hours left alone (a 9-digit amount is no BSN)."""
    from openpyxl.comments import Comment

    for sheet in book.worksheets:
        columns: dict[int, str] = {}
        header = 0
        for row in sheet.iter_rows(max_row=min(sheet.max_row, 20)):
            known = {c.column: f for c in row if c.value is not None and (f := fields.of(c.value))}
            if len(known) >= 2:
                columns, header = known, row[0].row
                break
        for row in sheet.iter_rows():
            label = None if columns or not row else fields.of(row[0].value)  # a field | value sheet
            for cell in row:
                if cell.comment is not None:
                    text = policy.value(cell.comment.text)
                    if text != cell.comment.text:
                        cell.comment = Comment(text, cell.comment.author or "")
                if cell.value is None or cell.data_type == "f":
                    continue
                field = columns.get(cell.column) if cell.row > header else None
                field = label if label and cell.column > 1 else field
                if field in fields.numeric:
                    continue
                shown = policy.candidate(cell.value) if field == "candidate" else policy.value(cell.value)
                if shown is not cell.value:
                    cell.value = shown


def _mark(cell: Any, notes: list[Note], lang: str) -> None:
    """A comment listing the notes (after any comment of the author's own) and the worst one's fill."""
    from openpyxl.comments import Comment

    worst = min(notes, key=lambda n: _RANK.get(n.severity, 3)).severity
    text = "\n".join(f"{phrase(n.severity, lang)}: {n.message}" for n in notes)
    if cell.comment is not None and cell.comment.author != AUTHOR:
        text = f"{cell.comment.text}\n\n{text}"  # an earlier sroi comment is replaced, a person's kept
    comment = Comment(text, AUTHOR)
    comment.width = 320
    comment.height = 60 + 40 * len(notes)
    cell.comment = comment
    if worst in SEVERITY_FILLS:
        cell.fill = fill(SEVERITY_FILLS[worst])


def _link(sheet: Any, notes: list[Note], name: str, titles: list[str]) -> None:
    """Each placed note's `Where` cell links to the cell it names; severities get their fill."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    for row, note in enumerate(notes, start=2):
        if note.severity in SEVERITY_FILLS:
            sheet.cell(row=row, column=1).fill = fill(SEVERITY_FILLS[note.severity])
        spot = place(note.location, name, titles)
        if spot is not None:
            cell = sheet.cell(row=row, column=2)
            target = "'" + spot[0].replace("'", "''") + "'!" + spot[1]
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=target)
            cell.font = Font(color="0563C1", underline="single")


def _free_title(wanted: str, taken: list[str]) -> str:
    """The findings sheet's name, numbered when the workbook already has a sheet of that name."""
    lowered = {t.casefold() for t in taken}
    title, number = wanted, 1
    while title.casefold() in lowered:
        number += 1
        title = f"{wanted} ({number})"
    return title
