"""`sroi plan` writes one number style per unit (#12 item 4): FTE-years and months with one decimal,
hours whole, money in cents; the people × months per person add up to the months shown; English
counts its nouns (1 FTE-year, 3.2 FTE-years). Every format of plan: table, md and json's text."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
CONTRACT = """\
contract:
  id: DH-2026-0200
  type: services
  value_excl_vat: "{value}"
  start: 2026-01-01
  end: 2027-12-31
  status: running
  rules: haaglanden
  contributions: []
"""


def plan(tmp_path: Path, value: str, lang: str, fmt: str = "table") -> str:
    path = tmp_path / "short.yaml"
    path.write_text(CONTRACT.format(value=value), encoding="utf-8")
    args = ["plan", str(path), "--as-of", "2026-11-23", "--lang", lang, "-f", fmt]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "400"}, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def line(text: str, needle: str) -> str:
    return next(row for row in text.splitlines() if needle in row)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            "- 3,2 fte-jaar Leerwerkbaan mbo BBL tot en met niveau 2 bij 36 uur per week "
            "(38,4 maanden voltijds: 3 × 12,8 maanden)",
        ),
        (
            "en",
            "- 3.2 FTE-years of Work-based learning job (mbo BBL) up to level 2 at 36 h a week "
            "(38.4 months full-time: 3 × 12.8 months)",
        ),
    ],
)
def test_bbl_level_2_for_80000(tmp_path: Path, lang: str, expected: str) -> None:
    # € 80.000 at € 25.000 a year is exactly 38,4 months (it read 3,21 fte-jaar and 38,41 months)
    assert line(plan(tmp_path, "1600000.00", lang), "BBL") == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("fmt", ["table", "md"])
def test_every_figure_one_decimal_and_the_parts_add_up(tmp_path: Path, lang: str, fmt: str) -> None:
    text = plan(tmp_path, "1600000.00", lang, fmt) + plan(tmp_path, "433333.40", lang, fmt)
    point = "," if lang == "nl" else "."
    unit = "maand(?:en)?" if lang == "nl" else "months?"
    fte = r"fte-jaar" if lang == "nl" else r"FTE-years?"
    placements = re.findall(
        rf"([\d{point}]+) {fte} .*\(([\d.,]+) {unit} \S+: (\d+) × ([\d.,]+) {unit}\)", text
    )
    assert len(placements) >= 16
    for years, months, people, each in placements:
        assert all(re.fullmatch(rf"\d+\{point}\d", f) for f in (years, months, each)), (years, months, each)
        whole, per = (Decimal(f.replace(",", ".")) for f in (months, each))
        assert whole == int(people) * per
        # the FTE-years are the months shown over twelve, rounded half up to one decimal
        assert Decimal(years.replace(",", ".")) == (whole / 12).quantize(Decimal("0.1"), "ROUND_HALF_UP")
    heads = re.findall(rf"(?:nog )?([\d.,]+) {unit}(?: left)?\)", text)
    assert heads and all(re.fullmatch(rf"\d+\{point}\d", f) for f in heads)


def test_english_counts_its_nouns(tmp_path: Path) -> None:
    # € 25.000 on a block of € 25.000 a year: one person for twelve months, exactly one FTE-year
    text = plan(tmp_path, "500000.00", "en")
    assert line(text, "up to level 2") == (
        "- 1.0 FTE-year of Work-based learning job (mbo BBL) up to level 2 at 36 h a week "
        "(12.0 months full-time: 1 × 12.0 months)"
    )
    assert "1.0 FTE-years" not in text and " 1.0 months" not in text.replace("1 × 12.0 months", "")


def test_json_keeps_exact_figures_and_the_same_text(tmp_path: Path) -> None:
    data = json.loads(plan(tmp_path, "1600000.00", "en", "json"))
    contract = data["contracts"][0]
    assert Decimal(contract["months_left"]) > Decimal("13.25")  # exact, not a shown figure
    bbl = next(o for o in contract["options"] if o["block"] == "bbl_level_2")
    assert (bbl["quantity"], bbl["months"], bbl["months_per_person"], bbl["people"]) == (
        "3.2",
        "38.4",
        "12.8",
        3,
    )
    assert bbl["text"].startswith("3.2 FTE-years of Work-based learning job")
    level_3 = next(o for o in contract["options"] if o["block"] == "bbl_level_3_plus")
    assert Decimal(level_3["quantity"]) * 12 == Decimal(level_3["months"]) == Decimal("64.0")
