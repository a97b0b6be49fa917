"""The CSV report: one row per contract, every figure exact and equal to the JSON reference, in
the dialect Excel in the user's locale splits on a double-click (or plain, for programs)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.report import Report
from sroi_cli.io.csvfiles import read_csv
from sroi_cli.io.own_reports import mark_of_file
from sroi_cli.render import CsvDialect, RenderOptions, get_renderer
from sroi_cli.render.json_out import report_json

ROOT = Path(__file__).parents[2]
MONEY = {"Obligation": "obligation", "Shortfall": "shortfall", "Value excl. VAT": "value_excl_vat"}


def written(report: Report, lang: str = "en", dialect: CsvDialect | None = None) -> str:
    out = io.StringIO()
    get_renderer("csv").render(report, out, RenderOptions(lang=lang, csv_dialect=dialect))
    return out.getvalue()


def rows(report: Report, lang: str = "en", dialect: CsvDialect | None = None) -> list[dict[str, str]]:
    """Read back as a spreadsheet would: the BOM dropped, split on the dialect's delimiter."""
    text = written(report, lang, dialect).removeprefix("\ufeff")
    delimiter = ";" if (dialect or ("excel-nl" if lang == "nl" else "rfc4180")) == "excel-nl" else ","
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_money_is_plain_and_equal_to_the_json_report(portfolio: Report) -> None:
    reference = report_json(portfolio, "en")["contracts"]
    found = rows(portfolio)
    assert [r["Contract"] for r in found] == [c["id"] for c in reference]
    headers = {
        "Obligation": "obligation",
        "Realised": "realised",
        "Planned": "planned",
        "Expected by now": "expected_to_date",
        "Shortfall": "shortfall",
        "Penalty": "penalty",
        "Value excl. VAT": "value_excl_vat",
        "FTE-years": "fte_years",
    }
    for row, contract in zip(found, reference, strict=True):
        for header, key in headers.items():
            assert row[header] == contract[key], (contract["id"], header)


def test_headers_follow_the_language(portfolio: Report) -> None:
    first = rows(portfolio, "nl")[0]
    assert first["Oordeel"] == "voldaan"
    assert first["Verplichting"] == "30000,00"
    assert first["Startdatum"] == "2025-01-01"


def test_text_that_would_run_as_a_formula_is_neutralised(hostile: Report) -> None:
    (row,) = rows(hostile)
    assert row["Contract"] == "'=EVIL"
    assert row["Title"] == '\'=HYPERLINK("http://example.com","click")'
    assert row["Authority"] == "'@SUM(A1)"
    assert row["Category"] == "'-2+3"
    assert row["Supplier"] == "'+31 70 123 4567"
    assert row["Obligation"] == "15000.00"  # figures are never touched


def test_dutch_is_written_for_dutch_excel_by_default(portfolio: Report) -> None:
    text = written(portfolio, "nl")
    assert text.startswith("\ufeffContract;Omschrijving;Oordeel;")  # BOM, then `;` between cells
    assert "\r\n" in text and text.count("\r\n") == text.count("\n")
    reference = report_json(portfolio, "nl")["contracts"]
    found = rows(portfolio, "nl")
    assert len(found[0]) == 37  # every column split (rule-value marks, notes), the marker's last
    for row, contract in zip(found, reference, strict=True):
        assert row["Verplichting"] == contract["obligation"].replace(".", ",")  # 30000,00
        assert Decimal(row["Tekort"].replace(",", ".")) == Decimal(contract["shortfall"])
        assert row["Fte-jaren"] == contract["fte_years"].replace(".", ",")
        assert row["Startdatum"] == contract["start"]  # ISO: every Excel reads it as a date
    covered = [r["Plan dekt"] for r in found if r["Plan dekt"]]
    assert covered == ["60,49%"]  # as the table shows it, not 0.6049


def test_the_dialect_can_be_chosen(portfolio: Report) -> None:
    english_excel = written(portfolio, "en", CsvDialect.EXCEL)
    assert english_excel.startswith("\ufeffContract,Title,Verdict,")
    assert [r["Plan covers"] for r in rows(portfolio, "en", CsvDialect.EXCEL) if r["Plan covers"]] == [
        "60.49%"
    ]
    plain = rows(portfolio, "nl", CsvDialect.RFC4180)
    assert not written(portfolio, "nl", CsvDialect.RFC4180).startswith("\ufeff")
    assert plain[0]["Verplichting"] == "30000.00"
    # a bare fraction says its unit in the header
    assert [r["Plan dekt (fractie)"] for r in plain if r["Plan dekt (fractie)"]] == ["0.6049"]
    dutch_in_english = rows(portfolio, "en", CsvDialect.EXCEL_NL)
    assert dutch_in_english[0]["Obligation"] == "30000,00"


def test_formulas_stay_neutralised_in_every_dialect(hostile: Report) -> None:
    for dialect in CsvDialect:
        (row,) = rows(hostile, "en", dialect)
        assert row["Contract"] == "'=EVIL", dialect
        assert row["Category"] == "'-2+3", dialect
        assert row["Obligation"] in ("15000.00", "15000,00"), dialect


def test_the_cli_option_and_the_own_report_marker(tmp_path: Path) -> None:
    """A Dutch CSV report in a folder is still known as sroi's own: skipped by a folder read,
    refused when named, while a `;` file with a BOM written by a person is read as input."""
    (tmp_path / "portfolio.yaml").write_bytes((ROOT / "examples" / "portfolio.yaml").read_bytes())
    out = tmp_path / "rapport.csv"
    args = ["batch", str(tmp_path), "-q", "--as-of", "2026-11-23", "--lang", "nl", "-o", str(out)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.stderr
    assert out.read_bytes().startswith("\ufeffContract;".encode())
    assert mark_of_file(out) == "sroi.report/1"
    again = CliRunner().invoke(app, [*args[:-2], "-f", "json"], catch_exceptions=False)
    assert again.stderr.splitlines()[0] == f"sroi: 1 rapport overgeslagen dat sroi zelf schreef: {out}"
    named = CliRunner().invoke(app, ["check", str(out), "--lang", "en"], catch_exceptions=False)
    assert named.exit_code == 3 and "sroi wrote" in named.stderr
    english = CliRunner().invoke(
        app, [*args[:-1], str(tmp_path / "r.csv"), "--csv-dialect", "excel"], catch_exceptions=False
    )
    assert english.exit_code in (0, 1)
    assert (tmp_path / "r.csv").read_text(encoding="utf-8-sig").startswith("Contract,Omschrijving,")
    # a person's own Dutch-Excel file (`;`, BOM, CRLF) is still an input the reader takes
    own = "\ufeffid;title;type;value_excl_vat;start;end\r\nX-1;Iets;works;300000,00;2026-01-01;2026-12-31\r\n"
    (records,) = read_csv(own.encode(), "mine.csv", "contract")
    assert records.values["id"] == "X-1" and records.values["value_excl_vat"] == "300000,00"
