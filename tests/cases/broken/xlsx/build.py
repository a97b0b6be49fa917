"""Write the broken-workbook corpus, one .xlsx per failure mode, byte for byte the same on every run.

Run `python tests/cases/broken/xlsx/build.py` after changing a builder, and commit the workbooks with
it: the corpus is real files. Each file's expected messages are in `expect.yaml` next to this script.
Zip entries get a fixed date and the document properties a fixed time, so a rebuild changes no byte.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
DOC_TIME = "2026-01-01T00:00:00Z"

CONTRACT_HEADERS = [
    "Kenmerk",
    "Omschrijving",
    "Soort",
    "Opdrachtwaarde",
    "Startdatum",
    "Einddatum",
    "Status",
    "Regels",
]
CONTRIBUTION_HEADERS = [
    "Kenmerk",
    "Bouwblok",
    "Kandidaat",
    "Uren per week",
    "Startdatum",
    "Einddatum",
    "Bonussen",
    "Doelgroepregister",
    "Status",
]


def contract(**changes: Any) -> list[Any]:
    """A valid contract row (Haaglanden, € 300.000 works in 2026), with some cells changed."""
    row = {
        "id": "C-1",
        "title": "Onderhoud",
        "type": "werken",
        "value": 300000,
        "start": dt.datetime(2026, 1, 1),
        "end": dt.datetime(2026, 12, 31),
        "status": "lopend",
        "rules": "haaglanden",
    }
    row.update(changes)
    return list(row.values())


def contribution(**changes: Any) -> list[Any]:
    """A valid placement row for contract C-1, with some cells changed."""
    row = {
        "contract": "C-1",
        "block": "participatiewet",
        "candidate": "K-0001",
        "hours": 32,
        "start": dt.datetime(2026, 2, 1),
        "end": dt.datetime(2026, 6, 30),
        "bonuses": None,
        "register": "nee",
        "status": "gerealiseerd",
    }
    row.update(changes)
    return list(row.values())


def book(sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None) -> bytes:
    """A workbook with one sheet per entry, its rows appended in order."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for ref in (merges or {}).get(title, []):
            sheet.merge_cells(ref)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def tender(
    contracts: list[list[Any]] | None = None,
    contributions: list[list[Any]] | None = None,
    contract_headers: list[str] = CONTRACT_HEADERS,
) -> bytes:
    """The two usual sheets: a valid contract and placement unless other rows are given."""
    return book(
        {
            "Contracten": [contract_headers, *(contracts if contracts is not None else [contract()])],
            "Bijdragen": [CONTRIBUTION_HEADERS, *(contributions or [contribution()])],
        }
    )


