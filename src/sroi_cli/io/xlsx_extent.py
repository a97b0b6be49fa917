"""How far a sheet's cells reach, from its raw XML: the used range a value reader would materialise.

calamine builds a dense grid from A1 to the last row and column that hold a value (32 bytes a cell,
whatever the file's size), so two cells at A1 and XFD1048576 would cost 549 GB. The range is read
from the cells' own references, never from `<dimension>`: writers claim A1:XFD1048576 for sheets
that hold ten cells, and a hostile one claims A1:A1 for a sheet that reaches much further.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A cell reference on a start tag that is not self-closing: a cell that may hold a value. calamine
# reads `<c r="XFD9" s="1"/>` (formatting, no value) as nothing, so it does not widen the range.
_DATA_REF = re.compile(rb"""\sr=["']([A-Za-z]+)([0-9]+)["'][^>]*(?<!/)>""")
_TAG = re.compile(rb"<(?:\w+:)?(row|c)(\s[^>]*)?>")
_ROW_NUMBER = re.compile(rb"""\sr=["']([0-9]+)["']""")
_CELL_REF = re.compile(rb"""\sr=["']([A-Za-z]+)([0-9]+)["']""")


@dataclass
class Extent:
    """The last row and column holding a value, and how many cells hold one (an upper bound)."""

    rows: int = 0  # the last row used, 1-based; 0 when no cell holds a value
    columns: int = 0  # the last column used, 1-based
    cells: int = 0  # cells that may hold a value
    letters: set[bytes] = field(default_factory=set)  # the columns used, as their letters
    positional: bool = False  # some cell has no reference: its place follows from the one before
    _row: int = 0  # the row the positional pass is in, across chunks

    @property
    def area(self) -> int:
        """Cells from A1 to the last row and column used: what a dense reader allocates."""
        return self.rows * self.columns

    def feed(self, data: bytes, prefix: bytes) -> None:
        """Take in whole rows of sheet XML (`prefix` is the namespace prefix of its tags, or b'')."""
        tags = sum(data.count(b"<" + prefix + b"c" + end) for end in (b" ", b">", b"/", b"\t", b"\n", b"\r"))
        if not tags:
            return
        referenced = data.count(b"<" + prefix + b'c r="') + data.count(b"<" + prefix + b"c r='")
        if self.positional or referenced != tags:
            self.positional = True  # a cell without `r`, or `r` not first: follow each tag in order
            self._feed_in_order(data)
            return
        refs = _DATA_REF.findall(data)
        if not refs:
            return
        self.cells += len(refs)
        # a dict keeps each column's letters once, a set each row's digits once: no list of all cells
        self._widen(set(dict(refs)), max(map(_row_number, {number for _, number in refs})))

    def _widen(self, letters: set[bytes], last_row: int) -> None:
        new = letters - self.letters
        if new:
            self.letters |= {word.upper() for word in new}
            self.columns = max(self.columns, *(column_number(word) for word in new))
        self.rows = max(self.rows, last_row)

    def _feed_in_order(self, data: bytes) -> None:
        """Each row and cell tag in order, placed as calamine and openpyxl place them."""
        column = 0
        for match in _TAG.finditer(data):
            attributes = match.group(2) or b""
            if match.group(1) == b"row":
                number = _ROW_NUMBER.search(attributes)
                self._row, column = (_row_number(number.group(1)) if number else self._row + 1), 0
                continue
            ref = _CELL_REF.search(attributes)
            if ref:
                row, column = _row_number(ref.group(2)), column_number(ref.group(1))
            else:
                row, column = max(self._row, 1), column + 1
            if not attributes.endswith(b"/"):
                self.cells += 1
                self.letters.add(column_letters(column))
                self.columns, self.rows = max(self.columns, column), max(self.rows, row)


BEYOND = 10**9  # what a reference past any sheet's edge counts as (its digits are never converted)


def _row_number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 9 else BEYOND


def column_number(letters: bytes) -> int:
    """b'AB' → 28: a column's 1-based number (any case, as calamine reads it)."""
    if len(letters) > 6:
        return BEYOND
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def column_letters(number: int) -> bytes:
    """28 → b'AB'."""
    letters = b""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters
