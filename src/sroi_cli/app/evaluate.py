"""Evaluate portfolios: `check` and `explain` (and the evaluation every other use case builds on)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sroi_cli.app.settings import Settings, rules_of
from sroi_cli.domain.checks import input_problems, resolve_codes
from sroi_cli.domain.engine import evaluate
from sroi_cli.domain.errors import InputError, Problem, RulesError, SroiError, UsageError, masked
from sroi_cli.domain.inputs import Contract, Contribution, Portfolio
from sroi_cli.domain.location import NOWHERE
from sroi_cli.domain.report import ContractResult, Finding, InputFile, Report, Severity, summarise
from sroi_cli.domain.rules import RuleSet


def load(paths: list[Path], settings: Settings) -> Portfolio:
    from sroi_cli.io.inputs import load_portfolio

    portfolio = load_portfolio(paths, settings.allow_bsn)
    settings.notices += portfolio.notices
    return portfolio


def collect(paths: list[Path], settings: Settings) -> tuple[Portfolio, list[Problem]]:
    """`--keep-going`: the valid records of every file, and the problems of the rest."""
    from sroi_cli.io.inputs import collect_inputs

    portfolio, problems = collect_inputs(paths, settings.allow_bsn)
    settings.notices += portfolio.notices
    return portfolio, problems


def notice_findings(portfolio: Portfolio) -> tuple[Finding, ...]:
    """The readers' warnings (a column left unread) as findings of the report, located."""
    return tuple(
        Finding(
            code=p.key,
            severity=Severity.WARNING,
            location=p.location,
            params=masked(p.params),  # a BSN never, whatever a reader let by
        )
        for p in portfolio.notices
    )


def _rules_for(contract: Contract, rule_id: str, settings: Settings) -> RuleSet:
    where = contract.origin.at("rules" if contract.rules else "start") if contract.origin else NOWHERE
    try:
        history = settings.library.history(rule_id)
    except RulesError as error:
        if error.problems[0].key == "unknown_rules":  # a contract naming a rule set that is not there
            raise InputError(Problem(where, "unknown_rules", error.problems[0].params)) from None
        raise
    try:
        return history.in_force(contract.rule_date)
    except RulesError as error:
        raise RulesError([Problem(where, p.key, p.params) for p in error.problems]) from None


@dataclass(frozen=True)
class Plan:
    """One contract ready to evaluate: its rule version and the table that values its contributions."""

    contract: Contract
    items: list[tuple[int, Contribution]]
    rules: RuleSet
    valuation: RuleSet | None

    @property
    def table(self) -> RuleSet:
        return self.valuation or self.rules


def plan(portfolio: Portfolio, settings: Settings) -> list[Plan]:
    """Resolve every contract's rules; all input problems are gathered first and raised together."""
    grouped = portfolio.by_contract()
    plans: list[Plan] = []
    problems: list[Problem] = []
    for contract in portfolio.contracts:
        found, trouble = _plan_one(contract, grouped[contract.id], settings)
        plans.append(found)
        problems.extend(trouble)
    if problems:
        raise InputError(problems)
    return plans


def plan_tolerant(portfolio: Portfolio, settings: Settings) -> tuple[list[Plan], list[Problem]]:
    """`--keep-going`: the contracts that can be evaluated, and the problems of those that cannot."""
    grouped = portfolio.by_contract()
    plans: list[Plan] = []
    problems: list[Problem] = []
    for contract in portfolio.contracts:
        try:
            found, trouble = _plan_one(contract, grouped[contract.id], settings)
        except SroiError as error:  # an unknown rule set, or none in force on its date
            problems.extend(error.problems)
            continue
        if trouble:
            problems.extend(trouble)
        else:
            plans.append(found)
    return plans, problems


def _plan_one(
    contract: Contract, items: list[tuple[int, Contribution]], settings: Settings
) -> tuple[Plan, list[Problem]]:
    rules = _rules_for(contract, rules_of(contract, settings), settings)
    agreed = contract.agreed.valuation if contract.agreed else None
    table = _rules_for(contract, agreed, settings) if agreed else None
    items, unclear = resolve_codes(items, table or rules)  # `Participatiewet` or a label is its code
    return Plan(contract, items, rules, table), unclear + input_problems(
        contract, items, rules, table or rules
    )


def run(
    plans: list[Plan], settings: Settings, trace: bool = True, progress: Callable[[int], None] | None = None
) -> tuple[ContractResult, ...]:
    """Evaluate each planned contract; `progress` hears how many are done, now and then."""
    results = []
    for done, p in enumerate(plans, start=1):
        results.append(evaluate(p.contract, p.items, p.rules, settings.as_of, p.valuation, trace))
        if progress and (done % 500 == 0 or done == len(plans)):
            progress(done)
    return tuple(results)


def evaluate_portfolio(portfolio: Portfolio, settings: Settings) -> Report:
    """Evaluate every contract of a portfolio into one report."""
    results = run(plan(portfolio, settings), settings)
    return Report(
        as_of=settings.as_of,
        input=input_files(portfolio),
        contracts=results,
        summary=summarise(results),
        findings=notice_findings(portfolio),
    )


def input_files(portfolio: Portfolio) -> tuple[InputFile, ...]:
    return tuple(InputFile(path=p, sha256=s) for p, s in portfolio.files)


def check(paths: list[Path], settings: Settings) -> Report:
    return evaluate_portfolio(load(paths, settings), settings)


def explain(paths: list[Path], contract_id: str | None, settings: Settings) -> ContractResult:
    """The full evaluation of one contract (the first when no id is given), with its trace."""
    report = check(paths, settings)
    if contract_id is None:
        return report.contracts[0]
    for result in report.contracts:
        if result.id == contract_id:
            return result
    raise UsageError(  # the input is fine; the id asked for is not in it
        Problem(
            ", ".join(map(str, paths)),
            "unknown_contract",
            {"id": contract_id, "known": ", ".join(c.id for c in report.contracts)},
        )
    )
