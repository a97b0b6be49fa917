"""`sroi template -o FILE`: the round trip (make it, fill it in code, check it) and its usage rules."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import RuleLibrary

AS_OF = "2026-11-23"


def sroi(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def fill(path: Path, sheet: str, rows: list[dict[str, Any]]) -> None:
    """Type rows under the template's headers, by header name, without touching anything else."""
    book = load_workbook(path)
    table = book[sheet]
    column = {c.value: c.column for c in table[1]}
    for number, row in enumerate(rows, start=2):
        for header, value in row.items():
            table.cell(row=number, column=column[header], value=value)
    book.save(path)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_filled_in_template_checks_without_edits(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "tender.xlsx"
    result = sroi("template", "-o", str(path), "--rules", "haaglanden", "--lang", lang, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "haaglanden 2023-07" in result.stderr
    nl = lang == "nl"
    contracts, contributions = ("Contracten", "Bijdragen") if nl else ("Contracts", "Contributions")

    def k(dutch: str, english: str) -> str:
        return dutch if nl else english

    fill(
        path,
        contracts,
        [
            {
                k("kenmerk", "id"): "DH-2026-0107",
                k("soort", "type"): k("diensten", "services"),
                k("opdrachtwaarde excl. btw", "value excl. VAT"): 1000000,
                k("startdatum", "start date"): dt.datetime(2026, 1, 1),
                k("einddatum", "end date"): "31-12-2027",
                k("status", "status"): k("lopend", "running"),
                k("regelset", "rules"): "haaglanden",
            }
        ],
    )
    fill(
        path,
        contributions,
        [
            {
                k("kenmerk contract", "contract"): "DH-2026-0107",
                k("bouwblok", "block"): "participatiewet",
                k("kandidaat", "candidate"): "K-0001",
                k("uren per week", "hours per week"): 24,
                k("startdatum", "start date"): dt.datetime(2026, 3, 1),
                k("einddatum", "end date"): dt.datetime(2026, 8, 31),
                k("bonussen", "bonuses"): "age_55_plus",
                k("doelgroepregister", "target group register"): k("nee", "no"),
                k("status", "status"): k("gerealiseerd", "realised"),
            },
            {
                k("kenmerk contract", "contract"): "DH-2026-0107",
                k("bouwblok", "block"): "social_purchase",
                k("bedrag excl. btw", "amount excl. VAT"): "€ 12.000,00" if nl else 12000,
                k("datum", "date"): dt.datetime(2026, 6, 30),
                k("status", "status"): k("geaccepteerd", "accepted"),
            },
        ],
    )
    result = sroi("check", str(path), "--as-of", AS_OF, "-f", "json")
    assert result.exit_code == 0, result.stderr
    (contract,) = json.loads(result.stdout)["contracts"]
    # 40.000 × 24/36 × 6/12 + the 55+ bonus 10.000 × 24/36 × 6/12, and € 12.000 of social purchase
    assert (contract["obligation"], contract["realised"], contract["verdict"]) == (
        "50000.00",
        "28666.67",
        "on_track",
    )
    assert [c["value"] for c in contract["contributions"]] == ["16666.67", "12000.00"]


@pytest.mark.parametrize("rule_id", RuleLibrary().ids())
def test_the_yaml_template_is_valid_input_as_it_stands(rule_id: str, tmp_path: Path) -> None:
    path = tmp_path / "tender.yaml"
    assert sroi("template", "-o", str(path), "--rules", rule_id, "--as-of", AS_OF).exit_code == 0
    assert path.read_text(encoding="utf-8").startswith(f"# sroi — {rule_id} ")
    result = sroi("check", str(path), "--as-of", AS_OF, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["contracts"][0]["rules"]["id"] == rule_id


@pytest.mark.parametrize("rule_id", ["haaglanden", "rijk"])
def test_the_dutch_yaml_template_says_its_values_in_dutch_and_reads_as_the_english_one(
    rule_id: str, tmp_path: Path
) -> None:
    """`type: werken`, `status: gepland`, `doelgroepregister: nee`: the readers take the words, so
    the Dutch skeleton is the same input as the English one, with Dutch comments."""
    reports = {}
    for lang in ("nl", "en"):
        (tmp_path / lang).mkdir()
        path = tmp_path / lang / "tender.yaml"  # the same name: findings and places name the file
        assert (
            sroi("template", "-o", str(path), "--rules", rule_id, "--as-of", AS_OF, "--lang", lang).exit_code
            == 0
        )
        text = path.read_text(encoding="utf-8")
        result = sroi("check", str(path), "--as-of", AS_OF, "-f", "json")
        assert result.exit_code == 0, result.stderr
        report = json.loads(result.stdout.replace(str(path.parent), ""))["contracts"]
        report[0]["rules"].pop("sha256")  # of the input file, whose bytes differ
        reports[lang] = report
        if lang == "nl":
            assert "    type: werken " in text and "    status: gepland " in text
            assert "# werken | diensten | leveringen" in text and "unique" not in text
    assert reports["nl"] == reports["en"]


def test_an_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "filled.xlsx"
    path.write_bytes(b"a buyer's work")
    result = sroi("template", "-o", str(path))
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert path.read_bytes() == b"a buyer's work"
    assert sroi("template", "-o", str(path), "--force", "--lang", "en").exit_code == 0
    assert load_workbook(path).sheetnames == ["Contracts", "Contributions", "Instructions", "Lists"]


def test_usage_and_rule_errors(tmp_path: Path) -> None:
    assert sroi("template", "-o", str(tmp_path / "t.csv")).exit_code == 2
    assert sroi("template").exit_code == 2
    result = sroi("template", "-o", str(tmp_path / "t.xlsx"), "--rules", "nowhere", "--lang", "en")
    assert result.exit_code == 4
    assert "no rule set 'nowhere'" in result.stderr
    assert not (tmp_path / "t.xlsx").exists()
