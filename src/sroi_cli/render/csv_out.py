"""CSV: one row per contract with every figure, in a dialect a spreadsheet or a program reads as is.

`excel-nl` (the default with `--lang nl`): `;` between cells, decimal comma, a UTF-8 BOM, so
Dutch-locale Excel splits the file into columns on a double-click and reads € and ë right.
`excel`: the same for an English locale (`,` and a decimal point). `rfc4180` (the default with
`--lang en`): plain and exact for programs (`62500.00`, shares as fractions, no BOM).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import Any, TextIO

from sroi_cli.domain.report import REPORT_MARK, Report
from sroi_cli.domain.stream import ReportStream, contracts_of, totals_of
from sroi_cli.render import CsvDialect, RenderOptions, targets_view
from sroi_cli.render.cells import CONTRACT_COLUMNS, Column, Kind, header, text_of, text_value
from sroi_cli.render.fmt import share
from sroi_cli.render.sections import Section
from sroi_cli.render.texts import phrase

BOM = "\ufeff"
DELIMITERS = {CsvDialect.EXCEL_NL: ";", CsvDialect.EXCEL: ",", CsvDialect.RFC4180: ","}

# a CSV is one table of contracts (and the programme's targets after it), read as is by a spreadsheet or
# a program; what spans contracts is in every other format (render/sections.py)
STREAMS = True  # a batch's contracts are written as they come (domain/stream.py)
OMITS: dict[Section, str] = {
    Section.TOTALS: "the totals are the sums of the contract columns; stderr closes with them",
    Section.GROUPS: "a total per group is a pivot of the contract rows; json, md, html and xlsx have it",
    Section.PEOPLE: "people are counted across contracts; json, md, html, xlsx and the table have it",
    Section.PIPELINE: "the pipeline is the planned contracts' rows by start; the other formats total it",
    Section.FINDINGS: "checks across contracts are not a contract's row; the other formats list them",
    Section.ERRORS: "a contract left out has no row; stderr names each input error (exit 3)",
}


def render(report: Report | ReportStream, out: TextIO, options: RenderOptions, fmt: str = "csv") -> None:
    """Headers in the chosen language; text that would run as a formula starts with an apostrophe.

    The last header cell is the report's marker, so sroi never reads the file back as an input.
    A programme's targets (`batch --targets`) follow the contracts as a block of their own, after a
    blank row and a `# targets` row, as `sroi coverage` writes its blocks, in the same dialect.
    """
    lang, dialect = options.lang, options.dialect
    writer = csv_writer(out, dialect)
    headers = [csv_header(column, lang, dialect) for column in CONTRACT_COLUMNS]
    writer.writerow([*headers, REPORT_MARK])
    cells = [csv_of(column, lang, dialect) for column in CONTRACT_COLUMNS]
    for contract in contracts_of(report):  # row by row, as each contract comes
        writer.writerow([*(text(contract) for text in cells), ""])
    targets = totals_of(report).targets  # a batch's, once every contract is through
    if targets:
        columns = targets_view.COLUMNS
        rows = [[csv_value(c, target, lang, dialect) for c in columns] for target in targets]
        writer.writerows([[], ["# targets"], [csv_header(c, lang, dialect) for c in columns], *rows])


def csv_writer(out: TextIO, dialect: CsvDialect) -> Any:
    """A CSV writer in `dialect`, after the BOM the dialects for Excel open with."""
    if dialect is not CsvDialect.RFC4180:
        out.write(BOM)
    return csv.writer(out, delimiter=DELIMITERS[dialect], lineterminator="\r\n")


def csv_header(column: Column, lang: str, dialect: CsvDialect) -> str:
    """A share column says its unit where its cells are bare fractions (`Plan covers (fraction)`)."""
    text = header(column, lang)
    if column.kind is Kind.SHARE and dialect is CsvDialect.RFC4180:
        return f"{text} ({phrase('unit_fraction', lang)})"
    return text


def csv_of(column: Column, lang: str, dialect: CsvDialect) -> Callable[[Any], str]:
    """`csv_value` of this column for any item, decided once per report (render/cells.py::text_of)."""
    text = text_of(column, lang)
    if dialect is CsvDialect.RFC4180 or column.kind not in (Kind.SHARE, Kind.MONEY, Kind.NUMBER):
        return text
    point = "," if dialect is CsvDialect.EXCEL_NL else "."
    if column.kind is Kind.SHARE:
        get, said = column.get, "nl" if point == "," else "en"
        return lambda obj: "" if (v := get(obj)) is None else share(v, said)
    if point == ".":
        return text
    return lambda obj: text(obj).replace(".", ",")


def csv_value(column: Column, obj: Any, lang: str, dialect: CsvDialect) -> str:
    """Figures exact in the dialect's decimal mark, shares as the table shows them (`23,53%`)."""
    text = text_value(column, obj, lang)
    if dialect is CsvDialect.RFC4180 or not text:
        return text
    point = "," if dialect is CsvDialect.EXCEL_NL else "."
    if column.kind is Kind.SHARE:
        return share(column.get(obj), "nl" if point == "," else "en")
    if column.kind in (Kind.MONEY, Kind.NUMBER):
        return text.replace(".", point)
    return text
