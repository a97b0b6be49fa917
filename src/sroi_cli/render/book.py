"""The xlsx report's workbook, written with XlsxWriter in constant-memory mode: each row goes to disk
as it is written, so a sheet of 100.000 contracts costs no more memory than one of ten.

Rows are written in order, each cell by its kind: a figure as an exact number (a Decimal's own
digits), a date as a date, and text always as a text cell — never read as a formula or a link, so
`=1+1` from an input is shown as written and runs nowhere. A small sheet whose cells are not made
in row order (the summary) is gathered in a `Grid` first. Only imported inside the xlsx renderer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, BinaryIO

from sroi_cli.render.cells import NUMERIC, Column, Kind, header, typed_value
from sroi_cli.render.sheets import HEADER_FILL, MAX_WIDTH, MIN_WIDTH, number_format, shown_width

CM = 37.8  # pixels in a centimetre, at Excel's 96 dpi: chart sizes are said in centimetres


class Book:
    """An XlsxWriter workbook on `out`, with each distinct cell format made once."""

    def __init__(self, out: BinaryIO, created: dt.datetime, mark: str) -> None:
        import xlsxwriter

        options = {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        }
        self.workbook = xlsxwriter.Workbook(out, options)
        self.workbook.set_properties({"author": "sroi", "created": created})  # no wall-clock time
        self.workbook.set_custom_property("sroi.report", mark)  # sroi never reads it back as input
        self._formats: dict[tuple[tuple[str, Any], ...], Any] = {}

    def format(self, **properties: Any) -> Any:
        """The cell format with these XlsxWriter properties (`num_format`, `bg_color`, `bold`, …)."""
        key = tuple(sorted(properties.items()))
        if key not in self._formats:
            self._formats[key] = self.workbook.add_format(properties)
        return self._formats[key]

    def fill(self, colour: str, **more: Any) -> Any:
        return self.format(pattern=1, bg_color=f"#{colour}", **more)

    def header(self) -> Any:
        return self.fill(HEADER_FILL, bold=True)

    def sheet(self, title: str) -> Sheet:
        return Sheet(self, self.workbook.add_worksheet(title))

    def close(self) -> None:
        """Write the file out; a failing disk is the OSError it is (XlsxWriter wraps it), so the
        output's guard says "not written: …" and exit 5 as for every other format."""
        from xlsxwriter.exceptions import FileCreateError

        try:
            self.workbook.close()
        except FileCreateError as error:
            cause = error.args[0] if error.args else None
            if isinstance(cause, OSError):
                raise cause from None
            raise


class Sheet:
    """One worksheet written row by row; it remembers how wide each column's values are shown."""

    def __init__(self, book: Book, worksheet: Any) -> None:
        self.book, self.ws = book, worksheet
        self.rows = 0  # rows written so far (the next row's index)
        self.widths: dict[int, int] = {}
        self.amounts: dict[int, list[Decimal]] = {}  # a money column's largest and smallest amount

    def write(self, row: int, col: int, value: Any, fmt: Any = None, kind: Kind | None = None) -> None:
        """One cell (0-based) by the type of its value; None leaves it empty (styled if `fmt`)."""
        ws = self.ws
        if value is None:
            if fmt is not None:
                ws.write_blank(row, col, None, fmt)
        elif isinstance(value, str):
            ws.write_string(row, col, value, fmt)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, int | Decimal | float):
            ws.write_number(row, col, value, fmt)
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, value, fmt)
        else:
            ws.write_string(row, col, str(value), fmt)
        width = shown_width(value, kind)
        if width > self.widths.get(col, 0):
            self.widths[col] = width
        self.rows = max(self.rows, row + 1)

    def append(self, values: Sequence[Any], formats: Sequence[Any] | None = None) -> int:
        """The next row; returns its index."""
        row = self.rows
        for col, value in enumerate(values):
            self.write(row, col, value, formats[col] if formats else None)
        self.rows = row + 1
        return row

    def header_row(self, headers: Sequence[str], row: int = 0) -> None:
        for col, text in enumerate(headers):
            self.write(row, col, text, self.book.header())

    def set_widths(self, widths: dict[int, int] | None = None) -> None:
        """Column widths (0-based columns) from the widest value shown, within MIN_WIDTH and MAX_WIDTH."""
        for col, (high, low) in self.amounts.items():  # the widest amount: the largest or most negative
            self.widths[col] = max(
                self.widths[col], shown_width(high, Kind.MONEY), shown_width(low, Kind.MONEY)
            )
        for col, width in (self.widths if widths is None else widths).items():
            self.ws.set_column(col, col, min(MAX_WIDTH, max(MIN_WIDTH, width + 2)))

    def finish_table(self, columns: int) -> None:
        """Header row frozen and filtered (over every row written), widths from the values."""
        self.ws.freeze_panes(1, 0)
        self.ws.autofilter(0, 0, max(self.rows - 1, 0), max(columns - 1, 0))
        self.set_widths()

    def print_setup(self, title_rows: bool = True, left: str | None = None) -> None:
        """Printed as a person reads it: A4 landscape, every column on one page width (the page
        count follows the rows), the header row on every page, centred, page numbers and the
        sheet's name in the footer (and `left` in small print on its left)."""
        ws = self.ws
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.center_horizontally()
        if title_rows:
            ws.repeat_rows(0)
        footer = "&C&P / &N&R&A"
        if left:
            footer = "&L&8" + left.replace("&", "&&") + footer
        ws.set_footer(footer)