def patch(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """The zip with one part's bytes changed (openpyxl cannot write every kind of damage)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            target.writestr(info, change(content) if info.filename == part else content)
    return out.getvalue()


def normalise(data: bytes) -> bytes:
    """Fixed zip dates and document times: the same bytes on every run."""
    if not data.startswith(b"PK\x03\x04"):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + DOC_TIME.encode(), content
                )
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def sheet_xml(change: Callable[[bytes], bytes], data: bytes | None = None) -> bytes:
    """A change to the Contracten sheet's XML (the first sheet)."""
    return patch(data or tender(), "xl/worksheets/sheet1.xml", change)


# file name → its bytes
BUILDERS: dict[str, Callable[[], bytes]] = {
    # the file is no workbook at all
    "empty.xlsx": lambda: b"",
    "binary-noise.xlsx": lambda: random.Random(6).randbytes(4096),
    "csv-renamed.xlsx": lambda: b"kenmerk;soort;opdrachtwaarde\nC-1;werken;300000\n",
    "xls-renamed.xlsx": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(7).randbytes(4088),
    "truncated.xlsx": lambda: normalise(tender())[:-300],
    "zip-without-workbook.xlsx": lambda: patch_zip({"word/document.xml": b"<document/>"}),
    "corrupt-sheet-xml.xlsx": lambda: sheet_xml(lambda xml: xml.replace(b"</sheetData>", b"<row")),
    "not-utf8-xml.xlsx": lambda: sheet_xml(lambda xml: xml.replace(b"Onderhoud", b"Onderh\xe9ud")),
    # the workbook has not the sheets or headers sroi reads
    "no-contracten-sheet.xlsx": lambda: book({"Blad1": [CONTRACT_HEADERS, contract()]}),
    "header-only.xlsx": lambda: book({"Contracten": [CONTRACT_HEADERS], "Bijdragen": [CONTRIBUTION_HEADERS]}),
    "no-headers.xlsx": lambda: book({"Contracten": [contract(), contract(id="C-2")]}),
    "garbage-header.xlsx": lambda: book({"Contracten": [["foo", "bar", "baz"], [1, 2, 3]]}),
    "missing-id-column.xlsx": lambda: book(
        {"Contracten": [CONTRACT_HEADERS[1:], contract()[1:]]},
    ),
    "unknown-header.xlsx": lambda: tender(
        contract_headers=[h.replace("Opdrachtwaarde", "Opdrachtwaardee") for h in CONTRACT_HEADERS]
    ),
    "merged-header.xlsx": lambda: book(
        {
            "Contracten": [
                ["Kenmerk", "Soort", "Periode", None, "Opdrachtwaarde"],
                [None, None, "Startdatum", "Einddatum", None],
                ["C-1", "werken", dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31), 300000],
            ]
        },
        {"Contracten": ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]},
    ),
    # a value of the wrong kind, in each kind of column
    "bad-money.xlsx": lambda: tender([contract(value="drie ton")]),
    "bad-date.xlsx": lambda: tender([contract(start="1 maart")]),
    "impossible-date.xlsx": lambda: tender([contract(start="2026-02-30")]),
    "bad-share.xlsx": lambda: tender(
        [[*contract(), "veel"]], contract_headers=[*CONTRACT_HEADERS, "Arbeidsaandeel"]
    ),
    "bad-int.xlsx": lambda: tender(
        [[*contract(), "drie"]], contract_headers=[*CONTRACT_HEADERS, "Afgesproken plaatsingen"]
    ),
    "bad-bool.xlsx": lambda: tender(contributions=[contribution(register="misschien")]),
    "bad-type.xlsx": lambda: tender([contract(type="bouw")]),
    "bad-status.xlsx": lambda: tender([contract(status="bezig")]),
    "bad-contribution-status.xlsx": lambda: tender(contributions=[contribution(status="klaar")]),
    "bad-hours.xlsx": lambda: tender(contributions=[contribution(hours="fulltime")]),
    "too-many-hours.xlsx": lambda: tender(contributions=[contribution(hours=200)]),
    "negative-amount.xlsx": lambda: tender([contract(value=-5)]),
    "absurd-amount.xlsx": lambda: tender([contract(value=1e30)]),
    "formula-no-cache.xlsx": lambda: tender([contract(value="=250000*1.2")]),
    "error-cell.xlsx": lambda: tender([contract(value="#REF!")]),
    # records that do not fit together, or name what is not there
    "duplicate-id.xlsx": lambda: tender([contract(), contract(title="Ander")]),
    "orphan.xlsx": lambda: tender(contributions=[contribution(contract="C-9")]),
    "unknown-block.xlsx": lambda: tender(contributions=[contribution(block="particiaptiewet")]),
    "unknown-bonus.xlsx": lambda: tender(contributions=[contribution(bonuses="age_56_plus")]),
    # hostile and personal values
    "enormous-string.xlsx": lambda: tender(contributions=[contribution(block="X" * 2**20)]),
    "bsn-candidate.xlsx": lambda: tender(contributions=[contribution(candidate="123456782")]),
    "bsn-number.xlsx": lambda: tender(contributions=[contribution(candidate=123456782)]),
}


def patch_zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def main(folder: Path = HERE) -> None:
    for name, build in BUILDERS.items():
        data = build()
        (folder / name).write_bytes(data if name == "truncated.xlsx" else normalise(data))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
