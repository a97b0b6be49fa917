"""`sroi validate`: read each input file and check it against its rule sets, without evaluating."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sroi_cli.app.settings import Settings, rules_of
from sroi_cli.domain.checks import input_problems, resolve_codes
from sroi_cli.domain.errors import InputError, Problem, RulesError
from sroi_cli.domain.inputs import Contract, Contribution, Origin
from sroi_cli.domain.location import NOWHERE, Location
from sroi_cli.domain.privacy import file_label
from sroi_cli.domain.report import Severity
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.validation import (
    FileCheck,
    Issue,
    ValidationReport,
    declared_problems,
    file_check,
    issue,
    stale_problem,
    validation_report,
)

FailOn = Literal["error", "warning"]


def validate(paths: list[Path], settings: Settings, fail_on: FailOn = "error") -> ValidationReport:
    """Every file checked on its own (a template stands alone), every problem of every file kept.

    Files are read as `check` reads them (io.inputs.read_input), so the two refuse the same files;
    a contract id that an earlier file holds too is an error here as there. The records that are
    valid are checked against their rule sets even when others in the same file are not, so one
    run shows a typo and an unknown block together.
    """
    from sroi_cli.io.inputs import expand

    files = expand(paths)  # a contributions CSV comes through its contracts CSV, once
    if not files:
        raise InputError(Problem(", ".join(map(str, paths)), "no_input"))
    earlier: dict[str, Origin] = {}
    checks = (_check_file(f, settings, fail_on, earlier) for f in files)
    return validation_report(settings.as_of, fail_on, checks)


def _check_file(path: Path, settings: Settings, fail_on: FailOn, earlier: dict[str, Origin]) -> FileCheck:
    from sroi_cli.io.inputs import check_file

    name = file_label(path)
    portfolio, problems = check_file(path, settings.allow_bsn, earlier)
    grouped = portfolio.by_contract()
    found = [issue(p, Severity.ERROR, "input", name) for p in problems]
    found += [issue(p, Severity.WARNING, "input", name) for p in portfolio.notices]  # a column left unread
    stale: set[str] = set()
    for contract in portfolio.contracts:
        found += _contract_issues(contract, grouped[contract.id], settings, name, stale)
    return file_check(name, found, fail_on, len(portfolio.contracts), len(portfolio.contributions))


def _contract_issues(
    contract: Contract,
    items: list[tuple[int, Contribution]],
    settings: Settings,
    name: str,
    stale: set[str],
) -> list[Issue]:
    """The rule set (and valuation table) in force for the contract, then what it must satisfy."""
    rules, found = _in_force(contract, rules_of(contract, settings), "rules", settings, name)
    table = rules
    valuation = contract.agreed.valuation if contract.agreed else None
    if valuation:
        table, more = _in_force(contract, valuation, "agreed.valuation", settings, name)
        found += more
    if rules is None or table is None:
        return found
    items, problems = resolve_codes(items, table)
    problems += input_problems(contract, items, rules, table) + declared_problems(contract, rules)
    found += [issue(p, Severity.ERROR, "input", name) for p in problems]
    for version in [rules] if table is rules else [rules, table]:
        key = version.path or version.label
        warning = stale_problem(version, settings.as_of, _at(contract, "rules"))
        if warning is not None and key not in stale:
            stale.add(key)
            found.append(issue(warning, Severity.WARNING, "rules", name))
    return found


def _in_force(
    contract: Contract, rule_id: str, field: str, settings: Settings, name: str
) -> tuple[RuleSet | None, list[Issue]]:
    """The version of `rule_id` in force on the contract's date, or the located reason there is none."""
    try:
        history = settings.library.history(rule_id)
    except RulesError as error:
        first = error.problems[0]
        if first.key == "unknown_rules":  # the contract names a rule set that is not there
            where = _at(contract, field)
            return None, [issue(Problem(where, first.key, first.params), Severity.ERROR, "input", name)]
        return None, [issue(p, Severity.ERROR, "rules") for p in error.problems]  # a broken rule file
    try:
        return history.in_force(contract.rule_date), []
    except RulesError as error:
        where = _at(contract, "award_date" if contract.award_date else "start")
        return None, [
            issue(Problem(where, p.key, p.params), Severity.ERROR, "rules", name) for p in error.problems
        ]


def _at(contract: Contract, field: str) -> Location:
    if contract.origin is None:
        return NOWHERE
    return contract.origin.at(field if field in contract.origin.fields else None)
