"""`batch --targets`: a programme's goals over a portfolio, counted exactly and shown in every format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from sroi_cli import app as use
from sroi_cli.cli import app

AS_OF = dt.date(2026, 11, 23)
PORTFOLIO = """\
contracts:
  - {id: A-1, authority: Gemeente Den Haag, category: ICT, type: services, value_excl_vat: "1000000",
     start: 2025-01-01, end: 2027-12-31, status: running, rules: haaglanden}
  - {id: B-1, authority: Gemeente Delft, category: Bouw, type: works, value_excl_vat: "800000",
     start: 2023-08-01, end: 2026-06-30, status: completed, rules: haaglanden}
contributions:
  # in the window (2024-01-01 .. as-of): K-1 twice (one person, two placements), K-2 into lasting work
  - {contract: A-1, block: participatiewet, candidate: K-1, hours_per_week: "36", start: 2025-02-01,
     end: 2025-07-31, status: realised}
  - {contract: A-1, block: participatiewet, candidate: K-1, hours_per_week: "36", start: 2025-09-01,
     end: 2025-12-31, status: realised}
  - {contract: A-1, block: ww, candidate: K-2, hours_per_week: "36", start: 2025-03-01, end: 2025-08-31,
     outcome: permanent_contract, status: realised}
  # before the window: counted by the contract, not by the programme's people
  - {contract: B-1, block: ww, candidate: K-3, hours_per_week: "36", start: 2023-09-01, end: 2024-02-28,
     status: realised}
  - {contract: B-1, block: social_purchase, amount: "10000.00", date: 2023-12-30, status: accepted}
"""
PROGRAMME = """\
programme: Haaglanden werkt
targets:
  - {id: people, label: "100 mensen aan het werk", measure: people, target: 100, start: 2024-01-01,
     deadline: 2027-12-31}
  - {id: placements, measure: placements, target: 10, start: 2024-01-01, deadline: 2027-12-31}
  - {id: lasting, measure: lasting_work, target: 4, start: 2024-01-01, deadline: 2026-12-31}
  - {id: euros, measure: realised, target: "100000", start: 2024-01-01, deadline: 2027-12-31,
     authority: "gemeente den haag"}
  - {id: delft, measure: realised, target: "100000", start: 2022-01-01, deadline: 2027-12-31,
     category: bouw}
