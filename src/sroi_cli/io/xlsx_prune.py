"""A sparse table sheet made small before a dense reader sees it: cells no reader looks at are left out.

calamine allocates every cell from A1 to the last row and column used, so one note far to the right
of a 300.000-row table made it allocate a 1 GB grid of empty cells. A table is read by the columns of
its header row, which lies in the first rows; a cell in a column with no cell there is never read.
Such cells are left out of a copy of the package, which both value readers then read: rows and
columns keep their numbers, so every message names the same cell as before.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from typing import IO

from sroi_cli.io.xlsx_extent import Extent, column_number
from sroi_cli.io.xlsx_package import whole_rows

CHUNK = 2**22  # bytes copied at a time
# Worth a copy of the package: the grid a reader would allocate is this many times the cells in it.
SPARSE = 4
SPARSE_FROM = 2**20  # below this many cells in the grid, a copy costs more than it saves
_HEAD_REF = re.compile(rb"""\sr=["']([A-Za-z]+)0*([0-9]{1,2})["'][^>]*(?<!/)>""")


def is_sparse(extent: Extent) -> bool:
    """Whether the grid is mostly empty (and every cell says where it is, so none moves)."""
    return not extent.positional and extent.area > SPARSE * extent.cells + SPARSE_FROM


def head_letters(archive: zipfile.ZipFile, part: str, prefix: bytes, rows: int) -> set[bytes]:
    """The columns, as letters, of the cells that hold a value in the sheet's first `rows` rows."""
    letters: set[bytes] = set()
    with archive.open(part) as stream:
        for data in whole_rows(stream, prefix):
            letters.update(word.upper() for word, number in _HEAD_REF.findall(data) if int(number) <= rows)
    return letters


def width(letters: set[bytes]) -> int:
    """The last column of these, 1-based."""
    return max((column_number(word) for word in letters), default=0)


def pruned_package(archive: zipfile.ZipFile, keep: dict[str, tuple[bytes, set[bytes]]]) -> bytes:
    """The package with each part of `keep` (part → its tags' prefix, the columns kept) cut down.

    Stored, not compressed: the copy lives in memory for the one run, and storing costs nothing.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as target:
        for info in archive.infolist():
            with archive.open(info) as source, target.open(info.filename, "w", force_zip64=True) as sink:
                if info.filename in keep:
                    _prune(source, sink, *keep[info.filename])
                else:
                    shutil.copyfileobj(source, sink, CHUNK)
    return out.getvalue()


def _prune(source: IO[bytes], sink: IO[bytes], prefix: bytes, letters: set[bytes]) -> None:
    tag = re.escape(prefix) + rb"c"
    kept = b"|".join(re.escape(word) for word in sorted(letters, key=len, reverse=True)) or b"(?!)"
    cell = re.compile(
        rb"<" + tag + rb"""\sr=["'](?!(?:""" + kept + rb""")0*[0-9]+["'])[A-Za-z]+[0-9]+["']"""
        rb"(?:[^>]*?/>|[^>]*>.*?</" + tag + rb">)",
        re.IGNORECASE | re.DOTALL,
    )
    for data in whole_rows(source, prefix):
        sink.write(cell.sub(b"", data))
