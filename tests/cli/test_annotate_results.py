"""`check --annotate` writes each contract's verdict, obligation and shortfall onto its own row of
the copy, so a clean workbook (no findings, no comments) still comes back as the report; the input
is never touched."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render.sheets import MONEY_FORMAT, VERDICT_FILLS

HEADERS = [
    "kenmerk",
    "omschrijving",
    "soort",
    "opdrachtwaarde excl. btw",
    "startdatum",
    "einddatum",
    "regels",
]
ROWS: list[list[Any]] = [
    ["Contracten 2026"],  # a title above the headers, as buyers make them
    HEADERS,
    [
        "HG-1",
        "Schoonmaak",
        "diensten",
        1000000,
        dt.datetime(2026, 1, 1),
        dt.datetime(2027, 12, 31),
        "haaglanden",
    ],
    ["HG-2", "Groen", "werken", 100000, dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31), "haaglanden"],
]
CONTRIBUTIONS: list[list[Any]] = [
    ["contract", "bouwblok", "kandidaat", "uren per week", "startdatum", "einddatum"],
    ["HG-1", "participatiewet", "K-1", 36, dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31)],
]


def make_book(path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in (("Contracten", ROWS), ("Bijdragen", CONTRIBUTIONS)):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def annotated(tmp_path: Path, monkeypatch: Any, lang: str) -> tuple[Any, Any, str]:
    monkeypatch.chdir(tmp_path)
    source = make_book(tmp_path / "tender.xlsx")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    args = ["check", "tender.xlsx", "--as-of", "2026-11-23", "--annotate", "-o", "checked.xlsx"]
    result = CliRunner().invoke(app, [*args, "--lang", lang, "--fail-on", "never", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before  # the input is untouched
    return load_workbook(tmp_path / "checked.xlsx"), json.loads(result.stdout), result.stderr


def test_a_clean_workbook_gets_the_results_on_its_rows(tmp_path: Path, monkeypatch: Any) -> None:
    book, report, stderr = annotated(tmp_path, monkeypatch, "nl")
    comments = [c for s in book.worksheets for row in s.iter_rows() for c in row if c.comment is not None]
    assert comments == []  # nothing to note: before, the copy was the input plus an empty findings sheet
    sheet = book["Contracten"]
    assert [c.value for c in sheet[2]][7:] == ["sroi: Oordeel", "sroi: Verplichting", "sroi: Tekort"]
    assert sheet["A1"].value == "Contracten 2026" and sheet.max_column == 10  # right of the buyer's own
    by_id = {c["id"]: c for c in report["contracts"]}
    for row in (3, 4):
        contract = by_id[sheet.cell(row=row, column=1).value]
        verdict, obligation, shortfall = (sheet.cell(row=row, column=col) for col in (8, 9, 10))
        assert Decimal(str(obligation.value)) == Decimal(contract["obligation"])
        assert Decimal(str(shortfall.value)) == Decimal(contract["shortfall"])
        assert obligation.number_format == MONEY_FORMAT
        assert verdict.fill.start_color.rgb.endswith(VERDICT_FILLS[contract["verdict"]])
    assert sheet["H3"].value == "op schema" and sheet["H4"].value == "niet van toepassing"
    assert sheet["B4"].value == "Groen"  # the buyer's own cells as they were
    assert all(c.data_type != "f" for c in sheet["H"] + sheet["I"] + sheet["J"])
    assert stderr.startswith(
        "checked.xlsx geschreven: 0 opmerkingen bij 0 cellen, op tabblad 'Bevindingen'; "
        "oordeel, verplichting en tekort op 2 contractregels"
    )


def test_in_english(tmp_path: Path, monkeypatch: Any) -> None:
    book, _, stderr = annotated(tmp_path, monkeypatch, "en")
    assert [c.value for c in book["Contracten"][2]][7:] == [
        "sroi: Verdict",
        "sroi: Obligation",
        "sroi: Shortfall",
    ]
    assert "verdict, obligation and shortfall on 2 contract rows" in stderr


def test_the_copy_reads_back_as_input_and_annotates_again_in_place(tmp_path: Path, monkeypatch: Any) -> None:
    """An annotated copy named on its own is read (README): its `sroi: …` columns are read past,
    and annotating it again rewrites them rather than adding three more."""
    annotated(tmp_path, monkeypatch, "en")
    again = ["check", "checked.xlsx", "--as-of", "2026-11-23", "--fail-on", "never"]
    result = CliRunner().invoke(app, [*again, "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert [c["id"] for c in json.loads(result.stdout)["contracts"]] == ["HG-1", "HG-2"]
    result = CliRunner().invoke(app, [*again, "--annotate", "-o", "twice.xlsx"])
    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(tmp_path / "twice.xlsx")["Contracten"]
    assert sheet.max_column == 10
    assert [c.value for c in sheet[2]][7:] == ["sroi: Verdict", "sroi: Obligation", "sroi: Shortfall"]
