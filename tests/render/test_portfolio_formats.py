"""A batch report in xlsx and md carries the portfolio views, and their figures add up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

YEAR = str(Path(__file__).parents[2] / "examples" / "contracts-2026.yaml")


def test_xlsx_has_a_sheet_per_grouping_that_adds_up(tmp_path: Path) -> None:
    target = tmp_path / "year.xlsx"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            YEAR,
            "--as-of",
            "2026-11-23",
            "-o",
            str(target),
            "-g",
            "category",
            "-g",
            "supplier,quarter",
            "--lang",
            "nl",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 1, result.stderr  # one contract ended non-compliant
    book = load_workbook(target)
    assert book.sheetnames[4:] == [
        "Totalen per categorie",
        "Totalen per opdrachtnemer × kwa",
        "Mensen",
        "Pijplijn",
    ]
    contracts = book["Contracten"] if "Contracten" in book.sheetnames else book.worksheets[1]
    obligations = [c.value for (c,) in contracts.iter_rows(min_row=2, min_col=1, max_col=1)]
    by_category = book["Totalen per categorie"]
    rows = list(by_category.iter_rows(min_row=2, values_only=True))
    assert sum(r[1] for r in rows) == len(obligations) == 9
    assert sum(Decimal(str(r[3])) for r in rows) == Decimal("598500.00")
    assert by_category.cell(row=2, column=4).number_format == '"€ "#,##0.00'
    pipeline = list(book["Pijplijn"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in pipeline] == ["2027-Q1", "2027-Q2"]
    assert len(book.worksheets[0]._charts) == 2  # obligation against realised, and the verdicts


def test_md_has_the_portfolio_views() -> None:
    result = CliRunner().invoke(
        app, ["batch", YEAR, "--as-of", "2026-11-23", "-f", "md"], catch_exceptions=False
    )
    out = result.stdout
    for heading in (
        "## Totals by category",
        "## Totals by authority",
        "## Totals by verdict",
        "## People",
        "## Pipeline: planned and tendering contracts",
    ):
        assert heading in out
    assert "| Bouw & Infra | 4 | 4 | €374,500.00 | €157,603.78 | €245,569.06 | €60,000.00 |" in out
