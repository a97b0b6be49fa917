"""The validation model: places split from locations, declared values, outcomes, rule-test comparisons."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inputs import Agreed, Contract, ContractType, Declared, Origin
from sroi_cli.domain.location import Location
from sroi_cli.domain.obligation import obligation, rate_of
from sroi_cli.domain.report import Severity
from sroi_cli.domain.rule_tests import compare, same
from sroi_cli.domain.validation import (
    Outcome,
    declared_problems,
    file_check,
    issue,
    validation_report,
)
from sroi_cli.io.rules_loader import RuleLibrary

UTRECHT = RuleLibrary().history("utrecht").versions[-1]


@pytest.mark.parametrize(
    ("location", "file", "expected"),
    [
        (Location("a.yaml", line=12), "a.yaml", ("a.yaml", 12, None, "a.yaml:12")),
        (
            Location("my file.xlsx", sheet="Bijdragen", cell="F12"),
            "my file.xlsx",
            ("my file.xlsx", None, "Bijdragen!F12", "my file.xlsx Bijdragen!F12"),
        ),
        (Location("a.xlsx", sheet="Blad 1"), "a.xlsx", ("a.xlsx", None, "Blad 1", "a.xlsx Blad 1")),
        (Location("a.yaml"), "a.yaml", ("a.yaml", None, None, "a.yaml")),
        (
            Location("<bundled>/rijk/2011-07-01.yaml", line=40),
            "a.yaml",
            ("<bundled>/rijk/2011-07-01.yaml", 40, None, "<bundled>/rijk/2011-07-01.yaml:40"),
        ),
        (
            Location("contributions.csv", line=3),
            "contracts.csv",
            ("contributions.csv", 3, None, "contributions.csv:3"),
        ),
        (Location("a:1.yaml", line=2), "a:1.yaml", ("a:1.yaml", 2, None, "a:1.yaml:2")),  # a colon in a name
        (Location(), "a.yaml", ("a.yaml", None, None, "a.yaml")),
    ],
)
def test_an_issue_takes_file_line_and_place_from_the_location(
    location: Location, file: str, expected: tuple[str, int | None, str | None, str]
) -> None:
    found = issue(Problem(location, "missing_field", {"field": "id"}), Severity.ERROR, "input", file)
    assert (found.file, found.line, found.place, found.location) == expected


def contract(**extra: object) -> Contract:
    base: dict[str, object] = {
        "id": "C",
        "type": ContractType.SERVICES,
        "value_excl_vat": Decimal(300000),
        "start": dt.date(2026, 1, 1),
        "end": dt.date(2026, 12, 31),
        "origin": Origin(
            file="t.yaml",
            place=Location(line=2),
            fields={"declared.threshold": Location(line=8), "declared.percentage": Location(line=9)},
        ),
    }
    return Contract.model_validate(base | extra)


def test_declared_values_that_match_are_fine_and_others_are_located() -> None:
    good = contract(declared=Declared(threshold=Decimal("100000.00"), percentage=Decimal("0.050")))
    assert declared_problems(good, UTRECHT) == []
    bad = contract(declared=Declared(threshold=Decimal(215000), percentage=Decimal("0.04")))
    assert [
        (str(p.location), p.params["declared"], p.params["expected"]) for p in declared_problems(bad, UTRECHT)
    ] == [
        ("t.yaml:8", "215000", "100000"),
        ("t.yaml:9", "0.04", "0.05"),
    ]
    assert declared_problems(contract(), UTRECHT) == []


def test_the_expected_rate_is_the_agreed_one_then_the_low_labour_one() -> None:
    assert rate_of(contract(agreed=Agreed(percentage=Decimal("0.03"))), UTRECHT) == (
        Decimal("0.03"),
        "agreed.percentage",
    )
    data = UTRECHT.model_dump(by_alias=True)
    data["obligation"]["low_labour"] = {"below_share": "0.3", "percentage": "0.02"}
    low = type(UTRECHT).model_validate(data)
    assert rate_of(contract(labour_share=Decimal("0.2")), low)[0] == Decimal("0.02")
    assert rate_of(contract(labour_share=Decimal("0.5")), low)[0] == Decimal("0.05")


def test_validate_checks_a_declared_percentage_against_the_rate_the_obligation_applies() -> None:
    """One copy of the rule: what `validate` expects is what the engine then charges."""
    for made in (
        contract(),
        contract(agreed=Agreed(percentage=Decimal("0.03"))),
        contract(labour_share=Decimal("0.2")),
    ):
        rate, _ = rate_of(made, UTRECHT)
        assert obligation(made, UTRECHT).amount == rate * made.value_excl_vat


def test_outcome_puts_input_errors_before_rule_errors_before_warnings() -> None:
    def report(*kinds: tuple[Severity, str]) -> Outcome:
        issues = [issue(Problem("a.yaml:1", "no_input"), severity, kind) for severity, kind in kinds]  # type: ignore[arg-type]
        return validation_report(
            dt.date(2026, 1, 1), "error", [file_check("a.yaml", issues, "error")]
        ).outcome()

    assert report() is Outcome.OK
    assert report((Severity.WARNING, "rules")) is Outcome.WARNING
    assert report((Severity.ERROR, "rules"), (Severity.WARNING, "rules")) is Outcome.RULES_ERROR
    assert report((Severity.ERROR, "rules"), (Severity.ERROR, "input")) is Outcome.INPUT_ERROR


def test_a_warning_fails_a_file_only_under_fail_on_warning() -> None:
    warning = [issue(Problem("a.yaml:1", "no_input"), Severity.WARNING, "rules")]
    assert file_check("a.yaml", warning, "error").passed
    assert not file_check("a.yaml", warning, "warning").passed


def test_expected_figures_compare_numbers_and_dates_with_the_report_strings() -> None:
    assert (
        same(Decimal("6.00"), "6.00") and same(Decimal(6), "6.00") and same(dt.date(2026, 1, 1), "2026-01-01")
    )
    assert not same(True, "True") and not same(Decimal(6), "six")
    contracts = [{"id": "A", "obligation": "10.00", "findings": [{"code": "x"}, {"code": "x"}]}]
    assert compare(contracts, {"A": {"obligation": "10.00", "findings.codes": ["x"]}}) == []
    assert [f.key for f in compare(contracts, {"A": {"obligation": "11.00"}, "B": {}})] == [
        "case_mismatch",
        "case_no_contract",
    ]
