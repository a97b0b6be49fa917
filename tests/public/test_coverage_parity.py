"""TenderNed's workbook and the same notices as OCDS give the same coverage figures."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sroi_cli.app import Settings
from sroi_cli.app.coverage import coverage
from sroi_cli.cli import app

AS_OF = dt.date(2026, 12, 1)


def figures(path: Path) -> dict[str, Any]:
    """The report without what names the file: its inputs and each default's place."""
    data = coverage([path], Settings(as_of=AS_OF)).model_dump(mode="json")
    data.pop("input")
    for note in data["notes"]:
        note.pop("place")
    return data


@pytest.mark.parametrize(
    "other", ["tenderned-ocds.jsonl", "tenderned-ocds.jsonl.gz", "release-package.json", "tenderned-old.xlsx"]
)
def test_ocds_and_old_layout_give_the_same_figures_as_the_workbook(public: Path, other: str) -> None:
    workbook = figures(public / "tenderned-dataset.xlsx")
    assert workbook["totals"]["lots"] > 200  # awarded lots: most of the 300 made
    assert workbook["totals"]["applicable"] > 0 and workbook["flags"] and workbook["pipeline"]
    assert figures(public / other) == workbook


def test_done_when_the_html_report_is_written(public: Path, tmp_path: Path) -> None:
    target = tmp_path / "coverage.html"
    result = CliRunner().invoke(
        app,
        ["coverage", str(public / "tenderned-dataset.xlsx"), "--as-of", "2026-12-01", "-o", str(target)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    for heading in ("Per authority and year", "Audit flags", "Pipeline: announced, not yet awarded"):
        assert f"<h2>{heading}" in page
    assert "Gemeente Den Haag" in page and "https://www.tenderned.nl/aankondigingen/overzicht/" in page
    assert "awarded lots" in result.stderr


def test_every_format_renders_and_json_carries_the_figures(public: Path, tmp_path: Path) -> None:
    source = str(public / "tenderned-ocds.jsonl")
    runner = CliRunner()
    for fmt in ("table", "json", "csv", "md", "xlsx", "html"):
        out = tmp_path / f"coverage.{fmt}"
        result = runner.invoke(
            app,
            ["coverage", source, "--as-of", "2026-12-01", "-f", fmt, "-o", str(out)],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, (fmt, result.output)
        assert out.stat().st_size > 0
    data = json.loads((tmp_path / "coverage.json").read_text(encoding="utf-8"))
    assert data["schema"] == "sroi.coverage/1"
    assert sum(r["lots"] for r in data["rows"]) == data["totals"]["lots"]
    csv_text = (tmp_path / "coverage.csv").read_text(encoding="utf-8")
    assert csv_text.startswith("# coverage\n") and "\n# flags\n" in csv_text
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "coverage.xlsx", read_only=True)
    assert "Per authority and year" in book.sheetnames
    sheet = book["Per authority and year"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "authority" and rows[-1][0] == "total"
    assert rows[-1][3] == data["totals"]["lots"]


def test_the_coverage_csv_is_written_for_dutch_excel_in_dutch(public: Path, tmp_path: Path) -> None:
    import csv
    import io

    source = str(public / "tenderned-ocds.jsonl")
    args = ["coverage", source, "--as-of", "2026-12-01", "-f", "csv", "--fail-on", "never"]
    runs = {}
    for dialect in ("excel-nl", "rfc4180"):
        out = tmp_path / f"coverage.{dialect}.csv"
        result = CliRunner().invoke(
            app, [*args[:-2], "--lang", "nl", "--csv-dialect", dialect, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        runs[dialect] = out.read_bytes()
    dutch = runs["excel-nl"].decode("utf-8")
    assert dutch.startswith("\ufeff# coverage\r\n")
    rows = list(csv.reader(io.StringIO(dutch.removeprefix("\ufeff"), newline=""), delimiter=";"))
    plain = list(csv.reader(io.StringIO(runs["rfc4180"].decode("utf-8"), newline="")))
    assert len(rows) == len(plain) and len(rows[1]) == len(plain[1]) > 3  # every column split on `;`
    shares = {j for j, h in enumerate(plain[1]) if h.endswith("(fractie)")}
    assert shares and not any(h.endswith("(fractie)") for h in rows[1])  # `57,14%` says its unit
    checked = 0
    for got, exact in zip(rows[2:], plain[2:], strict=True):
        if not got or got[0].startswith("#") or got == rows[1]:
            continue
        for j, (a, b) in enumerate(zip(got, exact, strict=True)):
            if j in shares and b:
                percent = f"{Decimal(b) * 100:.2f}".rstrip("0").rstrip(".")
                assert a == percent.replace(".", ",") + "%", (a, b)
                checked += 1
            elif b.replace(".", "", 1).isdigit() and "." in b:
                assert a == b.replace(".", ","), (a, b)  # decimal comma, the same figure
                checked += 1
    assert checked > 10
    default = CliRunner().invoke(app, [*args[:-2], "--lang", "nl"])
    assert default.stdout.startswith("\ufeff# coverage")
