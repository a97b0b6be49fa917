"""calamine and openpyxl read a workbook as one: the same records, problems and cells.

calamine reads every number as a float, a date as a date, an error cell and a formula never
calculated as empty; the raw XML scan and `values.plain` make up for each. These workbooks hold
the cases where the two libraries differ, and each test reads them with both.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from sroi_cli.catalogue import error_lines, problem_text
from sroi_cli.domain.errors import InputError
from sroi_cli.io import excel, xlsx_package
from sroi_cli.io.excel import read_excel
from sroi_cli.io.records import build_portfolio

NAME = "tender.xlsx"
READERS = ("calamine", "openpyxl")


def book(path: Path, sheets: dict[str, list[list[Any]]], at: str = "A1") -> Path:
    """A workbook whose sheets' rows start at cell `at`."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    top, left = xlsx_package.coordinate(at)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.cell(row=top + r, column=left + c + 1, value=value)
    workbook.save(path)
    return path


def put_error(path: Path, sheet_no: int, cell: str, error: str) -> None:
    """Make `cell` an error cell as Excel saves one: `t="e"`, the error as its value."""
    part = f"xl/worksheets/sheet{sheet_no}.xml"
    with zipfile.ZipFile(path) as archive:
        members = {info: archive.read(info) for info in archive.infolist()}
    for info, data in members.items():
        if info.filename == part:
            xml, count = re.subn(
                rf'<c r="{cell}"[^>]*?(/>|>.*?</c>)', f'<c r="{cell}" t="e"><v>{error}</v></c>', data.decode()
            )
            assert count == 1
            members[info] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members.items():
            archive.writestr(info, data)


