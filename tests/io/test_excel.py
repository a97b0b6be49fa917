"""The Excel reader: workbooks as buyers fill them in, and every way one can be wrong, located."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from sroi_cli.catalogue import error_lines
from sroi_cli.domain.errors import InputError
from sroi_cli.domain.inputs import Portfolio
from sroi_cli.domain.location import Location
from sroi_cli.io import excel
from sroi_cli.io.excel import read_excel
from sroi_cli.io.records import build_portfolio

NAME = "tender.xlsx"
CONTRACT_HEADERS = [
    "Kenmerk",
    "Omschrijving",
    "Soort",
    "Opdrachtwaarde (excl. btw)",
    "Startdatum",
    "Einddatum",
]
CONTRACT_ROW = ["RWS-1", "Onderhoud vaarwegen", "werken", 1250000.1, dt.datetime(2026, 3, 1), "28-02-2028"]
CONTRIBUTION_HEADERS = ["Kenmerk", "Bouwblok", "Kandidaat", "Uren per week", "Startdatum", "Einddatum"]


@pytest.fixture(autouse=True, params=["calamine", "openpyxl"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with each library reading the values: they must read as one."""
    monkeypatch.setattr(excel, "VALUE_READER", request.param)
    return str(request.param)


def make_book(
    path: Path, sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None
) -> Path:
    """A workbook with one sheet per entry, rows appended in order ([] is an empty row)."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for ref in (merges or {}).get(title, []):
            sheet.merge_cells(ref)
    book.save(path)
    return path


def save_result(path: Path, sheet_no: int, cell: str, value: str, kind: str = "") -> None:
    """Store a formula's result as Excel does on save (`<v>` after `<f>`); openpyxl stores none."""
    part = f"xl/worksheets/sheet{sheet_no}.xml"
    pattern = re.compile(rf'<c r="{cell}"([^>]*)>(<f>.*?</f>)<v\s*/>')
    kind_attr = f' t="{kind}"' if kind else ""
    with zipfile.ZipFile(path) as archive:
        members = {info: archive.read(info) for info in archive.infolist()}
    for info, data in members.items():
        if info.filename == part:
            xml, count = pattern.subn(
                lambda m: f'<c r="{cell}"{m.group(1)}{kind_attr}>{m.group(2)}<v>{value}</v>', data.decode()
            )
            assert count == 1, f"no formula at {cell}"
            members[info] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members.items():
            archive.writestr(info, data)


def portfolio(path: Path) -> Portfolio:
    return build_portfolio(read_excel(path, NAME))


def problems(path: Path, lang: str = "en") -> list[str]:
    with pytest.raises(InputError) as caught:
        portfolio(path)
    return error_lines(caught.value, lang)


def test_dutch_table_below_a_title_with_empty_rows_and_text_dates(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [
                ["Overzicht SROI-contracten 2026"],
                [],
                [*CONTRACT_HEADERS, "Loonsom", "PSO trede", "PSO geldig vanaf", "PSO geldig tot"],
                [*CONTRACT_ROW, None, "trede_2", "01-01-2025", dt.datetime(2027, 12, 31)],
                [],
                ["RWS-2", "Schoonmaak", "Diensten", "€ 1.250.000,00", "1-3-2026", "2028-02-29", "400000"],
            ],
            "Bijdragen": [
                ["Bijdragen per contract"],
                [*CONTRIBUTION_HEADERS, "Doelgroepregister", "Bonussen"],
                [
                    "RWS-1",
                    "participatiewet",
                    "K-0007",
                    32,
                    dt.datetime(2026, 4, 1),
                    None,
                    "ja",
                    "age_50_plus, long_term",
                ],
                [None, None, None, None, None, None],
                ["RWS-2", "participatiewet", "K-0008", "25,5", "01-04-2026", "31-03-2027", "nee"],
            ],
        },
        merges={"Contracten": ["A1:F1"]},
    )
    result = portfolio(path)
    first, second = result.contracts
    assert (first.id, first.type, first.value_excl_vat) == ("RWS-1", "works", Decimal("1250000.1"))
    assert (first.start, first.end) == (dt.date(2026, 3, 1), dt.date(2028, 2, 28))
    assert first.pso is not None
    assert (first.pso.level, first.pso.valid_from) == ("trede_2", dt.date(2025, 1, 1))
    assert first.pso.valid_until == dt.date(2027, 12, 31)
    assert (second.type, second.value_excl_vat, second.wage_bill) == (
        "services",
        Decimal("1250000.00"),
        Decimal("400000"),
    )
    assert second.start == dt.date(2026, 3, 1)
    one, two = result.contributions
    assert (one.contract, one.hours_per_week, one.doelgroepregister) == ("RWS-1", Decimal(32), True)
    assert one.bonuses == ("age_50_plus", "long_term")
    assert (two.hours_per_week, two.end) == (Decimal("25.5"), dt.date(2027, 3, 31))
    assert first.origin is not None and two.origin is not None
    assert first.origin.at("value_excl_vat") == Location("tender.xlsx", sheet="Contracten", cell="D4")
    assert str(two.origin.at("hours_per_week")) == "tender.xlsx Bijdragen!D5"
    assert str(two.origin.at()) == "tender.xlsx Bijdragen!A5"


