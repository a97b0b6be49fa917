"""Every report format is written for a portfolio of several hundred contracts and read back whole
(the terminal table of a batch: its first `capped.TERMINAL` contracts, and a note that says so)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render import capped

COUNT = 320


def _portfolio(path: Path) -> Path:
    lines = ["contracts:"]
    for n in range(COUNT):
        lines += [
            f"  - id: P-{n:04d}",
            "    type: services",
            f'    value_excl_vat: "{400000 + n * 1000}.00"',
            "    start: 2026-01-01",
            "    end: 2027-12-31",
            "    rules: haaglanden",
        ]
    lines += ["contributions:"]
    for n in range(0, COUNT, 3):
        lines += [
            f"  - contract: P-{n:04d}",
            "    block: social_purchase",
            '    amount: "5000.00"',
            "    date: 2026-06-30",
            "    status: accepted",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _portfolio(tmp_path_factory.mktemp("big") / "portfolio.yaml")


def _ids() -> set[str]:
    return {f"P-{n:04d}" for n in range(COUNT)}


def _write(portfolio: Path, target: Path, fmt: str, command: str = "batch") -> None:
    result = CliRunner().invoke(
        app,
        [command, str(portfolio), "--as-of", "2026-11-23", "-f", fmt, "-o", str(target), "--quiet"]
        if command == "batch"
        else [command, str(portfolio), "--as-of", "2026-11-23", "-f", fmt, "-o", str(target)],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.stderr
    assert target.is_file()


@pytest.mark.parametrize("command", ["batch", "check"])
def test_xlsx_for_hundreds_of_contracts(portfolio: Path, tmp_path: Path, command: str) -> None:
    target = tmp_path / "report.xlsx"
    _write(portfolio, target, "xlsx", command)
    book = load_workbook(target)
    contracts = book.worksheets[1]
    ids = {row[0] for row in contracts.iter_rows(min_row=2, max_col=1, values_only=True) if row[0]}
    assert _ids() <= ids
    chart = book.worksheets[0]._charts[0]
    title = "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
    assert f"{COUNT}" in title  # the title says the chart shows the first 50 of them


@pytest.mark.parametrize("command", ["batch", "check"])
def test_json_for_hundreds_of_contracts(portfolio: Path, tmp_path: Path, command: str) -> None:
    target = tmp_path / "report.json"
    _write(portfolio, target, "json", command)
    report = json.loads(target.read_text(encoding="utf-8"))
    assert {c["id"] for c in report["contracts"]} == _ids()
    assert report["summary"]["contracts"] == COUNT


@pytest.mark.parametrize("command", ["batch", "check"])
def test_csv_for_hundreds_of_contracts(portfolio: Path, tmp_path: Path, command: str) -> None:
    target = tmp_path / "report.csv"
    _write(portfolio, target, "csv", command)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert {row[0] for row in rows[1:]} >= _ids()


@pytest.mark.parametrize("fmt", ["md", "html", "table"])
@pytest.mark.parametrize("command", ["batch", "check"])
def test_text_formats_for_hundreds_of_contracts(
    portfolio: Path, tmp_path: Path, fmt: str, command: str
) -> None:
    target = tmp_path / f"report.{fmt}"
    _write(portfolio, target, fmt, command)
    text = target.read_text(encoding="utf-8")
    if command == "batch" and fmt == "table":  # a terminal shows a batch's first TERMINAL contracts
        first = {f"P-{n:04d}" for n in range(capped.TERMINAL)}
        assert all(contract_id in text for contract_id in first)
        assert not any(contract_id in text for contract_id in _ids() - first)
        assert f"First {capped.TERMINAL} of {COUNT} contracts; -f csv or -f xlsx has all of them." in text
        return
    assert all(contract_id in text for contract_id in _ids())  # under PAGE: an HTML page has them all
    assert "First " not in text


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_page_of_a_batch_shows_its_first_page_and_says_so(
    portfolio: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, lang: str
) -> None:
    """A page holds the first `capped.PAGE` contracts of a batch (set to 40 here), with a note in the
    reader's language; a check of the same file is never cut."""
    monkeypatch.setattr(capped, "PAGE", 40)
    target = tmp_path / f"report.{fmt}"
    args = ["batch", str(portfolio), "--as-of", "2026-11-23", "-f", fmt, "-o", str(target), "-q"]
    result = CliRunner().invoke(
        app,
        [*args, "--lang", lang],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.stderr
    text = target.read_text(encoding="utf-8")
    text = re.sub(r"<svg.*?</svg>", "", text, flags=re.S)  # the chart: the largest shortfalls, any of them
    first = {f"P-{n:04d}" for n in range(40)}
    assert all(contract_id in text for contract_id in first)
    assert not any(contract_id in text for contract_id in _ids() - first)
    note = {
        "en": f"First 40 of {COUNT} contracts; -f csv or -f xlsx has all of them.",
        "nl": f"De eerste 40 van {COUNT} contracten; -f csv of -f xlsx heeft ze allemaal.",
    }[lang]
    assert note in text