Fills = dict[int, tuple[Callable[[Any], str], dict[str, str]]]  # column → (code of an item, fill per code)


def table_writer(
    sheet: Sheet, columns: Sequence[Column], lang: str, fills: Fills | None = None
) -> Callable[[Any], None]:
    """Headers on the first row, then a function that writes one item a row, each cell in its
    kind's number format; `fills`: per column index, each cell filled by its item's code (a verdict).

    Each column's way of writing is decided here once: a batch of 100.000 contracts is 3,6 million
    cells. Money columns remember their largest and smallest amount, and are measured at the end."""
    book, ws, widths = sheet.book, sheet.ws, sheet.widths
    sheet.header_row([header(c, lang) for c in columns])
    for col, c in enumerate(columns):
        widths[col] = max(widths.get(col, 0), shown_width(header(c, lang)))
    plan = []
    for col, c in enumerate(columns):
        fmt = book.format(num_format=f) if (f := number_format(c.kind, lang)) else None
        put = ws.write_number if c.kind in NUMERIC else ws.write_string if c.kind not in _DATES else None
        paint = (fills or {}).get(col)
        painted = (
            (paint[0], {code: book.fill(colour) for code, colour in paint[1].items()}) if paint else None
        )
        plan.append((col, _cell(c, lang), put, fmt, painted, c.kind))
    money = sheet.amounts

    def write(item: Any) -> None:
        row = sheet.rows
        for col, value_of, put, fmt, painted, kind in plan:
            value = value_of(item)
            if value is None:
                continue
            if painted is not None:
                fmt = painted[1].get(painted[0](item), fmt)
            if put is None or not isinstance(value, str | int | Decimal):
                sheet.write(row, col, value, fmt, kind)
                continue
            put(row, col, value, fmt)
            if kind is Kind.MONEY and isinstance(value, Decimal):
                seen = money.setdefault(col, [value, value])
                if value > seen[0]:
                    seen[0] = value
                elif value < seen[1]:
                    seen[1] = value
            elif len(text := value if isinstance(value, str) else str(value)) > widths[col]:
                widths[col] = max(widths[col], shown_width(text))
        sheet.rows = row + 1

    return write


_DATES = (Kind.DATE,)


def _cell(column: Column, lang: str) -> Callable[[Any], Any]:
    """`typed_value` of this column for any item; a code column's words looked up once a code."""
    if column.kind in NUMERIC or column.kind is Kind.DATE:
        return column.get
    if column.kind in (Kind.TERM, Kind.FLAG):
        known: dict[Any, Any] = {}
        get = column.get

        def said(item: Any) -> Any:
            value = get(item)
            if value not in known:
                known[value] = typed_value(column, item, lang)
            return known[value]

        return said
    return lambda item: typed_value(column, item, lang)


def write_table(sheet: Sheet, columns: Sequence[Column], rows: Iterable[Any], lang: str) -> int:
    """A whole table: header row, one row per item, frozen and filtered; returns the rows written."""
    write = table_writer(sheet, columns, lang)
    for item in rows:
        write(item)
    sheet.finish_table(len(columns))
    return sheet.rows


class Grid:
    """The cells of a small sheet made in any order, written in row order at the end (constant-memory
    mode writes a row once it has moved past it)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], tuple[Any, Any]] = {}

    def put(self, row: int, col: int, value: Any, fmt: Any = None) -> None:
        self.cells[(row, col)] = (value, fmt)

    def flush(self, sheet: Sheet) -> None:
        for (row, col), (value, fmt) in sorted(self.cells.items()):
            sheet.write(row, col, value, fmt)


def chart_size(chart: Any, width_cm: float, height_cm: float) -> None:
    chart.set_size({"width": round(width_cm * CM), "height": round(height_cm * CM)})


def ref(title: str, cells: str) -> str:
    """A reference to cells of the sheet `title` as a chart formula: `='Contracts'!$D$2:$D$51`."""
    return "='" + title.replace("'", "''") + "'!" + cells
