"""Worksheet craft the xlsx report and the annotated copy share: tables, formats, fills and widths.

Only called from inside a render function, so openpyxl is imported there and never at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sroi_cli.render.cells import Column, Kind, cell_value, header

MONEY_FORMAT = '"€ "#,##0.00'  # the spreadsheet shows € 1.250.000,00 or € 1,250,000.00 by its locale
NUMBER_FORMAT = "#,##0.00"
SHARE_FORMAT = "0%"
COUNT_FORMAT = "0"
DATE_FORMATS = {"nl": "dd-mm-yyyy", "en": "yyyy-mm-dd"}
# Light fills with dark text, as Excel's own "good / neutral / bad" cell styles.
VERDICT_FILLS = {
    "compliant": "C6EFCE",
    "on_track": "C6EFCE",
    "open": "DDEBF7",
    "behind": "FFEB9C",
    "non_compliant": "FFC7CE",
    "not_applicable": "EDEDED",
}
SEVERITY_FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
HEADER_FILL = "D9E1F2"
MIN_WIDTH, MAX_WIDTH = 8, 60


def number_format(kind: Kind, lang: str) -> str | None:
    return {
        Kind.MONEY: MONEY_FORMAT,
        Kind.NUMBER: NUMBER_FORMAT,
        Kind.SHARE: SHARE_FORMAT,
        Kind.COUNT: COUNT_FORMAT,
        Kind.DATE: DATE_FORMATS.get(lang, DATE_FORMATS["en"]),
    }.get(kind)


def fill(colour: str) -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def shown_width(value: Any, kind: Kind | None = None) -> int:
    """Roughly how many characters a value takes on screen once formatted."""
    if value is None:
        return 0
    if kind is Kind.MONEY:
        return len(f"{value:,.2f}") + 2
    if kind is Kind.DATE:
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def set_widths(sheet: Any, widths: dict[int, int]) -> None:
    """Column widths from the longest value shown, kept between MIN_WIDTH and MAX_WIDTH."""
    from openpyxl.utils import get_column_letter

    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))


def style_header(sheet: Any, count: int, row: int = 1) -> None:
    from openpyxl.styles import Font

    for column in range(1, count + 1):
        cell = sheet.cell(row=row, column=column)
        cell.font = Font(bold=True)
        cell.fill = fill(HEADER_FILL)


def write_table(sheet: Any, columns: tuple[Column, ...], rows: Iterable[Any], lang: str) -> int:
    """Headers on row 1 (frozen, with a filter), one row per item, formats by kind; returns the last row."""
    headers = [header(c, lang) for c in columns]
    sheet.append(headers)
    style_header(sheet, len(columns))
    widths = {i: shown_width(h) for i, h in enumerate(headers, start=1)}
    formats = [number_format(c.kind, lang) for c in columns]
    last = 1
    for last, item in enumerate(rows, start=2):
        for i, column in enumerate(columns, start=1):
            value = cell_value(column, item, lang)
            cell = sheet.cell(row=last, column=i, value=value)
            if formats[i - 1] and value is not None:
                cell.number_format = formats[i - 1]
            widths[i] = max(widths[i], shown_width(value, column.kind))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    set_widths(sheet, widths)
    return last


def print_setup(sheet: Any, title_rows: str | None = "1:1") -> None:
    """Printed as a person reads it: A4 landscape, every column on one page width (so the page count
    follows the rows, not the columns), the header row on every page, centred, with page numbers."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = "&P / &N"
    sheet.oddFooter.right.text = "&A"


def slanted_labels(axis: Any, size: int = 800) -> None:
    """Category labels turned 45° in a small font, so long contract ids never overlap or get cut."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RichTextProperties

    text = CharacterProperties(sz=size)
    axis.txPr = RichText(
        bodyPr=RichTextProperties(rot=-2700000, vert="horz"),
        p=[Paragraph(pPr=ParagraphProperties(defRPr=text), endParaRPr=text)],
    )


def colour_column(sheet: Any, column: int, codes: Iterable[str], fills: dict[str, str]) -> None:
    """Fill each cell of `column` from row 2 by its item's code (a verdict or a severity)."""
    for row, code in enumerate(codes, start=2):
        if code in fills:
            sheet.cell(row=row, column=column).fill = fill(fills[code])


def mark(book: Any, value: str) -> None:
    """The custom document property `sroi.report` that tells sroi this workbook is its own output."""
    from openpyxl.packaging.custom import StringProperty

    props = book.custom_doc_props
    for name in [p.name for p in props.props if p.name == "sroi.report"]:
        del props[name]
    props.append(StringProperty(name="sroi.report", value=value))
