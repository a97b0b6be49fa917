"""Read an .xlsx workbook (Contracten or Contract, and Bijdragen) into raw records, cell by cell."""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Generator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Origin
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
from sroi_cli.io.xlsx_package import Merges, column_letter, damaged, open_package, scan_sheet

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
        book = _Book.open(path, name, stack)
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


@dataclass
class _Row:
    """One sheet row: its number, its values, and the columns whose formula has no saved result."""

    number: int
    values: tuple[Any, ...]
    missing: dict[int, Any] = field(default_factory=dict)  # column → formula

    def get(self, column: int) -> Any:
        return self.values[column] if column < len(self.values) else None


@dataclass
class _Sheet:
    """A worksheet read twice over: cached values, and formulas where the sheet has any."""

    book: _Book
    title: str
    merges: Merges
    has_formulas: bool

    def where(self, column: int, number: int) -> str:
        return f"{self.title}!{column_letter(column)}{number}"

    def rows(self) -> Generator[_Row, None, None]:
        values = self.book.rows(self.title, formulas=False, cells=self.has_formulas)
        if not self.has_formulas:
            rows: Iterator[_Row] = (_Row(n, v) for n, v in enumerate(values, start=1))
        else:
            pairs = zip(values, self.book.rows(self.title, formulas=True), strict=False)
            rows = (_formula_row(n, c, f) for n, (c, f) in enumerate(pairs, start=1))
        for row in rows:
            self.merges.remember(row.number, row.values)
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
    """An open workbook: openpyxl for the cells, the raw zip for merged ranges and formula hints."""

    name: str
    path: Path
    stack: ExitStack
    archive: zipfile.ZipFile
    parts: dict[str, str]
    values: Any
    formulas: Any = None

    @classmethod
    def open(cls, path: Path, name: str, stack: ExitStack) -> _Book:
        archive, parts = open_package(path, name, stack)
        return cls(name, path, stack, archive, parts, _load(path, name, stack, data_only=True))

    @property
    def titles(self) -> list[str]:
        return list(self.values.sheetnames)

    def sheet(self, title: str) -> _Sheet:
        merges, has_formulas = scan_sheet(self.archive, self.parts.get(title), self.name)
        return _Sheet(self, title, merges, has_formulas)

    def rows(self, title: str, formulas: bool, cells: bool = False) -> Iterator[tuple[Any, ...]]:
        if formulas and self.formulas is None:
            self.formulas = _load(self.path, self.name, self.stack, data_only=False)
        sheet = (self.formulas if formulas else self.values)[title]
        try:
            sheet.reset_dimensions()  # some writers claim A1:XFD1048576; read what is there
            yield from sheet.iter_rows(values_only=not cells)
        except Exception as error:  # a damaged sheet can fail in many ways inside openpyxl
            raise damaged(f"{self.name} {title}", error) from None


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
    cells = [(c, v, f"{name} {sheet.where(c, header.number)}") for c, v in enumerate(header.values)]
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
    records = []
    for row in chain(head, rows):
        if row.number > header.number and match.columns:
            record = _table_record(sheet, row, match.columns, kind, problems, default)
            if record is not None:
                records.append(record)
    return records


_EXAMPLES = {
    "contract": ("kenmerk", "omschrijving", "soort", "opdrachtwaarde excl. btw"),
    "contribution": ("kenmerk", "bouwblok", "kandidaat", "uren per week"),
}


def _table_record(
    sheet: _Sheet,
    row: _Row,
    columns: dict[int, str],
    kind: str,
    problems: list[Problem],
    default: tuple[Any, str] | None,
) -> RawRecord | None:
    values: dict[str, Any] = {}
    fields: dict[str, str] = {}
    own = False  # a row is empty unless a value is its own, not one merged down into it
    for column, name in columns.items():
        fields[name] = sheet.where(column, row.number)
        anchor = sheet.merges.anchor(row.number, column)
        if anchor is not None:
            value = sheet.merges.seen.get(anchor)
        else:
            value = _cell(row, column, f"{sheet.book.name} {fields[name]}", problems)
            own = own or not is_blank(value)
        if not is_blank(value):
            values[name] = value
    if not own:
        return None
    if default is not None and "contract" not in values:
        values["contract"], fields["contract"] = default
    origin = Origin(file=sheet.book.name, place=sheet.where(min(columns), row.number), fields=fields)
    return RawRecord(kind, values, origin)


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
                problems.append(unknown_header_problem(f"{name} {label_at}", label, "contract"))
        elif key in fields:
            problems.append(
                Problem(
                    f"{name} {label_at}",
                    "duplicate_column",
                    {"header": str(label).strip(), "field": key, "first": f"{name} {fields[key]}"},
                )
            )
        else:
            fields[key] = value_at
            if not is_blank(value):
                values[key] = value
    if "id" not in values:
        problems.append(Problem(f"{name} {fields.get('id', sheet.title)}", "missing_field", {"field": "id"}))
    return RawRecord("contract", values, Origin(file=name, place=sheet.title, fields=fields))
