"""Hostile workbooks whose cost lies in what the sheet *says*, not in its size on disk (issue 10, 1 and 6).

Run `python tests/cases/hostile/build_sheets.py FOLDER` to write them; the tests build them into a
temporary folder (tests/cli/test_hostile_sheets.py), and benchmarks/hostile.py builds them at full
size and prints what each costs. Every workbook is made by hand from its XML parts, so each byte is
chosen here: cells at the far corner of a sheet, cells without references, references in lower case
or single quotes, a namespace prefix, a note far to the right of a long table.

`CASES` maps each file to the exit code of `sroi check FILE --as-of 2026-06-01 --lang en` and the
lines it prints on stderr; `SIZES` says how many table rows the item-6 workbooks have.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

ZIP_TIME = (2026, 1, 1, 0, 0, 0)
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTRACT_HEADER = ("Kenmerk", "Soort", "Opdrachtwaarde", "Startdatum", "Einddatum", "Regels")
CONTRACT = ("C-1", "werken", 300000, "2026-01-01", "2026-12-31", "haaglanden")
CONTRIBUTION_HEADER = ("Kenmerk", "Bouwblok", "Kandidaat", "Uren per week", "Startdatum", "Einddatum")
LAST_ROW, LAST_COLUMN = 1048576, "XFD"  # the far corner of any sheet


def cell(ref: str, value: object, quote: str = '"') -> str:
    if isinstance(value, int | float):
        return f"<c r={quote}{ref}{quote}><v>{value}</v></c>"
    return f'<c r={quote}{ref}{quote} t="inlineStr"><is><t>{value}</t></is></c>'


def row(number: int, values: Iterable[object], first: int = 0) -> str:
    cells = "".join(cell(f"{letters(first + i)}{number}", v) for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def letters(column: int) -> str:
    """0 → 'A', 16383 → 'XFD'."""
    number, text = column + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        text = chr(65 + rest) + text
    return text


def sheet(rows: Iterable[str]) -> bytes:
    return f'<worksheet xmlns="{NS}"><sheetData>{"".join(rows)}</sheetData></worksheet>'.encode()


def contribution(number: int) -> tuple[object, ...]:
    return ("C-1", "participatiewet", f"K-{number:06d}", 32, "2026-02-01", "2026-06-30")


def tender(extra: Iterable[str] = (), contract_extra: Iterable[str] = (), rows: int = 1) -> dict[str, bytes]:
    """The usual two sheets (one contract, `rows` placements), with rows of XML added to either."""
    contracts = [row(1, CONTRACT_HEADER), row(2, CONTRACT), *contract_extra]
    contributions = [row(1, CONTRIBUTION_HEADER), *(row(n, contribution(n)) for n in range(2, rows + 2))]
    return {"Contracten": sheet(contracts), "Bijdragen": sheet([*contributions, *extra])}


def package(sheets: dict[str, bytes]) -> bytes:
    """A minimal .xlsx of these sheets (title → its XML), the same bytes on every run."""
    parts = {
        "[Content_Types].xml": _content_types(len(sheets)),
        "_rels/.rels": (
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": _workbook(list(sheets)),
        "xl/_rels/workbook.xml.rels": _workbook_rels(len(sheets)),
        **{f"xl/worksheets/sheet{i}.xml": xml for i, xml in enumerate(sheets.values(), start=1)},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return out.getvalue()


def _content_types(count: int) -> bytes:
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, count + 1)
    )
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}</Types>'
    ).encode()


def _workbook(titles: list[str]) -> bytes:
    sheets = "".join(
        f'<sheet name="{title}" sheetId="{i}" r:id="rId{i}"/>' for i, title in enumerate(titles, start=1)
    )
    return f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>{sheets}</sheets></workbook>'.encode()


def _workbook_rels(count: int) -> bytes:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, count + 1)
    )
    return (
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
        "</Relationships>"
    ).encode()


def prefixed(xml: bytes) -> bytes:
    """The same sheet with every tag under the `x:` prefix, as some writers save it."""
    text = xml.decode().replace(f'<worksheet xmlns="{NS}">', f'<x:worksheet xmlns:x="{NS}">')
    for tag in ("sheetData", "row", "c", "v", "is", "t"):
        text = text.replace(f"<{tag}>", f"<x:{tag}>").replace(f"<{tag} ", f"<x:{tag} ")
        text = text.replace(f"</{tag}>", f"</x:{tag}>")
    return text.replace("</worksheet>", "</x:worksheet>").encode()


def far_corner(title: str = "Bijdragen") -> str:
    """The line of a sheet whose used range is the whole sheet."""
    return (
        f"sroi: {{file}} {title}: refused: the used range A1:XFD1048576 (17.179.869.184 cells) exceeds "
        "the limit of 25.000.000 (cells) (raise it with --limit if the file is trusted)"
    )


NOTE = "notitie"
SIZES = {"test": 20_000, "benchmark": 300_000}  # table rows of the item-6 workbooks
_BOTTOM = row(LAST_ROW, ("C-1",))  # a value at A1048576: the table reaches the last row


def _far_header(title: str = "Bijdragen") -> dict[str, bytes]:
    """A header cell at XFD1 and a value at A1048576: the grid a reader needs is the whole sheet."""
    sheets = tender()
    header = row(1, CONTRIBUTION_HEADER if title == "Bijdragen" else CONTRACT_HEADER)
    wide = header.replace("</row>", cell("XFD1", NOTE) + "</row>")
    changed = sheets[title].replace(header.encode(), wide.encode())
    sheets[title] = changed.replace(b"</sheetData>", _BOTTOM.encode() + b"</sheetData>")
    return sheets


def _single_far() -> dict[str, bytes]:
    """A `Contract` sheet of field | value rows, with a value at the far corner."""
    fields = [("Kenmerk", "C-1"), ("Soort", "werken"), ("Opdrachtwaarde", 300000)]
    fields += [("Startdatum", "2026-01-01"), ("Einddatum", "2026-12-31"), ("Regels", "haaglanden")]
    rows = [row(n, pair) for n, pair in enumerate(fields, start=1)]
    return {"Contract": sheet([*rows, row(LAST_ROW, (NOTE,), first=16383)])}


def _positional() -> dict[str, bytes]:
    """The last row holds 16.384 cells without a reference: each one's place follows the one before."""
    cells = "<c><v>1</v></c>" * 16384
    return tender(extra=[f'<row r="{LAST_ROW}">{cells}</row>'])


