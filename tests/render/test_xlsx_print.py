"""The batch workbook prints: every sheet landscape on A4, one page wide, its header row on every
page, panes frozen; group keys without a value read as words; headers capitalised; chart ids slanted."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]


def batch(tmp_path: Path, lang: str) -> Path:
    target = tmp_path / f"batch.{lang}.xlsx"
    args = ["batch", str(ROOT / "examples" / "portfolio.yaml"), "-q", "--as-of", "2026-11-23"]
    args += ["-g", "supplier", "-g", "authority,category", "--lang", lang, "-o", str(target)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    return target


@pytest.fixture(params=["en", "nl"])
def book(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    return load_workbook(batch(tmp_path, request.param))


def test_every_sheet_prints_landscape_one_page_wide(book: Any) -> None:
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert setup.paperSize == 9, sheet.title  # A4
        # one page wide: fitToWidth's default in the file format is 1, which XlsxWriter leaves unsaid
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, sheet.title
        assert sheet.oddFooter.center.text == "&P / &N", sheet.title


def test_tables_repeat_their_header_row_and_freeze_it(book: Any) -> None:
    tables = book.worksheets[1:]  # the summary is a page of figures with no header row
    assert len(tables) == 7
    for sheet in tables:
        assert sheet.print_title_rows == "$1:$1", sheet.title
        assert sheet.freeze_panes in ("A2", "B2"), sheet.title
    assert book.worksheets[1].freeze_panes == "B2"  # the contract id stays in view
    assert book.worksheets[0].print_title_rows is None


def test_a_missing_supplier_reads_as_words_not_an_apostrophe(tmp_path: Path) -> None:
    for lang, word in (("en", "(no supplier)"), ("nl", "(geen leverancier)")):
        book = load_workbook(batch(tmp_path, lang))
        keys = [row[0] for row in book.worksheets[4].iter_rows(min_row=2, values_only=True)]
        assert word in keys, keys
        cells = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
        assert "'-" not in cells and "-" not in cells


def test_headers_start_with_a_capital(book: Any) -> None:
    for sheet in book.worksheets[1:]:
        for cell in sheet[1]:
            if isinstance(cell.value, str) and cell.value[:1].isalpha():
                assert cell.value[0].isupper(), (sheet.title, cell.value)
    assert book.worksheets[0]["A2"].value in ("As of", "Peildatum")


def test_chart_ids_are_slanted_and_the_legend_below(tmp_path: Path) -> None:
    with zipfile.ZipFile(batch(tmp_path, "nl")) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        contracts = archive.read(charts[0]).decode()
    assert 'rot="-2700000"' in contracts  # the contract ids under the bars, turned 45°
    assert re.search(r'<(?:c:)?legendPos val="b"\s*/>', contracts)


@pytest.mark.parametrize("fmt", ["md", "html", "table"])
def test_every_format_names_the_missing_supplier_alike(fmt: str) -> None:
    args = ["batch", str(ROOT / "examples" / "portfolio.yaml"), "-q", "--as-of", "2026-11-23"]
    result = CliRunner().invoke(
        app,
        [*args, "-g", "supplier", "-f", fmt, "--lang", "nl"],
        env={"COLUMNS": "200"},
        catch_exceptions=False,
    )
    assert "(geen leverancier)" in result.stdout
    assert "Opdrachtnemer" in result.stdout  # the key column's header, capitalised as the others


def test_the_contracts_print_the_columns_a_reader_scans_and_say_so(tmp_path: Path) -> None:
    book = load_workbook(batch(tmp_path, "en"))
    contracts = book.worksheets[1]
    assert contracts.print_area == "'Contracts'!$A$1:$J$6"  # contract to plan coverage, every row
    assert [c.value for c in contracts[1][:10]][-1] == "Plan covers"
    # the sheet itself keeps every column, the assumed and contested rule values too
    assert contracts.max_column == 36  # notes too
    assert contracts.oddFooter.left.text == "Printed: columns A to J of 36; the sheet holds them all"


def test_money_columns_of_a_grouping_are_wide_enough_for_the_amounts(tmp_path: Path) -> None:
    book = load_workbook(batch(tmp_path, "en"))
    sheet = book["Totals by supplier"]
    for column, letter in enumerate("DEFG", start=4):  # obligation, realised, shortfall, penalty
        cells = [c for (c,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column)]
        widest = max(len(f"€ {c.value:,.2f}") for c in cells)  # as the euro format shows it
        assert sheet.column_dimensions[letter].width >= widest + 2, letter
