"""A copy of the input workbook with every finding on its cell: a comment, a fill, and a findings sheet.

The input is only read; the copy goes to the stream the caller opened (whole or not at all).
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sroi_cli.domain.errors import Problem
from sroi_cli.domain.report import Report
from sroi_cli.render.cells import Column, Kind, all_findings
from sroi_cli.render.sheets import SEVERITY_FILLS, fill, mark, write_table
from sroi_cli.render.texts import finding_text, phrase

AUTHOR = "sroi"
_CELL = re.compile(r"[A-Z]{1,3}[1-9][0-9]{0,6}")
_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Note:
    """One finding or input problem, said in the chosen language, with the place it names."""

    severity: str
    location: str
    message: str
    contract: str | None = None
    code: str = ""


@dataclass(frozen=True)
class Marked:
    """What the copy got: how many notes, on how many cells, and the name of the findings sheet."""

    notes: int
    cells: int
    sheet: str


def report_notes(report: Report, lang: str) -> list[Note]:
    return [
        Note(f.severity.value, f.location, finding_text(f, lang), f.contract, f.code)
        for f in all_findings(report)
    ]


def problem_notes(problems: Iterable[Problem], lang: str) -> list[Note]:
    """Input problems as notes; the message is said without its place, which the cell already is."""
    return [
        Note("error", p.location, dataclasses.replace(p, location="").text(lang), code=p.key)
        for p in problems
    ]


def place(location: str, name: str, titles: Iterable[str]) -> tuple[str, str] | None:
    """`tender.xlsx Bijdragen!F12` → (`Bijdragen`, `F12`); a whole sheet → its A1; elsewhere → None."""
    prefix = name + " "
    if not location.startswith(prefix):
        return None
    rest = location[len(prefix) :]
    sheet, bang, cell = rest.rpartition("!")
    if bang and sheet in titles and _CELL.fullmatch(cell):
        return sheet, cell
    return (rest, "A1") if rest in titles else None


def placeable(notes: Iterable[Note], name: str, titles: Iterable[str]) -> bool:
    known = list(titles)
    return any(place(n.location, name, known) for n in notes)


def sheet_titles(source: Path) -> list[str] | None:
    """The sheet names of a workbook, or None when it cannot be opened."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(source, read_only=True)
        titles = list(book.sheetnames)
        book.close()
    except Exception:  # a workbook openpyxl cannot open has no cells to mark
        return None
    return titles


def annotate(source: Path, name: str, notes: list[Note], out: BinaryIO, lang: str) -> Marked:
    """Load `source`, mark each note's cell, add the findings sheet first and save the copy to `out`."""
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not keep
        book = load_workbook(source)
    by_cell: dict[tuple[str, str], list[Note]] = {}
    for note in notes:
        spot = place(note.location, name, book.sheetnames)
        if spot is not None:
            by_cell.setdefault(spot, []).append(note)
    for (title, ref), here in by_cell.items():
        _mark(book[title][ref], here, lang)
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
    return Marked(notes=sum(len(n) for n in by_cell.values()), cells=len(by_cell), sheet=title)


_COLUMNS = (
    Column("h_severity", Kind.TERM, lambda n: n.severity),
    Column("h_where", Kind.TEXT, lambda n: n.location),
    Column("h_contract", Kind.TEXT, lambda n: n.contract),
    Column("h_code", Kind.TEXT, lambda n: n.code),
    Column("h_message", Kind.TEXT, lambda n: n.message),
)


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
