"""The coverage report as a workbook: one sheet per table, figures as numbers, text never a formula."""

from __future__ import annotations

from typing import Any, BinaryIO

from sroi_cli.domain.coverage import CoverageReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.coverage_sections import sections
from sroi_cli.render.sheets import write_table
from sroi_cli.render.texts import phrase

BINARY = True


def render(report: CoverageReport, out: BinaryIO, options: RenderOptions, fmt: str = "xlsx") -> None:
    from openpyxl import Workbook

    lang = options.lang
    book: Any = Workbook(write_only=False)
    book.remove(book.active)
    for section in sections(report, lang):
        sheet = book.create_sheet(phrase(section.key, lang)[:31].replace(":", ""))
        write_table(sheet, section.columns, section.rows, lang)
    book.save(out)
