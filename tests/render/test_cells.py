"""The one helper that keeps report text from running as a formula, and the shared cell values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sroi_cli.domain.report import Report
from sroi_cli.render.cells import CONTRACT_COLUMNS, cell_value, neutralise, text_value


@pytest.mark.parametrize("text", ["=1+1", "+31 70", "-2+3", "@SUM(A1)", '=HYPERLINK("a")'])
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize(("text", "shown"), [("\tx", "\\tx"), ("\rx", "\\rx"), ("a\x1b[2Jb", "a\\x1b[2Jb")])
def test_control_characters_become_escapes_and_so_start_no_formula(text: str, shown: str) -> None:
    assert neutralise(text) == shown
    assert neutralise("two\nlines") == "two\nlines"  # a cell may hold lines


@pytest.mark.parametrize("text", ["", "K-0001", "Bouw & Infra", " =1", "'=1", "1+1", "€ 5"])
def test_other_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text


def test_csv_values_are_exact_text_and_cells_exact_numbers(portfolio: Report) -> None:
    contract = portfolio.contracts[1]  # DH-2024-0077: non-compliant, with a penalty
    by_header = {c.header: c for c in CONTRACT_COLUMNS}
    assert text_value(by_header["h_penalty"], contract, "nl") == "14444.44"
    assert cell_value(by_header["h_penalty"], contract, "nl") == Decimal("14444.44")
    assert text_value(by_header["h_start"], contract, "nl") == "2024-07-01"
    assert cell_value(by_header["h_start"], contract, "nl") == dt.date(2024, 7, 1)
    assert text_value(by_header["h_verdict"], contract, "nl") == "niet voldaan"
    assert text_value(by_header["h_applicable"], contract, "en") == "yes"
    assert text_value(by_header["h_coverage"], contract, "en") == ""
    assert cell_value(by_header["h_coverage"], contract, "en") is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [("DH-\x01-1", "DH-\\x01-1"), ("T\x1b[31m", "T\\x1b[31m"), ("\x00", "\\x00"), ("=\x07", "'=\\x07")],
)
def test_control_characters_a_workbook_cannot_hold_are_escaped(text: str, shown: str) -> None:
    """openpyxl refuses them (IllegalCharacterError: the xlsx report crashed); a newline stays."""
    assert neutralise(text) == shown
    assert neutralise("a\tb\nc") == "a\\tb\nc"


def test_an_xlsx_report_of_control_characters_is_written(tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from typer.testing import CliRunner

    from sroi_cli.cli import app

    source = tmp_path / "in.yaml"
    source.write_text(
        'contract:\n  id: "DH-\\x01-1"\n  title: "T\\e[31m\\a"\n  type: services\n'
        '  value_excl_vat: "1000000.00"\n  start: 2026-01-01\n  end: 2027-12-31\n  rules: haaglanden\n',
        encoding="utf-8",
    )
    out = tmp_path / "report.xlsx"
    args = ["check", str(source), "--as-of", "2026-06-01", "-f", "xlsx", "-o", str(out)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    book = load_workbook(out)
    values = [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row]
    assert "DH-\\x01-1" in values