def outcome(path: Path, reader: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """What one reader makes of the workbook: the validated portfolio, or the problem lines."""
    monkeypatch.setattr(excel, "VALUE_READER", reader)
    try:
        portfolio = build_portfolio(read_excel(path, NAME))
    except InputError as error:
        return error_lines(error, "en")
    return [(c.model_dump(), c.origin) for c in (*portfolio.contracts, *portfolio.contributions)]


def alike(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    found = [outcome(path, reader, monkeypatch) for reader in READERS]
    assert found[0] == found[1]
    return found[0]


MARCH, FEB = dt.datetime(2026, 3, 1), dt.date(2027, 2, 28)
CONTRACTS: list[list[Any]] = [
    ["Kenmerk", "Omschrijving", "Soort", "Opdrachtwaarde", "Startdatum", "Einddatum", "Opdrachtnemer"],
    ["C-1", MARCH, "werken", 1250000, MARCH, FEB, 4711],
    ["C-2", "Schoonmaak", "diensten", 99999.99, "1-3-2026", dt.datetime(2027, 2, 28, 12, 30), None],
]
CONTRIBUTIONS: list[list[Any]] = [
    [
        *("Contract", "Bouwblok", "Kandidaat", "Uren per week", "Startdatum", "Bedrag", "Datum"),
        "Doelgroepregister",
    ],
    ["C-1", "participatiewet", 1234, 32, dt.datetime(2026, 4, 1), None, None, 1],
    ["C-1", "social_purchase", None, None, None, 12000, dt.datetime(2026, 6, 30), None],
    ["C-2", "activity", "K-2", 25.5, "01-04-2026", 0.1, None, "nee"],
]


@pytest.mark.parametrize(("at", "value_cell"), [("A1", "D2"), ("C5", "F6")])
def test_numbers_dates_and_places_read_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: str, value_cell: str
) -> None:
    path = book(tmp_path / NAME, {"Contracten": CONTRACTS, "Bijdragen": CONTRIBUTIONS}, at=at)
    (first, first_at), _, (placed, _), *_ = alike(path, monkeypatch)
    assert first["title"] == "2026-03-01"  # a date typed in a text column, as a date
    assert (first["value_excl_vat"], first["supplier"]) == (1250000, "4711")
    assert str(placed["hours_per_week"]) == "32"  # not 32.0
    assert placed["candidate"] == "1234"
    assert str(first_at.at("value_excl_vat")) == f"{NAME} Contracten!{value_cell}"


def test_value_problems_name_the_same_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    january = dt.datetime(2026, 1, 1)
    contracts = [CONTRACTS[0], ["C-1", "x", 12, 3.5, MARCH, january, "B.V."]]
    contracts.append(["C-2", "x", "werken", 1.5, MARCH, january, "B.V."])
    path = book(tmp_path / NAME, {"Contracten": contracts, "Bijdragen": [CONTRIBUTIONS[0]]})
    lines = alike(path, monkeypatch)
    assert lines[0] == f"{NAME} Contracten!C2: type: found 12, expected one of: works, services, supplies"
    assert lines[1] == f"{NAME} Contracten!A3: contract: end 2026-01-01 is before start 2026-03-01"


def test_a_bsn_typed_as_a_number_is_refused_by_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contributions = [CONTRIBUTIONS[0], ["C-1", "participatiewet", 123456782, 32, MARCH]]
    path = book(tmp_path / NAME, {"Contracten": CONTRACTS[:2], "Bijdragen": contributions})
    lines = alike(path, monkeypatch)
    assert len(lines) == 1 and lines[0].startswith(f"{NAME} Bijdragen!C2: ")
    assert "123456782" not in lines[0]


def test_an_error_cell_is_a_problem_in_the_table_and_none_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contracts = [[*CONTRACTS[0], None, None], [*CONTRACTS[1], None, 1], [*CONTRACTS[2], None, 2]]
    path = book(tmp_path / NAME, {"Contracten": contracts})
    put_error(path, 1, "I2", "#N/A")  # under no header: ignored
    assert len(alike(path, monkeypatch)) == 2
    put_error(path, 1, "D3", "#REF!")
    assert alike(path, monkeypatch) == [f"{NAME} Contracten!D3: the cell shows the error #REF!"]


def test_a_numeric_header_is_shown_as_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contracts = [[*CONTRACTS[0], 2026], [*CONTRACTS[1], 1]]
    path = book(tmp_path / NAME, {"Contracten": contracts})
    # a header sroi does not know and nothing like a known one: left unread, with a warning (#9 item 11)
    for reader in READERS:
        monkeypatch.setattr(excel, "VALUE_READER", reader)
        notices = build_portfolio(read_excel(path, NAME)).notices
        assert [problem_text(p, "en") for p in notices] == [
            f"{NAME} Contracten!H1: column '2026' ignored: it is not a field sroi reads"
        ]


def test_the_scan_finds_formulas_errors_and_merges_across_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[Any]] = [["Contracten"], CONTRACTS[0]]
    rows += [[f"C-{n}", "x", "werken", 1000, "2026-01-01", "2026-12-31", "=A3"] for n in range(300)]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Contracten"
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A1:G1")
    path = tmp_path / NAME
    workbook.save(path)
    monkeypatch.setattr(xlsx_package, "SCAN_CHUNK", 97)  # every row cut somewhere
    with zipfile.ZipFile(path) as archive:
        scan = xlsx_package.scan_sheet(archive, "xl/worksheets/sheet1.xml", NAME)
    assert (scan.formulas, scan.uncached, scan.plain) == (True, True, False)  # openpyxl saves no results
    assert scan.merges.ranges == [(1, 1, 0, 6)]
    put_error(path, 1, "D200", "#DIV/0!")
    with zipfile.ZipFile(path) as archive:
        scan = xlsx_package.scan_sheet(archive, "xl/worksheets/sheet1.xml", NAME)
    assert scan.errors == {200: {3: "#DIV/0!"}}


def test_a_damaged_sheet_is_said_by_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = book(tmp_path / NAME, {"Contracten": CONTRACTS})
    with zipfile.ZipFile(path) as archive:
        members = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in members.items():
            broken = data.replace(b"</sheetData>", b"<row") if "worksheets" in info.filename else data
            archive.writestr(info, broken)
    for reader in READERS:
        lines = outcome(path, reader, monkeypatch)
        assert len(lines) == 1
        assert lines[0].startswith(f"{NAME} Contracten: cannot read the file: the workbook is damaged")
