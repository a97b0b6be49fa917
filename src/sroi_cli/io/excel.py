"""Read an .xlsx workbook (Contracten or Contract, and Bijdragen) into raw records, cell by cell.

The cells' values come from python-calamine (fast) or openpyxl. Both read as one: the raw XML scan
of `xlsx_package` puts back the error cells calamine reads as empty, and a sheet with a formula
that was never calculated, whose text only openpyxl shows, is read with openpyxl.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Origin, RowPlaces
from sroi_cli.io.headers import (
    KEY_FIELD,
    count_known,
    field_for,
    is_blank,
    match_headers,
    normalise,
    unknown_header_problem,
)
from sroi_cli.io.records import RawRecord, show
from sroi_cli.io.values import plain
from sroi_cli.io.xlsx_package import SheetScan, column_letter, damaged, open_package, scan_sheet

# Which library reads the cells' values: "calamine" (fast) or "openpyxl". The tests run both.
VALUE_READER = "calamine"
HEADER_SEARCH_ROWS = 20
_ROLES = {
    "contracts": "table",
    "contracten": "table",
    "contract": "single",
    "contributions": "contributions",
    "bijdragen": "contributions",
}
_VALUE_HEADERS = {"waarde", "value"}  # the header row of a field | value sheet
_ERROR_VALUES = {
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
}


def read_excel(path: Path, name: str) -> list[RawRecord]:
    """Every contract and contribution in the workbook; all problems found as one InputError."""
    with warnings.catch_warnings(), ExitStack() as stack:
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        book = _Book.open(path, name, stack, VALUE_READER)
        problems: list[Problem] = []
        records = _read_book(book, problems)
    if problems:
        raise InputError(problems)
    return records


def _read_book(book: _Book, problems: list[Problem]) -> list[RawRecord]:
    roles = {title: _ROLES.get(title.strip().casefold()) for title in book.titles}
    tables = [title for title, role in roles.items() if role in ("table", "single")]
    contracts = _one_sheet(book, tables, "'Contracts', 'Contracten', 'Contract'")
    contributions = [title for title, role in roles.items() if role == "contributions"]
    if len(contributions) > 1:
        raise InputError(
            Problem(book.name, "sheet_conflict", {"first": contributions[0], "second": contributions[1]})
        )
    book.prefetch([contracts, *contributions])
    sheet = book.sheet(contracts)
    records: list[RawRecord] = []
    default = None
    if roles[sheet.title] == "single" and not _is_table(sheet):
        contract = _read_single(sheet, problems)
        records.append(contract)
        if "id" in contract.values:
            default = (contract.values["id"], contract.origin.fields["id"])
    else:
        records += _read_table(sheet, "contract", problems)
    if contributions:
        records += _read_table(book.sheet(contributions[0]), "contribution", problems, default)
    return records


def _one_sheet(book: _Book, titles: list[str], expected: str) -> str:
    if not titles:
        found = ", ".join(f"'{t}'" for t in book.titles) or "-"
        raise InputError(Problem(book.name, "no_sheet", {"expected": expected, "found": found}))
    if len(titles) > 1:
        raise InputError(Problem(book.name, "sheet_conflict", {"first": titles[0], "second": titles[1]}))
    return titles[0]


class _Row:
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
class _Sheet:
    """A worksheet: its values row by row, and what the raw XML scan found in it."""

    book: _Book
    title: str
    scan: SheetScan

    @property
    def merges(self) -> Any:
        return self.scan.merges

    def where(self, column: int, number: int) -> str:
        return f"{self.title}!{column_letter(column)}{number}"

    def rows(self) -> Generator[_Row, None, None]:
        if self.book.reader == "calamine" and self.scan.plain:
            rows = self.book.calamine_rows(self.title, self.scan.errors)
        elif not self.scan.formulas:
            values = self.book.rows(self.title, formulas=False)
            rows = (_Row(n, v) for n, v in enumerate(values, start=1))
        else:
            cells = self.book.rows(self.title, formulas=False, cells=True)
            pairs = zip(cells, self.book.rows(self.title, formulas=True), strict=False)
            rows = (_formula_row(n, c, f) for n, (c, f) in enumerate(pairs, start=1))
        remember = self.merges.remember if self.merges.ranges else None
        for row in rows:
            if remember is not None:
                remember(row.number, row.values)
            yield row


def _formula_row(number: int, cells: tuple[Any, ...], formulas: tuple[Any, ...]) -> _Row:
    # A formula whose saved result is "" has data type "str"; one never calculated has none.
    missing = {
        column: formula
        for column, (cell, formula) in enumerate(zip(cells, formulas, strict=False))
        if cell.value is None and formula is not None and cell.data_type != "str"
    }
    return _Row(number, tuple(cell.value for cell in cells), missing)


@dataclass
class _Book:
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
    def open(cls, path: Path, name: str, stack: ExitStack, reader: str) -> _Book:
        archive, parts = open_package(path, name, stack)
        book = cls(name, path, stack, archive, parts, reader)
        if reader == "calamine":
            book.titles = list(book.calamine.sheet_names)
        else:
            book.titles = list(book.workbook(formulas=False).sheetnames)
        return book

    def sheet(self, title: str) -> _Sheet:
        return _Sheet(self, title, scan_sheet(self.archive, self.parts.get(title), self.name))

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

    def calamine_rows(self, title: str, errors: dict[int, dict[int, str]]) -> Iterator[_Row]:
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
            yield _Row(number, values)

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


def _is_table(sheet: _Sheet) -> bool:
    """A `Contract` sheet laid out as a table (a header row with an id), not as field | value."""
    rows = sheet.rows()
    try:
        header = _find_header(list(islice(rows, HEADER_SEARCH_ROWS)), "contract")
    finally:
        rows.close()
    return header is not None and KEY_FIELD["contract"] in {
        field_for(v, "contract") for v in header.values if not is_blank(v)
    }


def _find_header(rows: list[_Row], kind: str) -> _Row | None:
    """The first row with two known headers and the key column, else the first with two."""
    candidates = [row for row in rows if count_known(row.values, kind) >= 2]
    keyed = [
        row
        for row in candidates
        if KEY_FIELD[kind] in {field_for(v, kind) for v in row.values if not is_blank(v)}
    ]
    return next(iter(keyed or candidates), None)


def _read_table(
    sheet: _Sheet, kind: str, problems: list[Problem], default: tuple[Any, str] | None = None
) -> list[RawRecord]:
    name, rows = sheet.book.name, sheet.rows()
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    header = _find_header(head, kind)
    if header is None:
        examples = ", ".join(f"'{h}'" for h in _EXAMPLES[kind])
        problems.append(
            Problem(
                f"{name} {sheet.title}",
                "no_header",
                {"rows": str(HEADER_SEARCH_ROWS), "examples": examples},
            )
        )
        return []
    cells = [(c, plain(v), f"{name} {sheet.where(c, header.number)}") for c, v in enumerate(header.values)]
    match = match_headers(cells, kind)
    problems.extend(match.problems)
    if KEY_FIELD[kind] not in match.where and default is None:
        first = next(c for c, v in enumerate(header.values) if not is_blank(v))
        problems.append(
            Problem(
                f"{name} {sheet.where(first, header.number)}",
                "missing_column",
                {"field": KEY_FIELD[kind]},
            )
        )
    if not match.columns:
        return []
    table = _Table(sheet, match.columns, kind, default)
    records = []
    for row in chain(head, rows):
        if row.number > header.number:
            record = table.record(row, problems)
            if record is not None:
                records.append(record)
    return records


_EXAMPLES = {
    "contract": ("kenmerk", "omschrijving", "soort", "opdrachtwaarde excl. btw"),
    "contribution": ("kenmerk", "bouwblok", "kandidaat", "uren per week"),
}


class _Table:
    """The rows below one header row, made records: what every row shares is worked out once."""

    def __init__(
        self, sheet: _Sheet, columns: dict[int, str], kind: str, default: tuple[Any, str] | None
    ) -> None:
        self.sheet, self.kind, self.default = sheet, kind, default
        self.columns = list(columns.items())
        self.places = {name: f"{sheet.title}!{column_letter(c)}" for c, name in columns.items()}
        self.first = f"{sheet.title}!{column_letter(min(columns))}"
        spans = [r for r in sheet.merges.ranges if any(r[2] <= c <= r[3] for c in columns)]
        self.merged = {n for top, bottom, _, _ in spans for n in range(top, bottom + 1)}

    def record(self, row: _Row, problems: list[Problem]) -> RawRecord | None:
        if row.missing or row.number in self.merged:
            values, own = self._values_slowly(row, problems)
        else:
            values, own = self._values(row, problems)
        if not own:
            return None
        number = str(row.number)
        fields: RowPlaces | dict[str, str] = RowPlaces(self.places, number)
        if self.default is not None and "contract" not in values:
            fields = dict(fields)
            values["contract"], fields["contract"] = self.default
        return RawRecord(self.kind, values, Origin(self.sheet.book.name, self.first + number, fields))

    def _values(self, row: _Row, problems: list[Problem]) -> tuple[dict[str, Any], bool]:
        """The row's own values: the common case, with no merged cell and no formula left out."""
        values: dict[str, Any] = {}
        cells, width = row.values, len(row.values)
        for column, name in self.columns:
            value = cells[column] if column < width else None
            if value is None:
                continue
            if isinstance(value, str):
                if not value.strip():
                    continue
                if "#" in value and value.strip() in _ERROR_VALUES:
                    _cell(row, column, self._where(name, row.number), problems)
                    continue
            values[name] = value
        return values, bool(values)

    def _values_slowly(self, row: _Row, problems: list[Problem]) -> tuple[dict[str, Any], bool]:
        values: dict[str, Any] = {}
        own = False  # a row is empty unless a value is its own, not one merged down into it
        merges = self.sheet.merges
        for column, name in self.columns:
            anchor = merges.anchor(row.number, column)
            if anchor is not None:
                value = merges.seen.get(anchor)
            else:
                value = _cell(row, column, self._where(name, row.number), problems)
                own = own or not is_blank(value)
            if not is_blank(value):
                values[name] = value
        return values, own

    def _where(self, name: str, number: int) -> str:
        return f"{self.sheet.book.name} {self.places[name]}{number}"


