"""Coverage: mapping, unmapped authorities, defaults said per lot, flags, targets, bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.app import Settings
from sroi_cli.app.coverage import coverage
from sroi_cli.cli import app
from sroi_cli.domain.coverage import Assessed, AuthorityMap, audit_flags, contract_of, kvk_key, name_key
from sroi_cli.domain.inputs import ContractType
from sroi_cli.domain.location import NOWHERE
from sroi_cli.domain.public import PublicLot, Signal, Stage, ValueKind
from sroi_cli.io.authorities import BUNDLED, load_authorities
from sroi_cli.io.rules_loader import RuleLibrary

AS_OF = dt.date(2026, 12, 1)


def test_every_rule_set_the_bundled_map_names_exists() -> None:
    known = set(RuleLibrary().ids())
    mapped = load_authorities(None, known)
    assert set(mapped.names.values()) <= known and mapped.names
    assert BUNDLED.is_file()


def test_names_match_without_case_accents_or_gemeente_and_kvk_gets_its_zero_back() -> None:
    assert name_key("Gemeente Súdwest-Fryslân") == name_key("sudwest fryslan")
    assert name_key("Gemeente 's-Gravenhage") == "s gravenhage"
    assert kvk_key("5172390") == "05172390"
    amap = AuthorityMap(names={"zwolle": "oost-nederland"}, kvk={"05172390": "utrecht"})
    lot = PublicLot(id="1", tender="1", stage=Stage.AWARDED, place=NOWHERE, authority="Gemeente Zwolle")
    assert amap.rules_for(lot) == "oost-nederland"
    assert (
        amap.rules_for(
            PublicLot(id="1", tender="1", stage=Stage.AWARDED, place=NOWHERE, authority_kvk="5172390")
        )
        == "utrecht"
    )


def test_unmapped_authorities_are_counted_and_listed(public: Path) -> None:
    report = coverage([public / "tenderned-dataset.xlsx"], Settings(as_of=AS_OF))
    names = {u.authority: u.lots for u in report.unmapped}
    assert names.get("Waterschap Onbekend", 0) > 0
    judged = {r.authority for r in report.rows if r.rules}
    assert "Waterschap Onbekend" not in judged and "Gemeente Den Haag" in judged


def test_a_user_map_comes_first_and_matches_a_kvk_that_lost_its_zero(public: Path, tmp_path: Path) -> None:
    own = tmp_path / "map.yaml"
    own.write_text('authorities:\n  "05172390": utrecht\n  Waterschap Onbekend: rijk\n', encoding="utf-8")
    report = coverage([public / "tenderned-dataset.xlsx"], Settings(as_of=AS_OF), authorities=own)
    rules = {r.authority: r.rules for r in report.rows}
    assert rules["Gemeente Zwolle"] == "utrecht" and rules["Waterschap Onbekend"] == "rijk"
    assert not report.unmapped


def test_an_unknown_rule_set_in_the_map_is_refused_at_its_line(tmp_path: Path) -> None:
    own = tmp_path / "map.yaml"
    own.write_text("authorities:\n  Delft: haaglanden\n  Gouda: goudaa\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["coverage", str(own), "--authorities", str(own), "--as-of", "2026-12-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 3
    assert f"{own}:3: rule set 'goudaa' is not known" in result.stderr


def lot(**values: object) -> PublicLot:
    base: dict[str, object] = {"id": "9/1", "tender": "9", "stage": Stage.AWARDED, "place": "f A2"}
    return PublicLot(**{**base, **values})  # type: ignore[arg-type]


def test_defaults_are_said_per_lot() -> None:
    contract, notes = contract_of(lot(award_date=dt.date(2024, 3, 1), value=Decimal(5)), "rijk")
    assert notes == ("type", "start", "end")
    assert contract.type is ContractType.SERVICES
    assert (contract.start, contract.end) == (dt.date(2024, 3, 1), dt.date(2025, 2, 28))
    _, notes = contract_of(
        lot(published=dt.date(2024, 1, 1), duration_months=24, type=ContractType.WORKS), None
    )
    assert notes == ("start", "value", "award_date")


def assessed(value: str, applicable: bool | None, **values: object) -> Assessed:
    item = lot(value=Decimal(value), value_kind=ValueKind.FINAL, award_date=dt.date(2025, 5, 1), **values)
    return Assessed(item, "rijk", applicable, Decimal(0), Decimal(250000), (), True)


def test_flags_applicable_without_signal_supplies_and_a_split_under_the_threshold() -> None:
    flags = audit_flags(
        [
            assessed("300000", True, id="1", tender="a"),
            assessed("300000", True, id="2", tender="b", signals=frozenset({Signal.EMPLOYMENT})),
            assessed("300000", True, id="3", tender="c", type=ContractType.SUPPLIES),
            assessed("200000", False, id="4/1", tender="d"),
            assessed("200000", False, id="4/2", tender="d"),
            assessed("100000", False, id="5/1", tender="e"),
            assessed("100000", False, id="5/2", tender="e"),
        ]
    )
    found = {(f.code, f.lot) for f in flags}
    assert found == {
        ("applicable_no_signal", "1"),
        ("applicable_no_signal", "3"),
        ("social_return_on_supplies", "3"),
        ("split_under_threshold", "4/1"),
        ("split_under_threshold", "4/2"),
    }


def test_targets_show_progress_the_linear_path_and_the_gap(public: Path, tmp_path: Path) -> None:
    plan = tmp_path / "programme.yaml"
    plan.write_text(
        "programme: Haaglanden werkt\ntargets:\n"
        "  - {id: lots, measure: applicable_lots, target: 40, start: 2023-07-01, deadline: 2027-06-30,"
        " authority: Gemeente Den Haag}\n",
        encoding="utf-8",
    )
    report = coverage([public / "tenderned-dataset.xlsx"], Settings(as_of=AS_OF), targets=plan)
    (target,) = report.targets
    reached = sum(r.applicable for r in report.rows if r.authority == "Gemeente Den Haag")
    assert target.actual == reached > 0
    days, gone = (dt.date(2027, 6, 30) - dt.date(2023, 7, 1)).days, (AS_OF - dt.date(2023, 7, 1)).days
    assert target.expected == (Decimal(40) * gone / days).quantize(Decimal("0.01"))
    assert target.gap == 40 - reached and target.ahead == target.actual - target.expected
    result = CliRunner().invoke(
        app,
        [
            "coverage",
            str(public / "tenderned-dataset.xlsx"),
            "--as-of",
            "2026-12-01",
            "--targets",
            str(plan),
            "-f",
            "md",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0 and "## Programme targets" in result.stdout and "| lots |" in result.stdout


def test_a_portfolio_measure_is_refused_by_coverage(tmp_path: Path) -> None:
    plan = tmp_path / "programme.yaml"
    plan.write_text(
        "targets:\n  - id: p\n    measure: people\n    target: 100\n"
        "    start: 2019-01-01\n    deadline: 2019-12-31\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["coverage", str(plan), "--targets", str(plan), "--as-of", "2026-12-01"], catch_exceptions=False
    )
    assert result.exit_code == 3
    assert f"{plan}:3: measure 'people' cannot be counted by this command" in result.stderr


def test_a_bad_cell_is_named_by_sheet_and_cell(made: object, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(["ID publicatie", "Publicatie soort", "Naam aanbestedende dienst", "Geraamde waarde"])
    sheet.append(["1", "Aankondiging van een gegunde opdracht", "Gemeente Delft", "heel veel"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    result = CliRunner().invoke(app, ["coverage", str(path), "--as-of", "2026-12-01"], catch_exceptions=False)
    assert result.exit_code == 3
    assert f"{path} Data!D2: Geraamde waarde: found 'heel veel'" in result.stderr


@pytest.mark.parametrize(
    ("text", "where"),
    [('{"ocid": "ocds-1", "date": "2024-01-01"}\n{"ocid": \n', ":2"), ('{"releases": [1]}', ":1")],
)
def test_broken_ocds_is_refused_with_its_line(tmp_path: Path, text: str, where: str) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["coverage", str(path), "--as-of", "2026-12-01"], catch_exceptions=False)
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith(f"sroi: {path}{where}: ")