def test_english_names_in_any_case_and_nested_fields(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "CONTRACTS": [
                [
                    "ID",
                    "Title",
                    "Type",
                    "value_excl_vat",
                    "Start",
                    "End",
                    "Agreed obligation",
                    "Valuation",
                    "award_date",
                    "Rules",
                ],
                [
                    "A-1",
                    "Works",
                    "works",
                    1000000,
                    "2026-01-01",
                    "2026-12-31",
                    "40000.00",
                    "haaglanden",
                    "2025-12-01",
                    "rijk",
                ],
            ],
            " contributions ": [
                ["Contract", "Block", "Amount", "Date", "Status"],
                ["A-1", "social_purchase", "12000.00", "30-06-2026", "Geaccepteerd"],
            ],
        },
    )
    result = portfolio(path)
    contract = result.contracts[0]
    assert contract.agreed is not None
    assert (contract.agreed.obligation, contract.agreed.valuation) == (Decimal("40000.00"), "haaglanden")
    assert (contract.award_date, contract.rules) == (dt.date(2025, 12, 1), "rijk")
    contribution = result.contributions[0]
    assert (contribution.amount, contribution.date) == (Decimal("12000.00"), dt.date(2026, 6, 30))
    assert contribution.status == "accepted"


def test_merged_cells_read_as_their_top_left_value(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [CONTRACT_HEADERS, CONTRACT_ROW],
            "Bijdragen": [
                CONTRIBUTION_HEADERS,
                ["RWS-1", "participatiewet", "K-1", 32],
                [None, None, "K-2", 24],
                [None, None, "K-3", 16],
                [],
            ],
        },
        merges={"Bijdragen": ["A2:A5", "B2:B4"]},
    )
    contributions = portfolio(path).contributions
    assert [(c.contract, c.block, c.candidate) for c in contributions] == [
        ("RWS-1", "participatiewet", "K-1"),
        ("RWS-1", "participatiewet", "K-2"),
        ("RWS-1", "participatiewet", "K-3"),
    ]  # row 5 holds only the merged-down contract: an empty row, skipped


def test_a_formula_reads_as_its_saved_result(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [
                [*CONTRACT_HEADERS, "Regels"],
                [
                    "RWS-1",
                    '="Onderhoud"',
                    "werken",
                    "=1000000*2.5",
                    dt.datetime(2026, 3, 1),
                    "28-02-2028",
                    '=IF(1=1,"","rijk")',
                ],
            ],
        },
    )
    save_result(path, 1, "D2", "2500000")
    save_result(path, 1, "B2", "Onderhoud", kind="str")
    save_result(path, 1, "G2", "", kind="str")  # a formula whose result is "": a blank cell
    contract = portfolio(path).contracts[0]
    assert (contract.value_excl_vat, contract.title, contract.rules) == (
        Decimal("2500000"),
        "Onderhoud",
        None,
    )


def test_a_formula_without_a_saved_result_is_an_error_at_its_cell(tmp_path: Path) -> None:
    rows: list[list[Any]] = (
        [["Bijdragen"]]
        + [[] for _ in range(9)]
        + [
            CONTRIBUTION_HEADERS,
            ["RWS-1", "participatiewet", "K-1", 32, "01-04-2026", "=E12+365"],
        ]
    )
    path = make_book(tmp_path / NAME, {"Contracten": [CONTRACT_HEADERS, CONTRACT_ROW], "Bijdragen": rows})
    assert problems(path) == [
        "tender.xlsx Bijdragen!F12: the formula '=E12+365' has no saved result; open the file in "
        "Excel or LibreOffice and save it again"
    ]
    assert problems(path, "nl") == [
        "tender.xlsx Bijdragen!F12: de formule '=E12+365' heeft geen opgeslagen uitkomst; open het "
        "bestand in Excel of LibreOffice en sla het opnieuw op"
    ]


def test_a_formula_showing_an_error_is_an_error_at_its_cell(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME, {"Contracten": [CONTRACT_HEADERS, [*CONTRACT_ROW[:3], "=1/0", *CONTRACT_ROW[4:]]]}
    )
    save_result(path, 1, "D2", "#DIV/0!", kind="e")
    assert problems(path) == ["tender.xlsx Contracten!D2: the cell shows the error #DIV/0!"]