def _replace_header(change: Callable[[str], str]) -> dict[str, bytes]:
    sheets = _far_header()
    sheets["Bijdragen"] = change(sheets["Bijdragen"].decode()).encode()
    return sheets


def _wide(rows: int) -> dict[str, bytes]:
    """A long table with one note far to its right, below its last row (item 6)."""
    note = f'<row r="{rows + 2}">{cell(f"ALL{rows + 2}", NOTE)}</row>'
    return tender(extra=[note], rows=rows)


# file → (how to make its sheets, exit code, stderr lines: {file} is the file's name)
CASES: dict[str, tuple[Callable[[], dict[str, bytes]], int, list[str]]] = {
    # item 1: the used range is bounded before a value reader allocates it
    "far-corner-header.xlsx": (_far_header, 3, [far_corner()]),
    "far-corner-contracts.xlsx": (lambda: _far_header("Contracten"), 3, [far_corner("Contracten")]),
    "far-corner-single.xlsx": (_single_far, 3, [far_corner("Contract")]),
    "far-corner-lowercase.xlsx": (
        lambda: _replace_header(lambda x: x.replace('"XFD1"', '"xfd1"')),
        3,
        [far_corner()],
    ),
    "far-corner-quoted.xlsx": (
        lambda: _replace_header(lambda x: x.replace('r="XFD1"', "r='XFD1'")),
        3,
        [far_corner()],
    ),
    "far-corner-attribute-order.xlsx": (
        lambda: _replace_header(
            lambda x: x.replace('<c r="XFD1" t="inlineStr">', '<c t="inlineStr" r="XFD1">')
        ),
        3,
        [far_corner()],
    ),
    "far-corner-prefixed.xlsx": (
        lambda: {k: prefixed(v) for k, v in _far_header().items()},
        3,
        [far_corner()],
    ),
    "positional-cells.xlsx": (_positional, 3, [far_corner()]),
    # item 1 and 6: a far cell in a column the table does not have is never read, and costs nothing
    "far-corner-unread.xlsx": (lambda: tender(extra=[row(LAST_ROW, (NOTE,), first=16383)]), 0, []),
    "z-column-tall.xlsx": (lambda: tender(extra=[row(LAST_ROW, (NOTE,), first=25)]), 0, []),
    "formatted-corner.xlsx": (
        lambda: tender(extra=[f'<row r="{LAST_ROW}"><c r="XFD{LAST_ROW}" s="0"/></row>']),
        0,
        [],
    ),
    # item 6: a long table with one note far to its right
    "wide-note.xlsx": (lambda: _wide(SIZES["test"]), 0, []),
}


def main(folder: Path, rows: int | None = None) -> list[Path]:
    """Write every case into `folder`; `rows` makes the item-6 workbook that long instead."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (make, _, _) in CASES.items():
        sheets = _wide(rows) if rows is not None and name == "wide-note.xlsx" else make()
        path = folder / name
        path.write_bytes(package(sheets))
        made.append(path)
    return made


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
