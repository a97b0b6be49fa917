"""`sroi check tender.xlsx --annotate -o checked.xlsx`: the findings on their cells, the input untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render.sheets import SEVERITY_FILLS

HEADERS = ["kenmerk", "soort", "opdrachtwaarde excl. btw", "startdatum", "einddatum", "regels"]
PSO = ["pso trede", "pso geldig vanaf", "pso geldig tot en met"]
PSO_VALUES = ["trede_9", "01-01-2025", "31-12-2028"]  # a level the rule set has no discount for
CONTRACTS = [
    ["Aanbesteding schoonmaak 2026"],  # a title row above the headers, as buyers make them
    [],
    [*HEADERS, *PSO],
    [
        "HG-1",
        "diensten",
        1000000,
        dt.datetime(2026, 1, 1),
        dt.datetime(2027, 12, 31),
        "haaglanden",
        *PSO_VALUES,
    ],
]
CONTRIBUTIONS: list[list[Any]] = [
    ["contract", "bouwblok", "kandidaat", "uren per week", "startdatum", "einddatum", "bonussen"],
    ["HG-1", "participatiewet", "K-1", 40, dt.datetime(2026, 3, 1), dt.datetime(2026, 8, 31), None],
    [
        "HG-1",
        "participatiewet",
        "K-1",
        20,
        dt.datetime(2026, 6, 1),
        dt.datetime(2026, 9, 30),
        "employment_after_vso_pro_internship",
    ],
]


def make_book(path: Path, contributions: list[list[Any]] | None = None) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in (("Contracten", CONTRACTS), ("Bijdragen", contributions or CONTRIBUTIONS)):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book["Bijdragen"]["C2"].comment = Comment("checked with HR", "Anna")
    book.save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*args: str) -> Any:
    return CliRunner().invoke(app, ["check", *args, "--as-of", "2026-11-23"], catch_exceptions=False)


def comments(path: Path) -> dict[str, str]:
    book = load_workbook(path)
    return {
        f"{sheet.title}!{cell.coordinate}": cell.comment.text
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.comment is not None
    }


def test_every_finding_is_on_its_cell_and_the_input_is_unchanged(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    source = make_book(tmp_path / "tender.xlsx")
    before = digest(source)
    result = run("tender.xlsx", "--annotate", "-o", "checked.xlsx", "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    assert digest(source) == before
    assert "HG-1" in result.stdout  # the report still goes to stdout
    assert (
        "checked.xlsx geschreven: 4 opmerkingen bij 4 cellen, op tabblad 'Bevindingen'; "
        "oordeel, verplichting en tekort op 1 contractregel" in result.stderr
    )
    found = comments(tmp_path / "checked.xlsx")
    assert found["Bijdragen!D2"] == (
        "waarschuwing: bijdrage #0: 40 uur per week is meer dan de norm van 36; gewaardeerd op de norm"
    )
    assert found["Bijdragen!E3"].startswith("waarschuwing: kandidaat K-1 telt dubbel")
    assert found["Bijdragen!G3"].startswith("waarschuwing: bijdrage #1: bonus employment_after")
    # a finding on a whole row (the contract) points at the row's first cell
    assert found["Contracten!A4"].startswith("waarschuwing: PSO-trede trede_9")
    assert found["Bijdragen!C2"] == "checked with HR"  # a person's comment stays
    assert len(found) == 5


def test_cells_are_coloured_and_the_findings_sheet_links_to_them(tmp_path: Path) -> None:
    source = make_book(tmp_path / "tender.xlsx")
    copy = tmp_path / "checked.xlsx"
    assert run(str(source), "--annotate", "-o", str(copy)).exit_code == 0
    book = load_workbook(copy)
    assert book.sheetnames == ["Findings", "Contracten", "Bijdragen"]
    assert book.active.title == "Findings"
    assert book["Bijdragen"]["D2"].fill.fgColor.rgb.endswith(SEVERITY_FILLS["warning"])
    assert book["Bijdragen"]["A2"].fill.fgColor.rgb in (None, "00000000")
    findings = book["Findings"]
    assert [c.value for c in findings[1]] == ["Severity", "Where", "Contract", "Code", "Message"]
    where = {row[1].value: row[1] for row in findings.iter_rows(min_row=2)}
    cell = where[f"{source} Bijdragen!D2"]
    assert cell.hyperlink.location == "'Bijdragen'!D2"
    # the data is as it was: only comments, fills and the new sheet were added
    assert book["Bijdragen"]["D2"].value == 40
    assert book["Contracten"]["A4"].value == "HG-1"


def test_problems_in_the_input_are_marked_and_still_refused(tmp_path: Path) -> None:
    rows = [CONTRIBUTIONS[0], ["HG-1", "participatiewet", "K-1", 36, "31-02-2026", None, None]]
    source = make_book(tmp_path / "tender.xlsx", rows)
    before = digest(source)
    copy = tmp_path / "checked.xlsx"
    result = run(str(source), "--annotate", "-o", str(copy))
    assert result.exit_code == 3
    assert f"sroi: {source} Bijdragen!E2: start: found '31-02-2026'" in result.stderr
    assert f"sroi: {copy}: wrote a copy of the input with each problem marked on its cell" in result.stderr
    assert result.stdout == ""
    assert comments(copy)["Bijdragen!E2"].startswith("error: start: found '31-02-2026', expected a date")
    assert digest(source) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tender.xlsx", "--annotate"], "--annotate needs --output FILE.xlsx"),
        (["tender.xlsx", "--annotate", "-o", "checked.csv"], "--annotate needs --output FILE.xlsx"),
        (["tender.xlsx", "tender.xlsx", "--annotate", "-o", "c.xlsx"], "exactly one .xlsx input"),
        (["tender.yaml", "--annotate", "-o", "c.xlsx"], "exactly one .xlsx input"),
        (["tender.xlsx", "--annotate", "-o", "./tender.xlsx"], "may not overwrite the input"),
    ],
)
def test_usage_errors(args: list[str], message: str, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    source = make_book(tmp_path / "tender.xlsx")
    before = digest(source)
    result = run(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.replace("│", "").split())
    assert digest(source) == before
    assert not (tmp_path / "c.xlsx").exists()