def test_single_tender_as_a_field_value_sheet(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contract": [
                ["Aanbesteding onderhoud vaarwegen"],
                ["Veld", "Waarde"],
                ["Kenmerk", "RWS-2026-0042"],
                ["Omschrijving", "Onderhoud vaarwegen Noord"],
                [],
                ["Soort opdracht", "werken"],
                ["Opdrachtwaarde excl. btw", "€ 1.250.000,00"],
                ["Startdatum", dt.datetime(2026, 3, 1)],
                ["Einddatum:", "29-02-2028"],
                ["Afgesproken percentage", "5%"],
                ["Opdrachtnemer", None],
            ],
            "Bijdragen": [
                ["Bouwblok", "Kandidaat", "Uren per week", "Startdatum"],
                ["participatiewet", "K-1", 32, "01-04-2026"],
            ],
        },
    )
    result = portfolio(path)
    contract = result.contracts[0]
    assert (contract.id, contract.value_excl_vat, contract.end) == (
        "RWS-2026-0042",
        Decimal("1250000.00"),
        dt.date(2028, 2, 29),
    )
    assert contract.agreed is not None and contract.agreed.percentage == Decimal("0.05")
    assert contract.supplier is None
    assert contract.origin is not None and str(contract.origin.at("type")) == "tender.xlsx Contract!B6"
    assert [c.contract for c in result.contributions] == ["RWS-2026-0042"]


def test_single_tender_contributions_with_an_empty_contract_cell_belong_to_it(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "contract": [
                ["Kenmerk", "T-1"],
                ["Soort", "diensten"],
                ["Waarde", 100000],
                ["Start", "2026-01-01"],
                ["Einde", "2026-12-31"],
            ],
            "Bijdragen": [["Kenmerk", "Bouwblok", "Uren"], [None, "activity", 40], ["T-1", "activity", 8]],
        },
    )
    result = portfolio(path)
    assert [(c.contract, c.hours) for c in result.contributions] == [
        ("T-1", Decimal(40)),
        ("T-1", Decimal(8)),
    ]
    first = result.contributions[0]
    assert first.origin is not None and str(first.origin.at("contract")) == "tender.xlsx contract!B1"


def test_formulas_outside_the_table_are_not_read(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {"Contracten": [["=TODAY()"], [*CONTRACT_HEADERS, None], [*CONTRACT_ROW, "=A3&B3"]]},
    )
    assert [c.id for c in portfolio(path).contracts] == ["RWS-1"]


def test_single_tender_errors_name_the_value_cell(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contract": [
                ["Kenmerk", "T-1"],
                ["Soort", "werken"],
                ["Opdrachtwaarde", "veel"],
                ["Start", "2026-01-01"],
                ["Einde", "2026-12-31"],
            ],
            "Bijdragen": [["Bouwblok", "Uren"], ["activity", "twee"]],
        },
    )
    assert problems(path) == [
        "tender.xlsx Contract!B3: value_excl_vat: found 'veel', expected an amount such as "
        "1250000.00 or € 1.250.000,00",
        "tender.xlsx Bijdragen!B2: hours: found 'twee', expected a number such as 32 or 25,5",
    ]


