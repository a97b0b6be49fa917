"""A workbook's cells, row by row: python-calamine (fast) or openpyxl, read as one.

calamine reads an error cell and a formula never calculated as empty; the raw XML scan of
`xlsx_package` finds both. Error cells are put back as openpyxl shows them, and a sheet with a
formula that was never calculated, whose text only openpyxl gives, is read with openpyxl.
"""

from __future__ import annotations

import zipfile
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sroi_cli.io.xlsx_package import (
    Merges,
    SheetScan,
    column_letter,
    damaged,
    open_package,
    scan_sheet,
)


class Row:
    """One sheet row: its number, its values, and the columns whose formula has no saved result."""

    __slots__ = ("missing", "number", "values")
    _NONE: dict[int, Any] = {}  # noqa: RUF012 - shared, never written to

    def __init__(self, number: int, values: Sequence[Any], missing: dict[int, Any] | None = None) -> None:
        self.number = number
        self.values = values
        self.missing = self._NONE if missing is None else missing  # column → formula

    def get(self, column: int) -> Any:
        return self.values[column] if column < len(self.values) else None


@dataclass
class Sheet:
    """A worksheet: its values row by row, and what the raw XML scan found in it."""

    book: Book
    title: str
    scan: SheetScan

    @property
    def merges(self) -> Merges:
        return self.scan.merges

    def where(self, column: int, number: int) -> str:
        return f"{self.title}!{column_letter(column)}{number}"

    def rows(self) -> Generator[Row, None, None]:
        if self.book.reader == "calamine" and self.scan.plain:
            rows = self.book.calamine_rows(self.title, self.scan.errors)
        elif not self.scan.formulas:
            values = self.book.rows(self.title, formulas=False)
            rows = (Row(n, v) for n, v in enumerate(values, start=1))
        else:
            cells = self.book.rows(self.title, formulas=False, cells=True)
            pairs = zip(cells, self.book.rows(self.title, formulas=True), strict=False)
            rows = (_formula_row(n, c, f) for n, (c, f) in enumerate(pairs, start=1))
        remember = self.merges.remember if self.merges.ranges else None
        for row in rows:
            if remember is not None:
                remember(row.number, row.values)
            yield row


def _formula_row(number: int, cells: tuple[Any, ...], formulas: tuple[Any, ...]) -> Row:
    # A formula whose saved result is "" has data type "str"; one never calculated has none.
    missing = {
        column: formula
        for column, (cell, formula) in enumerate(zip(cells, formulas, strict=False))
        if cell.value is None and formula is not None and cell.data_type != "str"
    }
    return Row(number, tuple(cell.value for cell in cells), missing)


@dataclass
class Book:
    """An open workbook: calamine or openpyxl for the cells, the raw zip for what they do not keep."""

    name: str
    path: Path
    stack: ExitStack
    archive: zipfile.ZipFile
    parts: dict[str, str]
    reader: str
    titles: list[str] = field(default_factory=list)
    opened: dict[str, Any] = field(default_factory=dict)  # "calamine", "values", "formulas"
    parsed: dict[str, Future[Any]] = field(default_factory=dict)  # title → calamine's sheet
    pool: Executor | None = None  # the one thread that asks calamine for sheets, once prefetching

    @classmethod
    def open(cls, path: Path, name: str, stack: ExitStack, reader: str) -> Book:
        archive, parts = open_package(path, name, stack)
        book = cls(name, path, stack, archive, parts, reader)
        if reader == "calamine":
            book.titles = list(book.calamine.sheet_names)
        else:
            book.titles = list(book.workbook(formulas=False).sheetnames)
        return book

    def sheet(self, title: str) -> Sheet:
        return Sheet(self, title, scan_sheet(self.archive, self.parts.get(title), self.name))

    @property
    def calamine(self) -> Any:
        if "calamine" not in self.opened:
            self.opened["calamine"] = _open_calamine(self.path, self.name, self.stack)
        return self.opened["calamine"]

    def prefetch(self, titles: list[str]) -> None:
        """Have calamine parse these sheets, in order, on another thread while this one works.

        Calamine lets go of the interpreter while it parses, so the rows of the first sheet are
        made records while the second sheet is still being read: a second core at work.
        """
        if self.reader != "calamine" or not titles:
            return
        from concurrent.futures import ThreadPoolExecutor

        workbook = self.calamine
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sroi-xlsx")
        self.stack.callback(self.pool.shutdown, wait=True, cancel_futures=True)
        for title in titles:
            self.parsed[title] = self.pool.submit(workbook.get_sheet_by_name, title)

    def calamine_sheet(self, title: str) -> Any:
        """Calamine's parse of one sheet: prefetched, or asked for on the same thread as those."""
        parsed = self.parsed.pop(title, None)  # used once: the rows are not kept twice
        if parsed is None and self.pool is not None:  # calamine takes one request at a time
            parsed = self.pool.submit(self.calamine.get_sheet_by_name, title)
        return parsed.result() if parsed is not None else self.calamine.get_sheet_by_name(title)

    def calamine_rows(self, title: str, errors: dict[int, dict[int, str]]) -> Iterator[Row]:
        """The rows as calamine reads them, numbered from 1, with the error cells put back."""
        try:
            sheet = self.calamine_sheet(title)
            start = sheet.start
            rows = sheet.iter_rows() if start is not None else iter(())
        except BaseException as error:  # calamine's errors differ by damage; a Rust panic is a
            if isinstance(error, KeyboardInterrupt | SystemExit):  # BaseException
                raise
            raise damaged(f"{self.name} {title}", error) from None
        left = [None] * start[1] if start is not None else []  # calamine starts at the first column used
        for number, values in enumerate(rows, start=1):  # it pads the rows above the first one used
            if left:
                values = left + values
            if number in errors:
                values = _put_back(values, errors[number])
            yield Row(number, values)

    def workbook(self, formulas: bool) -> Any:
        key = "formulas" if formulas else "values"
        if key not in self.opened:
            self.opened[key] = _load(self.path, self.name, self.stack, data_only=not formulas)
        return self.opened[key]

    def rows(self, title: str, formulas: bool, cells: bool = False) -> Iterator[tuple[Any, ...]]:
        sheet = self.workbook(formulas)[title]
        try:
            sheet.reset_dimensions()  # some writers claim A1:XFD1048576; read what is there
            yield from sheet.iter_rows(values_only=not cells)
        except Exception as error:  # a damaged sheet can fail in many ways inside openpyxl
            raise damaged(f"{self.name} {title}", error) from None


def _put_back(values: list[Any], errors: dict[int, str]) -> list[Any]:
    width = max(len(values), max(errors) + 1)
    values = values + [None] * (width - len(values))
    for column, text in errors.items():
        values[column] = text
    return values


def _open_calamine(path: Path, name: str, stack: ExitStack) -> Any:
    from python_calamine import CalamineWorkbook

    handle = stack.enter_context(path.open("rb"))  # a file object: calamine would go by the suffix
    try:
        book = CalamineWorkbook.from_filelike(handle)
    except BaseException as error:  # a Rust panic is a BaseException; let an interrupt through
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        raise damaged(name, error) from None
    stack.callback(book.close)
    return book


def _load(path: Path, name: str, stack: ExitStack, data_only: bool) -> Any:
    from openpyxl import load_workbook

    # A file object, not the path: openpyxl would refuse a valid workbook for its suffix.
    handle = stack.enter_context(path.open("rb"))
    try:
        book = load_workbook(handle, read_only=True, data_only=data_only, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds of error on a damaged workbook
        raise damaged(name, error) from None
    stack.callback(book.close)
    return book
