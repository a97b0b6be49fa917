"""Where something was found: a file, and in it a line, a sheet's cell, a row, or a named place.

A problem, a finding and a validation issue carry one `Location` with its parts as fields, never a
string to be taken apart again: the annotated copy marks `sheet`/`cell`, validation reports `file`
and `line`, and findings sort by the parts themselves (line 9 before line 10, `B7` before `B10`).
`str(location)` is its one written form, the same in every language and every format (JSON's
`location`): `a.yaml:12`, `a.xlsx Bijdragen!F12`, `a.xlsx Bijdragen` (a whole sheet), `a.csv:4`,
`a.json ocds-1-2` (a named place such as an OCDS release), or the file alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Annotated

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema

_ASCII_DIGITS = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class Location:
    """A place in an input or rule file; every part but the file is optional."""

    file: str = ""
    line: int | None = None  # a YAML, CSV or JSON line, counted from 1
    sheet: str | None = None  # a workbook's sheet (alone: the whole sheet)
    cell: str | None = None  # `F12`, on `sheet`
    row: int | None = None  # a whole row of `sheet`, counted from 1
    field: str | None = None  # a named place in a file without lines or cells (an OCDS release id)

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.file}:{self.line}"
        spot = self.spot
        return f"{self.file} {spot}" if spot else self.file

    @property
    def spot(self) -> str | None:
        """The place in a file without lines: `Bijdragen!F12`, `Bijdragen!7:7`, `Bijdragen`, an ocid."""
        if self.sheet is not None:
            if self.cell:
                return f"{self.sheet}!{self.cell}"
            if self.row is not None:
                return f"{self.sheet}!{self.row}:{self.row}"
            return self.sheet
        return self.field or None

    def __bool__(self) -> bool:
        return bool(self.file or self.line is not None or self.sheet or self.field)

    def in_file(self, file: str) -> Location:
        """The same place, in `file` (a record's place is kept without its file name)."""
        # made directly, not by `dataclasses.replace`: every finding of a batch asks for one
        return Location(file, self.line, self.sheet, self.cell, self.row, self.field)

    def order(self) -> tuple[object, ...]:
        """A key that sorts locations naturally: by file, then sheet, line, cell and row as numbers."""
        column, number = _cell_parts(self.cell or "")
        return (
            natural(self.file),
            natural(self.sheet or ""),
            -1 if self.line is None else self.line,
            column,
            number,
            -1 if self.row is None else self.row,
            natural(self.field or ""),
        )


NOWHERE = Location()


def at_line(file: str, line: int | None) -> Location:
    """`file:line`, or the file alone when the line is not known (0 or None)."""
    return Location(file, line=line or None)


def in_cell(file: str, sheet: str, cell: str) -> Location:
    return Location(file, sheet=sheet, cell=cell)


def _cell_parts(cell: str) -> tuple[str, int]:
    """`AB12` → (`AB`, 12): a cell names its column by letters and its row by digits."""
    letters = cell.rstrip("0123456789")
    digits = cell[len(letters) :]
    return letters, int(digits) if digits else -1


@lru_cache(maxsize=2**12)  # the same few file and sheet names, for every finding of a batch
def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A name's natural order: `a9` before `a10`; only ASCII digits count as a number (`²` is text)."""
    return tuple(
        (0, int(part)) if digit else (1, part)
        for digit, chars in groupby(text, _ASCII_DIGITS.__contains__)
        for part in ("".join(chars),)
    )


def located(value: object) -> Location:
    """A model's location as given; a `str` is a file name alone (never taken apart)."""
    if isinstance(value, Location):
        return value
    if isinstance(value, str):
        return Location(value)
    raise TypeError(f"not a location: {value!r}")


# A location in a report model: kept as its parts, written in JSON as its one written form.
Where = Annotated[
    Location,
    PlainValidator(located),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string"}),
]