def test_single_tender_sheet_without_an_id(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contract": [["Omschrijving", "X"], ["Kenmerk", None]]})
    assert problems(path) == ["tender.xlsx Contract!B2: id is missing; it is required"]


def test_a_contract_sheet_laid_out_as_a_table_is_read_as_one(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contract": [CONTRACT_HEADERS, CONTRACT_ROW]})
    assert [c.id for c in portfolio(path).contracts] == ["RWS-1"]


def test_unknown_header_is_located_with_a_suggestion(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [
                ["Contracten"],
                [*CONTRACT_HEADERS, "Loonsomm", None, "Opmerking"],
                [*CONTRACT_ROW, 1, "data under an empty header is ignored", "x"],
            ]
        },
    )
    # a notes column is read now (#9 item 11); a header close to a known one stays an error
    assert problems(path) == [
        "tender.xlsx Contracten!G2: unknown column 'Loonsomm'; did you mean 'loonsom'?",
    ]
    assert problems(path, "nl")[0] == (
        "tender.xlsx Contracten!G2: onbekende kolom 'Loonsomm'; bedoelt u 'loonsom'?"
    )


def test_a_field_value_sheet_with_an_unknown_label(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contract": [["Kenmerk", "T-1"], ["Opdrachtgevr", "RWS"]]})
    assert problems(path) == [
        "tender.xlsx Contract!A2: unknown column 'Opdrachtgevr'; did you mean 'opdrachtgever'?"
    ]


def test_two_columns_for_one_field(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contracten": [[*CONTRACT_HEADERS, "ID"], [*CONTRACT_ROW, "RWS-1"]]})
    assert problems(path) == [
        "tender.xlsx Contracten!G1: column 'ID' repeats field 'id' (first at tender.xlsx Contracten!A1)"
    ]


def test_contributions_without_a_contract_column(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [CONTRACT_HEADERS, CONTRACT_ROW],
            "Bijdragen": [["", "Bouwblok", "Uren"], [None, "activity", 40]],
        },
    )
    assert problems(path) == ["tender.xlsx Bijdragen!B1: the header row has no column for 'contract'"]


def test_no_header_row(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contracten": [["Contracten 2026"], ["RWS-1", "werken"]]})
    assert problems(path) == [
        "tender.xlsx Contracten: no header row in the first 20 rows; expected headers such as "
        "'kenmerk', 'omschrijving', 'soort', 'opdrachtwaarde excl. btw'"
    ]


def test_value_problems_name_sheet_and_cell(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [CONTRACT_HEADERS, [*CONTRACT_ROW[:3], "veel geld", *CONTRACT_ROW[4:]]],
            "Bijdragen": [CONTRIBUTION_HEADERS, ["RWS-1", None, "K-1", 32]],
        },
    )
    assert problems(path) == [
        "tender.xlsx Contracten!D2: value_excl_vat: found 'veel geld', expected an amount such as "
        "1250000.00 or € 1.250.000,00",
        "tender.xlsx Bijdragen!B2: block is missing; it is required",
    ]


def test_a_contribution_naming_an_unknown_contract(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {
            "Contracten": [CONTRACT_HEADERS, CONTRACT_ROW],
            "Bijdragen": [CONTRIBUTION_HEADERS, ["RWS-9", "activity"]],
        },
    )
    assert problems(path) == [
        "tender.xlsx Bijdragen!A2: contribution names contract 'RWS-9', which is not in the input"
    ]


def test_a_workbook_without_contributions_has_none(tmp_path: Path) -> None:
    path = make_book(
        tmp_path / NAME,
        {"Contracten": [CONTRACT_HEADERS, CONTRACT_ROW], "Toelichting": [["Vul het tabblad Contracten in"]]},
    )
    result = portfolio(path)
    assert (len(result.contracts), result.contributions) == (1, ())


def test_missing_contracts_sheet(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Blad1": [["x"]], "Bijdragen": [CONTRIBUTION_HEADERS]})
    assert problems(path) == [
        "tender.xlsx: no sheet with one of the names 'Contracts', 'Contracten', 'Contract'; found "
        "sheets: 'Blad1', 'Bijdragen'"
    ]


def test_two_contract_sheets(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contracts": [CONTRACT_HEADERS], "Contracten": [CONTRACT_HEADERS]})
    assert problems(path) == ["tender.xlsx: found both sheet 'Contracts' and sheet 'Contracten'; keep one"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (
            b"kenmerk;soort\nRWS-1;werken\n",
            "it is not an Excel workbook (.xlsx); save .xls or .ods files as .xlsx first",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),  # an old .xls behind an .xlsx name
            "it is not an Excel workbook (.xlsx); save .xls or .ods files as .xlsx first",
        ),
    ],
)
def test_a_file_that_is_not_a_workbook(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / NAME
    path.write_bytes(content)
    assert problems(path) == [f"tender.xlsx: cannot read the file: {reason}"]


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / NAME
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert problems(path) == [
        "tender.xlsx: cannot read the file: it is not an Excel workbook (.xlsx); save .xls or .ods "
        "files as .xlsx first"
    ]


def test_a_truncated_workbook(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contracten": [CONTRACT_HEADERS, CONTRACT_ROW]})
    path.write_bytes(path.read_bytes()[:-200])
    assert problems(path) == [
        "tender.xlsx: cannot read the file: the workbook is damaged (BadZipFile: File is not a zip file)"
    ]


def test_a_damaged_sheet(tmp_path: Path) -> None:
    path = make_book(tmp_path / NAME, {"Contracten": [CONTRACT_HEADERS, CONTRACT_ROW]})
    with zipfile.ZipFile(path) as archive:
        members = {info: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in members.items():
            broken = data.replace(b"</sheetData>", b"<row") if "worksheets" in info.filename else data
            archive.writestr(info, broken)
    lines = problems(path)
    assert len(lines) == 1
    assert lines[0].startswith("tender.xlsx Contracten: cannot read the file: the workbook is damaged")
