"""The input workbook opened whole (openpyxl), for `check --annotate`'s copy; it is only read here."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any


def open_workbook(source: Path) -> Any:
    """Every sheet, cell, comment and style of `source`, to be marked and saved elsewhere."""
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not keep
        return load_workbook(source)


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
