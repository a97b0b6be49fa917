"""A workbook's cells, row by row: python-calamine (fast) or openpyxl, read as one.

calamine reads an error cell and a formula never calculated as empty; the raw XML scan of
`xlsx_package` finds both. Error cells are put back as openpyxl shows them, and a sheet with a
formula that was never calculated, whose text only openpyxl gives, is read with openpyxl.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Collection, Generator, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sroi_cli.domain.location import Location
from sroi_cli.io.xlsx_extent import column_letters, column_number
from sroi_cli.io.xlsx_package import (
    Merges,
    SheetScan,
    check_extent,
    column_letter,
    damaged,
    open_package,
    scan_sheet,
)
from sroi_cli.io.xlsx_prune import head_letters, is_sparse, pruned_package, width


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

    def where(self, column: int, number: int) -> Location:
        """The cell at `column` (from 0) of row `number`, in this sheet of the book's file."""
        return Location(self.book.name, sheet=self.title, cell=f"{column_letter(column)}{number}")

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
    scans: dict[str, SheetScan] = field(default_factory=dict)  # title → its raw XML, scanned
    parsed: dict[str, Future[Any]] = field(default_factory=dict)  # title → calamine's sheet
    pool: Executor | None = None  # the one thread that asks calamine for sheets, once prefetching
    pruned: bytes | None = None  # the package with sparse tables cut down (xlsx_prune), if any

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
        return Sheet(self, title, self.scan(title))

    def scan(self, title: str) -> SheetScan:
        """The sheet's raw XML, scanned once; a used range past `--limit cells` is refused here,
        before calamine or openpyxl allocate a cell of it."""
        if title not in self.scans:
            scan = scan_sheet(self.archive, self.parts.get(title), self.name)
            check_extent(scan, f"{self.name} {title}")
            self.scans[title] = scan
        return self.scans[title]

    @property
    def calamine(self) -> Any:
        if "calamine" not in self.opened:
            self.opened["calamine"] = _open_calamine(self._source(), self.name, self.stack)
        return self.opened["calamine"]

    def _source(self) -> IO[bytes]:
        """The package for a value reader: the file, or its copy with sparse tables cut down."""
        if self.pruned is not None:
            return io.BytesIO(self.pruned)
        return self.stack.enter_context(self.path.open("rb"))  # calamine would go by the suffix

    def prefetch(self, titles: list[str], tables: Collection[str] = (), head: int = 0) -> None:
        """Scan these sheets and have calamine parse them, in order, on another thread.

        Calamine lets go of the interpreter while it parses, so the next sheet is scanned, and the
        rows of the first made records, while a sheet is still being read: a second core at work.
        A sparse sheet among `tables` loses the columns with no cell in its first `head` rows first.
        """
        if self.reader == "calamine" and titles:
            from concurrent.futures import ThreadPoolExecutor

            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sroi-xlsx")
            self.stack.callback(self.pool.shutdown, wait=True, cancel_futures=True)
        sparse = []
        for title in titles:
            scan = self.scans[title] = scan_sheet(self.archive, self.parts.get(title), self.name)
            if title in tables and title in self.parts and is_sparse(scan.extent):
                sparse.append(title)
                continue
            check_extent(scan, f"{self.name} {title}")
            self._parse(title)
        if sparse:
            self._prune(sparse, head)
            for title in sparse:
                self._parse(title)

    def _parse(self, title: str) -> None:
        if self.pool is not None:
            self.parsed[title] = self.pool.submit(self.calamine.get_sheet_by_name, title)

    def _prune(self, titles: list[str], head: int) -> None:
        """Read these sheets from a copy of the package that keeps only the columns a table reads."""
        keep = {}
        for title in titles:
            scan, part = self.scans[title], self.parts[title]
            letters = head_letters(self.archive, part, scan.prefix, head)
            letters |= {column_letters(left + 1) for _, _, left, _ in scan.merges.ranges}
            scan.extent.columns, scan.extent.letters = width(letters), letters
            kept = {column_number(word) - 1 for word in letters}
            scan.errors = {n: {c: v for c, v in row.items() if c in kept} for n, row in scan.errors.items()}
            check_extent(scan, f"{self.name} {title}")
            keep[part] = (scan.prefix, letters)
        self.pruned = pruned_package(self.archive, keep)
        self.opened.clear()  # both readers open the copy from now on; the stack closes the others

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
            if number in errors:
                values = _put_back(left + values, errors[number])
            elif values.count("") == len(values):
                continue  # an empty row, as calamine pads a gap between rows: nothing to read
            elif left:
                values = left + values
            yield Row(number, values)

    def workbook(self, formulas: bool) -> Any:
        key = "formulas" if formulas else "values"
        if key not in self.opened:
            self.opened[key] = _load(self._source(), self.name, self.stack, data_only=not formulas)
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


def _open_calamine(handle: IO[bytes], name: str, stack: ExitStack) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(handle)
    except BaseException as error:  # a Rust panic is a BaseException; let an interrupt through
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        raise damaged(name, error) from None
    stack.callback(book.close)
    return book


def _load(handle: IO[bytes], name: str, stack: ExitStack, data_only: bool) -> Any:
    from openpyxl import load_workbook

    # A file object, not the path: openpyxl would refuse a valid workbook for its suffix.
    try:
        book = load_workbook(handle, read_only=True, data_only=data_only, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds of error on a damaged workbook
        raise damaged(name, error) from None
    stack.callback(book.close)
    return book
