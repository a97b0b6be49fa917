"""The CSV reader and the header aliases it shares with the Excel reader."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sroi_cli.catalogue import error_lines
from sroi_cli.domain.errors import InputError
from sroi_cli.domain.inputs import Portfolio
from sroi_cli.domain.location import Location
from sroi_cli.io.csvfiles import read_csv
from sroi_cli.io.headers import HEADERS, field_for, normalise
from sroi_cli.io.records import FIELDS, build_portfolio

CONTRACTS = "Kenmerk;Omschrijving;Soort;Opdrachtwaarde excl. btw;Startdatum;Einddatum\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def read_pair(tmp_path: Path, contracts: str, contributions: str) -> Portfolio:
    records = read_csv(write(tmp_path, "contracts.csv", contracts), "contracts.csv", "contract")
    path = write(tmp_path, "contributions.csv", contributions)
    return build_portfolio(records + read_csv(path, "contributions.csv", "contribution"))


def problems(tmp_path: Path, text: str, kind: str = "contract", encoding: str = "utf-8") -> list[str]:
    name = "contracts.csv" if kind == "contract" else "contributions.csv"
    with pytest.raises(InputError) as caught:
        build_portfolio(read_csv(write(tmp_path, name, text, encoding), name, kind))
    return error_lines(caught.value)


def test_semicolons_dutch_headers_and_dutch_values(tmp_path: Path) -> None:
    result = read_pair(
        tmp_path,
        CONTRACTS + 'RWS-1;"Onderhoud; Noord";werken;€ 1.250.000,00;01-03-2026;28-02-2028\r\n',
        "Kenmerk;Bouwblok;Kandidaat;Uren per week;Startdatum;Bonussen\n"
        'RWS-1;participatiewet;K-1;25,5;01-04-2026;"age_50_plus; long_term"\n',
    )
    contract = result.contracts[0]
    assert (contract.title, contract.value_excl_vat) == ("Onderhoud; Noord", Decimal("1250000.00"))
    assert (contract.start, contract.type) == (dt.date(2026, 3, 1), "works")
    contribution = result.contributions[0]
    assert (contribution.contract, contribution.hours_per_week) == ("RWS-1", Decimal("25.5"))
    assert contribution.bonuses == ("age_50_plus", "long_term")
    assert contribution.origin is not None and contribution.origin.at("block") == Location(
        "contributions.csv", line=2
    )


def test_commas_english_headers_and_a_byte_order_mark(tmp_path: Path) -> None:
    result = read_pair(
        tmp_path,
        "\ufeffid,title,type,value_excl_vat,start,end,pso.level,PSO valid from,pso_valid_until\n"
        'A-1,"Works, north",services,1250000.00,2026-01-01,2026-12-31,trede_1,2025-01-01,2027-01-01\n',
        "contract,block,amount,date,status\nA-1,social_purchase,12000.00,2026-06-30,accepted\n",
    )
    contract = result.contracts[0]
    assert (contract.id, contract.title, contract.type) == ("A-1", "Works, north", "services")
    assert contract.pso is not None and contract.pso.valid_until == dt.date(2027, 1, 1)
    assert result.contributions[0].amount == Decimal("12000.00")


def test_blank_lines_and_quoted_line_breaks_keep_line_numbers(tmp_path: Path) -> None:
    text = (
        CONTRACTS
        + "\n"
        + 'RWS-1;"Onderhoud\nvaarwegen";werken;100;01-03-2026;28-02-2028\n'
        + ";;;;;\n"
        + "RWS-2;X;werken;veel;01-03-2026;28-02-2028\n"
    )
    assert problems(tmp_path, text) == [
        "contracts.csv:6: value_excl_vat: found 'veel', expected an amount such as 1250000.00 or "
        "€ 1.250.000,00"
    ]


def test_a_missing_value_is_located_at_its_line(tmp_path: Path) -> None:
    text = CONTRACTS + "RWS-1;X;;100;01-03-2026;28-02-2028\n"
    assert problems(tmp_path, text) == ["contracts.csv:2: type is missing; it is required"]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    text = CONTRACTS + "RWS-1;Café;werken;100;01-03-2026;28-02-2028\n"
    assert problems(tmp_path, text, encoding="cp1252") == [
        "contracts.csv:2: not UTF-8 text (byte 0xE9); save the file as 'CSV UTF-8'"
    ]


def test_unknown_header_with_a_suggestion(tmp_path: Path) -> None:
    # a notes column is read (#9 item 11); a header close to a known one stays an error
    text = "Kenmerk,Bouwblokk,Uren,Notitie\nRWS-1,activity,40,x\n"
    assert problems(tmp_path, text, kind="contribution") == [
        "contributions.csv:1: unknown column 'Bouwblokk'; did you mean 'bouwblok'?",
    ]


def test_contributions_need_a_contract_column(tmp_path: Path) -> None:
    text = "Bouwblok;Uren\nactivity;40\n"
    assert problems(tmp_path, text, kind="contribution") == [
        "contributions.csv:1: the header row has no column for 'contract'"
    ]


def test_more_values_than_headers(tmp_path: Path) -> None:
    text = CONTRACTS + "RWS-1;X;werken;100;01-03-2026;28-02-2028;extra;;more\n"
    assert problems(tmp_path, text) == ["contracts.csv:2: 2 more values than the header has columns"]


def test_an_empty_file(tmp_path: Path) -> None:
    assert problems(tmp_path, "\ufeff\n\n") == ["contracts.csv: cannot read the file: the file is empty"]


def test_a_header_without_rows_is_no_records(tmp_path: Path) -> None:
    path = write(tmp_path, "contributions.csv", "kenmerk;bouwblok\n")
    assert read_csv(path, "contributions.csv", "contribution") == []


@pytest.mark.parametrize(
    ("header", "kind", "field"),
    [
        ("Kenmerk", "contract", "id"),
        ("Kenmerk", "contribution", "contract"),
        ("  OPDRACHTWAARDE (excl. BTW)*", "contract", "value_excl_vat"),
        ("Opdrachtwaarde", "contract", "value_excl_vat"),
        ("Afgesproken verplichting", "contract", "agreed.obligation"),
        ("agreed.placements", "contract", "agreed.placements"),
        ("PSO-trede", "contract", "pso.level"),
        ("PSO geldig tot:", "contract", "pso.valid_until"),
        ("Uren  per\u00a0week", "contribution", "hours_per_week"),
        ("hours_per_week", "contribution", "hours_per_week"),
        ("Bedrag (€)", "contribution", "amount"),
        ("Inlener", "contribution", "hirer"),
        ("Einde", "contribution", "end"),
        ("Bouwblok", "contract", None),
    ],
)
def test_header_aliases(header: str, kind: str, field: str | None) -> None:
    assert field_for(header, kind) == field


@pytest.mark.parametrize("kind", ["contract", "contribution"])
def test_every_alias_names_a_known_field_and_every_field_has_its_own_name(kind: str) -> None:
    assert set(HEADERS[kind].values()) == set(FIELDS[kind])
    for name in FIELDS[kind]:
        assert field_for(name, kind) == name
    assert all(alias == normalise(alias) for alias in HEADERS[kind])


def test_one_more_value_than_headers_is_said_in_the_singular(tmp_path: Path) -> None:
    text = CONTRACTS + "RWS-1;X;werken;100;01-03-2026;28-02-2028;extra\n"
    assert problems(tmp_path, text) == ["contracts.csv:2: 1 more value than the header has columns"]
