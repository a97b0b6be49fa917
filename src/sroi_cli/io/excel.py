"""Read an .xlsx workbook (Contracten or Contract, and Bijdragen) into raw records, cell by cell.

The cells' values come from python-calamine or openpyxl (`xlsx_cells`); both read as one.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Any

from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Origin, RowPlaces
from sroi_cli.domain.location import Location
from sroi_cli.domain.privacy import find_bsn
from sroi_cli.io.headers import (
    IGNORED,
    KEY_FIELD,
    count_known,
    field_for,
    ignored_problem,
    is_blank,
    match_headers,
    normalise,
    unknown_header_problem,
)
from sroi_cli.io.records import RawRecord, notice_records, show
from sroi_cli.io.values import clip, plain
from sroi_cli.io.xlsx_cells import Book, Row, Sheet
from sroi_cli.io.xlsx_package import column_letter

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
    problems: list[Problem] = []
    records = list(excel_records(path, name, problems))
    if problems:
        raise InputError(problems)
    return records


def excel_records(path: Path, name: str, problems: list[Problem]) -> Iterator[RawRecord]:
    """The workbook's records as its rows are read, each handed on before the next is made: a
    million-row sheet is never a million records at once. The problems of its cells go to
    `problems`; a book that cannot be read at all raises an InputError."""
    from sroi_cli.io.xlsx_texts import bsn_texts, outside_records

    with warnings.catch_warnings(), ExitStack() as stack:
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        book = Book.open(path, name, stack, VALUE_READER)
        unread = [part for title, part in book.parts.items() if _ROLES.get(title.strip().casefold()) is None]
        suspects = bsn_texts(book.archive, book.titles, unread)  # texts with a BSN: usually none
        for record in _read_book(book, problems):
            for texts in suspects.values():  # one a record carries is said where its record is
                texts.difference_update(v for v in record.values.values() if v.__class__ is str)
            yield record
        places = outside_records(suspects)
        if places:  # the guard refuses them as it refuses a BSN in a field (records.py)
            yield RawRecord("texts", dict.fromkeys(places, True), Origin(file=book.name))


def _read_book(book: Book, problems: list[Problem]) -> Iterator[RawRecord]:
    roles = {title: _ROLES.get(title.strip().casefold()) for title in book.titles}
    tables = [title for title, role in roles.items() if role in ("table", "single")]
    contracts = _one_sheet(book, tables, "'Contracts', 'Contracten', 'Contract'")
    contributions = [title for title, role in roles.items() if role == "contributions"]
    if len(contributions) > 1:
        raise InputError(
            Problem(book.name, "sheet_conflict", {"first": contributions[0], "second": contributions[1]})
        )
    tables = [t for t in (contracts, *contributions) if roles[t] != "single"]
    book.prefetch([contracts, *contributions], tables, HEADER_SEARCH_ROWS)
    sheet = book.sheet(contracts)
    default = None
    if roles[sheet.title] == "single" and not _is_table(sheet):
        notices: list[Problem] = []
        contract = _read_single(sheet, problems, notices)
        yield from (contract, *notice_records(notices))
        if "id" in contract.values:
            default = (contract.values["id"], contract.origin.fields["id"])
    else:
        yield from _read_table(sheet, "contract", problems)
    if contributions:
        yield from _read_table(book.sheet(contributions[0]), "contribution", problems, default)


def _one_sheet(book: Book, titles: list[str], expected: str) -> str:
    if not titles:
        found = ", ".join(f"'{clip(t)}'" for t in book.titles) or "-"  # a hand-made title may be long
        raise InputError(Problem(book.name, "no_sheet", {"expected": expected, "found": found}))
    if len(titles) > 1:
        raise InputError(Problem(book.name, "sheet_conflict", {"first": titles[0], "second": titles[1]}))
    return titles[0]


def _is_table(sheet: Sheet) -> bool:
    """A `Contract` sheet laid out as a table (a header row with an id), not as field | value."""
    rows = sheet.rows()
    try:
        header = _find_header(_head(rows), "contract")
    finally:
        rows.close()
    return header is not None and KEY_FIELD["contract"] in {
        field_for(v, "contract") for v in header.values if not is_blank(v)
    }


def _head(rows: Iterator[Row]) -> list[Row]:
    """The rows up to the last one a header may be in, and at most one more: a reader leaves
    empty rows out, so the first rows read need not be rows 1 to 20."""
    head = []
    for row in rows:
        head.append(row)
        if row.number >= HEADER_SEARCH_ROWS:
            break
    return head


def _find_header(rows: list[Row], kind: str) -> Row | None:
    """The first row with two known headers and the key column, else the first with two."""
    candidates = [
        row for row in rows if row.number <= HEADER_SEARCH_ROWS and count_known(row.values, kind) >= 2
    ]
    keyed = [
        row
        for row in candidates
        if KEY_FIELD[kind] in {field_for(v, kind) for v in row.values if not is_blank(v)}
    ]
    return next(iter(keyed or candidates), None)


def _read_table(
    sheet: Sheet, kind: str, problems: list[Problem], default: tuple[Any, Location] | None = None
) -> Iterator[RawRecord]:
    name, rows = sheet.book.name, sheet.rows()
    head = _head(rows)
    header = _find_header(head, kind)
    if header is None:
        examples = ", ".join(f"'{h}'" for h in _EXAMPLES[kind])
        problems.append(
            Problem(
                Location(name, sheet=sheet.title),
                "no_header",
                {"rows": str(HEADER_SEARCH_ROWS), "examples": examples},
            )
        )
        return
    cells = [(c, plain(v), sheet.where(c, header.number)) for c, v in enumerate(header.values)]
    match = match_headers(cells, kind)
    problems.extend(match.problems)
    if KEY_FIELD[kind] not in match.where and default is None:
        problems += match.unread_as_unknown()
        first = next(c for c, v in enumerate(header.values) if not is_blank(v))
        problems.append(
            Problem(
                sheet.where(first, header.number),
                "missing_column",
                {"field": KEY_FIELD[kind]},
            )
        )
    if not match.columns:
        return
    table = _Table(sheet, match.columns, kind, default)
    yield from notice_records(match.ignored)
    for row in chain(head, rows):
        if row.number > header.number:
            record = table.record(row, problems)
            if record is not None:
                yield record


_EXAMPLES = {
    "contract": ("kenmerk", "omschrijving", "soort", "opdrachtwaarde excl. btw"),
    "contribution": ("kenmerk", "bouwblok", "kandidaat", "uren per week"),
}


class _Table:
    """The rows below one header row, made records: what every row shares is worked out once."""

    def __init__(
        self, sheet: Sheet, columns: dict[int, str], kind: str, default: tuple[Any, Location] | None
    ) -> None:
        self.sheet, self.kind, self.default = sheet, kind, default
        self.columns = list(columns.items())
        self.places = {name: column_letter(c) for c, name in columns.items()}
        self.first = column_letter(min(columns))
        spans = [r for r in sheet.merges.ranges if any(r[2] <= c <= r[3] for c in columns)]
        self.merged = {n for top, bottom, _, _ in spans for n in range(top, bottom + 1)}

    def record(self, row: Row, problems: list[Problem]) -> RawRecord | None:
        if row.missing or row.number in self.merged:
            values, own = self._values_slowly(row, problems)
        else:
            values, own = self._values(row, problems)
        if not own:
            return None
        number, title = row.number, self.sheet.title
        row_places = RowPlaces(self.places, number, title, self.first)
        fields: RowPlaces | dict[str, Location] = row_places
        place = None  # the row's own, made from `fields` when asked: a 300.000-row sheet makes none
        if self.default is not None and "contract" not in values:
            place = row_places.row_place()
            fields = dict(fields)
            values["contract"], fields["contract"] = self.default
        return RawRecord(self.kind, values, Origin(self.sheet.book.name, place, fields))

    def _values(self, row: Row, problems: list[Problem]) -> tuple[dict[str, Any], bool]:
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
                    if name[0] != "-":  # an error in a column left unread is not sroi's to judge
                        _cell(row, column, self._where(name, row.number), problems)
                    continue
            values[name] = value
        return values, bool(values)

    def _values_slowly(self, row: Row, problems: list[Problem]) -> tuple[dict[str, Any], bool]:
        values: dict[str, Any] = {}
        own = False  # a row is empty unless a value is its own, not one merged down into it
        merges = self.sheet.merges
        for column, name in self.columns:
            anchor = merges.anchor(row.number, column)
            if anchor is not None:
                value = merges.seen.get(anchor)
            else:
                said = problems if name[0] != "-" else []  # a column left unread: its errors are not ours
                value = _cell(row, column, self._where(name, row.number), said)
                own = own or not is_blank(value)
            if not is_blank(value):
                values[name] = value
        return values, own

    def _where(self, name: str, number: int) -> Location:
        return Location(self.sheet.book.name, sheet=self.sheet.title, cell=f"{self.places[name]}{number}")


def _cell(row: Row, column: int, where: Location, problems: list[Problem]) -> Any:
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


def _read_single(sheet: Sheet, problems: list[Problem], notices: list[Problem]) -> RawRecord:
    """A `Contract` sheet of field | value rows: the label is a row's first filled cell. A label
    close to a known one is a problem (a typo); any other is a row left unread, with a notice."""
    name = sheet.book.name
    values: dict[str, Any] = {}
    fields: dict[str, Location] = {}
    for row in sheet.rows():
        label_column = next((c for c, v in enumerate(row.values) if not is_blank(v)), None)
        if label_column is None:
            continue
        label, label_at = row.get(label_column), sheet.where(label_column, row.number)
        value_at = sheet.where(label_column + 1, row.number)
        value = _cell(row, label_column + 1, value_at, problems)
        key = field_for(label, "contract")
        if key is None:
            if not is_blank(value) and normalise(value) not in _VALUE_HEADERS:
                problem = unknown_header_problem(label_at, plain(label), "contract")
                if problem.params["suggestion"] or find_bsn(str(plain(label))):  # a typo, or a BSN
                    problems.append(problem)
                else:  # left unread, but its value still passes the BSN guard
                    notices.append(ignored_problem(label_at, plain(label)))
                    values[f"{IGNORED}{row.number}"], fields[f"{IGNORED}{row.number}"] = value, value_at
        elif key in fields:
            problems.append(
                Problem(
                    label_at,
                    "duplicate_column",
                    {
                        "header": clip(str(plain(label)).strip()),
                        "field": key,
                        "first": str(fields[key]),
                    },
                )
            )
        else:
            fields[key] = value_at
            if not is_blank(value):
                values[key] = value
    if "id" not in values:
        where = fields.get("id", Location(name, sheet=sheet.title))
        problems.append(Problem(where, "missing_field", {"field": "id"}))
    places = {k: replace(v, file="") for k, v in fields.items()}  # the file is the origin's
    return RawRecord("contract", values, Origin(file=name, place=Location(sheet=sheet.title), fields=places))
