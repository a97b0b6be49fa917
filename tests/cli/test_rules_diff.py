"""`sroi rules diff`: the values that changed between two versions, and the contracts that change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
PORTFOLIO = "examples/utrecht-portfolio.yaml"
AS_OF = ("--as-of", "2026-11-23", "--lang", "en")
UTRECHT_CHANGES = [
    "Rule values from utrecht 2015-01 (2015-01-01) to utrecht 2023-01 (2023-01-01)",
    "  valuation.blocks.participatiewet_under_2y: removed (per_year 30000)",
    "  valuation.blocks.participatiewet_over_2y: removed (per_year 40000)",
    "  valuation.blocks.ww_under_1y: removed (per_year 15000)",
    "  valuation.blocks.ww_over_1y: removed (per_year 20000)",
    "  valuation.blocks.wia.amount: 30000 → 40000",
    "  valuation.blocks.banenafspraak.amount: 35000 → 50000",
    "  valuation.blocks.bbl.amount: 15000 → 35000",
    "  valuation.blocks.bol.amount: 10000 → 20000",
    "  valuation.blocks.participatiewet: added (per_year 40000)",
    "  valuation.blocks.internship_vso_pro: added (per_year 35000)",
    "  valuation.blocks.ww: added (per_year 20000)",
    "  valuation.blocks.training: added (per_hour 100)",
    "  valuation.blocks.training_cost: added (actual_cost)",
    "  valuation.bonuses.age_50_plus.amount: 5000 → 10000",
    "  valuation.bonuses.status_holder: added (per_year 10000)",
]


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["rules", "diff", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_two_utrecht_tables_differ_in_these_values() -> None:
    code, out, err = invoke("utrecht@2015-01", "utrecht@2023-01-01", *AS_OF)
    assert (code, err) == (0, "")
    assert out.splitlines() == UTRECHT_CHANGES


def test_with_all_labels_and_sources_are_listed_too() -> None:
    _, out, _ = invoke("utrecht@2015-01", "utrecht@2023-01", "--all", *AS_OF)
    assert "  version: 2015-01 → 2023-01" in out.splitlines()
    assert "  valuation.blocks.wia.source: utrecht_oud → utrecht" in out.splitlines()


def test_the_portfolio_names_the_contracts_whose_verdict_changes() -> None:
    code, out, err = invoke("utrecht@2015-01", "utrecht@2023-01", "--portfolio", PORTFOLIO, *AS_OF)
    assert (code, err) == (0, "")
    rows = {line.split("│")[1].strip(): line for line in out.splitlines() if line.startswith("│ UT-")}
    assert set(rows) == {"UT-2025-101", "UT-2026-102", "UT-2025-103"}  # UT-2025-104 does not change
    assert "€17,500.00 → €25,000.00 (+€7,500.00)" in rows["UT-2025-101"]
    assert "non-compliant → compliant" in rows["UT-2025-101"]
    assert "behind → on track" in rows["UT-2026-102"]
    assert "compliant → compliant" in rows["UT-2025-103"]
    assert out.splitlines()[-1] == (
        "3 of 4 contracts change, 2 of them in verdict; obligation ±0, realised +€34,166.67"
    )


def test_json_names_the_verdict_changes_and_by_how_much() -> None:
    code, out, _ = invoke("utrecht@2015-01", "utrecht@2023-01", "-p", PORTFOLIO, "-f", "json", *AS_OF)
    data = json.loads(out)
    assert code == 0 and data["schema"] == "sroi.rules-diff/1"
    changed = {i["id"]: i for i in data["impacts"] if i["verdict_changed"]}
    assert set(changed) == {"UT-2025-101", "UT-2026-102"}
    assert (changed["UT-2025-101"]["a"]["verdict"], changed["UT-2025-101"]["b"]["verdict"]) == (
        "non_compliant",
        "compliant",
    )
    assert changed["UT-2026-102"]["realised_change"] == "16666.67"
    assert (data["contracts"], data["verdict_changes"], data["realised_change"]) == (4, 2, "34166.67")
    assert {
        "path": "valuation.blocks.wia.amount",
        "change": "changed",
        "old": "30000",
        "new": "40000",
    } in data["changes"]


def test_files_and_ids_name_versions_too() -> None:
    rules = "src/sroi_cli/rules/utrecht"
    code, out, _ = invoke(f"{rules}/2015-01-01.yaml", "utrecht", *AS_OF)  # an id: the version in force
    assert code == 0
    assert out.splitlines() == UTRECHT_CHANGES
    assert invoke(rules, "utrecht@2023-01", *AS_OF)[1] == (
        "Rule values from utrecht 2023-01 (2023-01-01) to utrecht 2023-01 (2023-01-01)\n"
        "  No rule values changed.\n"
    )


def test_a_contract_using_a_block_one_version_lacks_is_named(tmp_path: Path) -> None:
    portfolio = tmp_path / "p.yaml"
    portfolio.write_text(
        "contracts:\n"
        "  - {id: P-1, type: works, value_excl_vat: '400000', start: 2020-01-01, end: 2020-12-31}\n"
        "contributions:\n"
        "  - {contract: P-1, block: ww_under_1y, candidate: X, hours_per_week: '36', start: 2020-01-01}\n",
        encoding="utf-8",
    )
    code, out, _ = invoke("utrecht@2015-01", "utrecht@2023-01", "-p", str(portfolio), "-f", "json", *AS_OF)
    assert code == 0
    impact = json.loads(out)["impacts"][0]
    assert impact["id"] == "P-1" and impact["a"] is not None and impact["b"] is None
    assert [(n["side"], n["key"], n["location"]) for n in impact["notes"]] == [
        ("b", "unknown_block", f"{portfolio}:4")
    ]
    _, text, _ = invoke("utrecht@2015-01", "utrecht@2023-01", "-p", str(portfolio), *AS_OF)
    assert "cannot be evaluated under B" in text


def test_an_unknown_version_exits_4() -> None:
    code, out, err = invoke("utrecht@1999", "utrecht", *AS_OF)
    assert (code, out) == (4, "")
    assert err == (
        "sroi: rule set 'utrecht' has no version '1999'; known: 2015-01 (2015-01-01), 2023-01 (2023-01-01)\n"
    )


def test_backwards_in_dutch_shows_the_losses() -> None:
    code, out, _ = invoke(
        "utrecht@2023-01", "utrecht@2015-01", "-p", PORTFOLIO, "--as-of", "2026-11-23", "--lang", "nl"
    )
    assert code == 0
    assert "voldaan → niet voldaan" in out and "€ 25.000,00 → € 17.500,00 (€ -7.500,00)" in out
    assert out.splitlines()[-1] == (
        "3 van 4 contracten veranderen, 2 daarvan van oordeel; verplichting ±0, gerealiseerd € -34.166,67"
    )


def test_the_summary_counts_in_words() -> None:
    from sroi_cli.render.rules_diff_view import changes

    assert changes(1, 1, "en") == "1 of 1 contract changes"
    assert changes(0, 1, "nl") == "0 van 1 contract verandert"
    assert changes(1, 4, "en") == "1 of 4 contracts changes"
    assert changes(1, 4, "nl") == "1 van 4 contracten verandert"
    assert changes(3, 4, "nl") == "3 van 4 contracten veranderen"


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_the_contracts_table_fits_the_terminal_each_reason_on_its_own_line(
    monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """A contract one version cannot evaluate has long reasons (a path, a list of blocks): they wrap
    in their column, one reason per line, instead of widening the table past the terminal."""
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = invoke(
        "haaglanden@2023-07", "rijk", "-p", "examples/portfolio.yaml", "--as-of", "2026-11-23", "--lang", "en"
    )
    assert code == 0
    widest = max(len(line) for line in out.splitlines()[1:] if not line.startswith("  "))
    assert widest <= columns
    assert "\\n" not in out  # reasons are lines, not a shown newline
    assert out.count("cannot be evaluated under B") >= 4