"""


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    portfolio, programme = tmp_path / "portfolio.yaml", tmp_path / "programme.yaml"
    portfolio.write_text(PORTFOLIO, encoding="utf-8")
    programme.write_text(PROGRAMME, encoding="utf-8")
    return portfolio, programme


def test_each_measure_counts_what_it_says(files: tuple[Path, Path]) -> None:
    portfolio, programme = files
    report = use.batch([portfolio], use.Settings(as_of=AS_OF), targets=programme)
    by_id = {t.id: t for t in report.targets}
    realised = {c.id: c.realised for c in report.contracts}
    assert by_id["people"].actual == 2  # K-1 and K-2; K-3 began before the programme
    assert by_id["placements"].actual == 3
    assert by_id["lasting"].actual == 1  # K-2's placement ended in a permanent contract
    assert by_id["euros"].actual == realised["A-1"] > 0  # authority matched without case or "gemeente"
    assert by_id["delft"].actual == realised["B-1"] > 0  # category matched without case
    people = by_id["people"]
    span, gone = (dt.date(2027, 12, 31) - dt.date(2024, 1, 1)).days, (AS_OF - dt.date(2024, 1, 1)).days
    assert people.expected == (Decimal(100) * gone / span).quantize(Decimal("0.01"))
    assert people.gap == 98 and people.ahead == people.actual - people.expected
    assert by_id["lasting"].share == Decimal("0.2500")


def _one_target(files: tuple[Path, Path], measure: str, target: str) -> Result:
    """`batch --targets` with a programme of one target (the measure on line 3, the goal on line 4)."""
    portfolio, programme = files
    programme.write_text(
        f"targets:\n  - id: one\n    measure: {measure}\n    target: {target}\n"
        "    start: 2024-01-01\n    deadline: 2027-12-31\n",
        encoding="utf-8",
    )
    return CliRunner().invoke(app, ["batch", str(portfolio), "--targets", str(programme), "-q", "-f", "json"])


def test_a_target_no_portfolio_can_count_is_refused_at_its_line(files: tuple[Path, Path]) -> None:
    programme = files[1]
    result = _one_target(files, "applicable_lots", "5")
    assert result.exit_code == 3
    assert f"{programme}:3: measure 'applicable_lots' cannot be counted by this command" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("€ 1.000.000", "1000000"),
        ("1.250.000,50", "1250000.50"),
        ("EUR 250,000.00", "250000.00"),
        ("2,5", "2.5"),
    ],
)
def test_a_goal_is_read_as_the_input_files_read_amounts(
    files: tuple[Path, Path], written: str, read: str
) -> None:
    result = _one_target(files, "realised", f'"{written}"')
    assert json.loads(result.stdout)["targets"][0]["target"] == str(Decimal(read).quantize(Decimal("0.01")))


def test_a_goal_that_is_no_amount_is_refused_at_its_line(files: tuple[Path, Path]) -> None:
    programme = files[1]
    result = _one_target(files, "realised", "een miljoen")
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert f"{programme}:4: " in result.stderr and "'een miljoen'" in result.stderr


def test_the_targets_file_is_never_written_over(files: tuple[Path, Path]) -> None:
    portfolio, programme = files
    before = programme.read_bytes()
    result = CliRunner().invoke(
        app, ["batch", str(portfolio), "--targets", str(programme), "-o", str(programme), "-f", "json"]
    )
    assert result.exit_code == 2
    assert programme.read_bytes() == before


def _run(files: tuple[Path, Path], fmt: str, tmp_path: Path, lang: str = "en") -> Path:
    portfolio, programme = files
    out = tmp_path / f"report.{fmt}"
    args = ["batch", str(portfolio), "--targets", str(programme), "-f", fmt, "-o", str(out)]
    result = CliRunner().invoke(app, [*args, "--as-of", AS_OF.isoformat(), "--lang", lang, "-q"])
    assert result.exit_code in (0, 1), result.output
    return out


def test_json_carries_every_target(files: tuple[Path, Path], tmp_path: Path) -> None:
    data = json.loads(_run(files, "json", tmp_path).read_text(encoding="utf-8"))
    people = next(t for t in data["targets"] if t["id"] == "people")
    assert (people["actual"], people["gap"], people["measure"]) == ("2.00", "98.00", "people")


def test_csv_adds_a_targets_block_after_the_contracts(files: tuple[Path, Path], tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(_run(files, "csv", tmp_path).read_text(encoding="utf-8"))))
    at = rows.index(["# targets"])
    assert rows[at - 1] == [] and len(rows[1 : at - 1]) == 2  # the two contracts come first, whole
    heads, *targets = rows[at + 1 :]
    people = dict(zip(heads, next(t for t in targets if t[0] == "people"), strict=True))
    assert (people["reached"], people["gap to goal"], people["measure"]) == ("2.00", "98.00", "people placed")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_md_and_table_show_the_targets_as_people_read_them(
    files: tuple[Path, Path], tmp_path: Path, lang: str
) -> None:
    md = _run(files, "md", tmp_path, lang).read_text(encoding="utf-8")
    title = {"en": "## Programme targets", "nl": "## Programmadoelen"}[lang]
    assert title in md
    row = next(line for line in md.splitlines() if line.startswith("| people |"))
    assert "| 2 |" in row and "| 98 |" in row  # people are whole numbers, not 2,00
    euros = next(line for line in md.splitlines() if line.startswith("| euros |"))
    assert {"en": "€", "nl": "€ "}[lang] in euros  # euros as money
    portfolio, programme = files
    result = CliRunner().invoke(
        app,
        ["batch", str(portfolio), "--targets", str(programme), "--as-of", "2026-11-23", "--lang", lang],
        env={"COLUMNS": "80"},
    )
    assert title.removeprefix("## ") in result.stdout
    assert "people" in result.stdout and "lasting" in result.stdout


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inside, self.cells = False, []  # type: tuple[bool, list[str]]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside = self.inside or (tag == "table" and ("id", "targets") in attrs)

    def handle_endtag(self, tag: str) -> None:
        self.inside = self.inside and tag != "table"

    def handle_data(self, data: str) -> None:
        if self.inside and data.strip():
            self.cells.append(data.strip())


def test_html_has_a_targets_table(files: tuple[Path, Path], tmp_path: Path) -> None:
    parser = _Cells()
    parser.feed(_run(files, "html", tmp_path).read_text(encoding="utf-8"))
    assert "100 mensen aan het werk" in parser.cells and "people placed" in parser.cells
    assert parser.cells[parser.cells.index("placements") + 1 :][:1] == ["placements"]  # its measure


def test_xlsx_has_a_targets_sheet_with_exact_figures(files: tuple[Path, Path], tmp_path: Path) -> None:
    book = load_workbook(_run(files, "xlsx", tmp_path))
    sheet = book["Programme targets"]
    heads = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(heads, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["people"]["reached"] == 2 and rows["people"]["gap to goal"] == 98
    assert rows["lasting"]["share reached"] == pytest.approx(0.25)