def _cell(row: _Row, column: int, where: str, problems: list[Problem]) -> Any:
    """A cell's value as saved; a formula never calculated or showing an error is a problem."""
    if column in row.missing:
        formula = row.missing[column]
        text = formula if isinstance(formula, str) else getattr(formula, "text", str(formula))
        problems.append(Problem(where, "formula_no_value", {"formula": show(str(text))}))
        return None
    value = row.get(column)
    if isinstance(value, str) and value.strip() in _ERROR_VALUES:
        problems.append(Problem(where, "formula_error", {"found": value.strip()}))
        return None
    return value


def _read_single(sheet: _Sheet, problems: list[Problem]) -> RawRecord:
    """A `Contract` sheet of field | value rows: the label is a row's first filled cell."""
    name = sheet.book.name
    values: dict[str, Any] = {}
    fields: dict[str, str] = {}
    for row in sheet.rows():
        label_column = next((c for c, v in enumerate(row.values) if not is_blank(v)), None)
        if label_column is None:
            continue
        label, label_at = row.get(label_column), sheet.where(label_column, row.number)
        value_at = sheet.where(label_column + 1, row.number)
        value = _cell(row, label_column + 1, f"{name} {value_at}", problems)
        key = field_for(label, "contract")
        if key is None:
            if not is_blank(value) and normalise(value) not in _VALUE_HEADERS:
                problems.append(unknown_header_problem(f"{name} {label_at}", plain(label), "contract"))
        elif key in fields:
            problems.append(
                Problem(
                    f"{name} {label_at}",
                    "duplicate_column",
                    {"header": str(plain(label)).strip(), "field": key, "first": f"{name} {fields[key]}"},
                )
            )
        else:
            fields[key] = value_at
            if not is_blank(value):
                values[key] = value
    if "id" not in values:
        problems.append(Problem(f"{name} {fields.get('id', sheet.title)}", "missing_field", {"field": "id"}))
    return RawRecord("contract", values, Origin(file=name, place=sheet.title, fields=fields))
