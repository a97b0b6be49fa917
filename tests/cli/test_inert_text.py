"""Text from an input that begins with `=`, `€`, `%`, `#` or `@` (once the marks of a money, share,
date, number or catalogue parameter) is shown as written in every report format: a contract's id,
its title, and a candidate said inside a finding's sentence. Spreadsheets still keep a formula from
running: in a CSV `=` and `@` get the leading `'` of `neutralise`; an xlsx cell is a text cell, which
no spreadsheet reads as a formula, so it holds the text exactly as written."""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.inert import neutralise

# id, title, candidate: each begins with one of the old marks; some are catalogue keys or figures
TEXTS = [
    ("=1+1", "=SUM(A1:A2)", "=cmd"),
    ("€5", "€ 1.250,00 titel", "€K-1"),
    ("%20", "%trede", "%K-2"),
    ("#3", "#2026-01-01", "#K-3"),
    ("@expect_date", "@did_you_mean", "@empty_file"),
]


def _input(tmp_path: Path) -> Path:
    lines = ["contracts:"]
    for cid, title, _ in TEXTS:
        lines.append(
            f"  - {{id: {json.dumps(cid)}, title: {json.dumps(title)}, type: works, "
            'value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: haaglanden}'
        )
    lines.append("contributions:")
    for cid, _, candidate in TEXTS:
        for start, end in (("2026-01-01", "2026-03-31"), ("2026-02-01", "2026-04-30")):  # counted twice
            lines.append(
                f"  - {{contract: {json.dumps(cid)}, block: participatiewet, "
                f'candidate: {json.dumps(candidate)}, hours_per_week: "36", start: {start}, end: {end}}}'
            )
    path = tmp_path / "marks.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(tmp_path: Path, command: str, fmt: str, *extra: str) -> str:
    args = [command, str(_input(tmp_path)), "--as-of", "2026-11-23", "-f", fmt, *extra]
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _twice(candidate: str) -> str:
    return f"candidate {candidate} is counted twice on the same days"


COMMANDS = pytest.mark.parametrize("command", ["check", "batch"])


@COMMANDS
def test_table_shows_the_text_as_written(tmp_path: Path, command: str) -> None:
    text = _run(tmp_path, command, "table")
    for cid, title, candidate in TEXTS:
        assert f"│ {cid} " in text
        if command == "check":  # batch's table is one line per contract
            assert f"{cid} — {title}" in text
            assert _twice(candidate) in text


@COMMANDS
def test_json_keeps_the_text_and_says_it_in_the_message(tmp_path: Path, command: str) -> None:
    contracts = json.loads(_run(tmp_path, command, "json"))["contracts"]
    assert [(c["id"], c["title"]) for c in contracts] == [(cid, title) for cid, title, _ in TEXTS]
    for contract, (_, _, candidate) in zip(contracts, TEXTS, strict=True):
        (overlap,) = [f for f in contract["findings"] if f["code"] == "candidate_overlap"]
        assert overlap["params"]["candidate"] == candidate
        assert overlap["message"].startswith(_twice(candidate))


@COMMANDS
def test_csv_shows_the_text_with_formulas_neutralised(tmp_path: Path, command: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(tmp_path, command, "csv"))))
    shown = [(neutralise(cid), neutralise(title)) for cid, title, _ in TEXTS]
    assert [(r["Contract"], r["Title"]) for r in rows] == shown
    # only a formula start is touched: the other marks are the text exactly
    assert [r["Contract"] for r in rows][1:4] == ["€5", "%20", "#3"]
    assert rows[0]["Contract"] == "'=1+1" and rows[4]["Title"] == "'@did_you_mean"


@COMMANDS
def test_markdown_shows_the_text_as_written(tmp_path: Path, command: str) -> None:
    text = _run(tmp_path, command, "md")
    for cid, title, candidate in TEXTS:
        assert f"| {cid} |" in text
        assert f"## {cid} — {title}" in text
        assert _twice(candidate) in text


@COMMANDS
def test_html_shows_the_text_as_written(tmp_path: Path, command: str) -> None:
    text = _run(tmp_path, command, "html")
    for cid, title, candidate in TEXTS:
        assert f'<span class="id">{html.escape(cid)}</span><br><small>{html.escape(title)}</small>' in text
        assert html.escape(_twice(candidate)) in text


@COMMANDS
def test_xlsx_cells_hold_the_text_and_never_a_formula(tmp_path: Path, command: str) -> None:
    target = tmp_path / "marks.xlsx"
    _run(tmp_path, command, "xlsx", "-o", str(target))
    book = openpyxl.load_workbook(target)
    sheet = book["Contracts"]
    head = [c.value for c in sheet[1]]
    rows = [dict(zip(head, r, strict=True)) for r in sheet.iter_rows(min_row=2)]
    for row, (cid, title, _) in zip(rows, TEXTS, strict=True):
        assert (row["Contract"].value, row["Title"].value) == (cid, title)  # as written, no apostrophe
        assert row["Contract"].data_type == "s" and row["Title"].data_type == "s"
    assert [r["Contract"].value for r in rows][1:4] == ["€5", "%20", "#3"]
    messages = [r[4].value for r in book["Findings"].iter_rows(min_row=2)]
    for _, _, candidate in TEXTS:
        assert any(str(m).startswith(_twice(candidate)) for m in messages)
    assert all(c.data_type != "f" for s in book.worksheets for r in s.iter_rows() for c in r)
