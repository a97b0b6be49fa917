"""`sroi rules diff A B`: the rule values that changed and, with a portfolio, the contracts that change.

A and B are `id@version` (a version label or a valid_from date), a rule file, a folder of versions
or an id; a folder or a bare id means the version in force on the as-of date. With a portfolio,
every contract is evaluated under A and under B, whatever rule set it names (the version is forced),
so a region sees what a new table does before it adopts it.
"""

from __future__ import annotations

from pathlib import Path

from sroi_cli.app.evaluate import load
from sroi_cli.app.settings import Settings
from sroi_cli.domain.checks import input_problems, resolve_codes
from sroi_cli.domain.engine import evaluate, rules_ref
from sroi_cli.domain.errors import Problem, RulesError, SroiError
from sroi_cli.domain.inputs import Contract, Contribution, Portfolio
from sroi_cli.domain.report import ContractResult
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.rules_diff import RulesDiff, diff_values, impact, totals


def diff_rules(
    a: str, b: str, settings: Settings, portfolio: Path | None = None, documentation: bool = False
) -> RulesDiff:
    """The changed values (labels, sources and notes too with `documentation`) and their impact."""
    first, second = resolve_version(a, settings), resolve_version(b, settings)
    changes = diff_values(first, second, documentation)
    diff = RulesDiff(a=rules_ref(first), b=rules_ref(second), changes=changes)
    if portfolio is None:
        return diff
    loaded = load([portfolio], settings)
    under_a, under_b = _evaluate_under(first, loaded, settings), _evaluate_under(second, loaded, settings)
    impacts = [impact(c.id, under_a[c.id], under_b[c.id]) for c in loaded.contracts]
    listed = tuple(i for i in impacts if i is not None)
    return diff.model_copy(
        update={
            "portfolio": str(portfolio),
            "as_of": settings.as_of,
            "contracts": len(loaded.contracts),
            "impacts": listed,
            **totals(listed),
        }
    )


def resolve_version(spec: str, settings: Settings) -> RuleSet:
    """`utrecht@2023-01` or `utrecht@2023-01-01`, a file, a folder or an id (in force on the as-of date)."""
    from sroi_cli.io.rules_loader import RuleLibrary

    path = Path(spec)
    if path.exists():
        library = RuleLibrary([path])
        history = library.history(library.default or "")
        return history.versions[0] if path.is_file() else history.in_force(settings.as_of)
    rule_id, _, version = spec.partition("@")
    history = settings.library.history(rule_id)
    if not version:
        return history.in_force(settings.as_of)
    for candidate in history.versions:
        if version in (candidate.version, candidate.valid_from.isoformat()):
            return candidate
    known = ", ".join(f"{v.version} ({v.valid_from.isoformat()})" for v in history.versions)
    raise RulesError(Problem("", "unknown_version", {"id": rule_id, "version": version, "known": known}))


def _evaluate_under(
    version: RuleSet, portfolio: Portfolio, settings: Settings
) -> dict[str, ContractResult | list[Problem]]:
    """Each contract under `version`, or the problems that keep it from being evaluated under it."""
    grouped = portfolio.by_contract()
    results: dict[str, ContractResult | list[Problem]] = {}
    for contract in portfolio.contracts:
        results[contract.id] = _one(contract, grouped[contract.id], version, settings)
    return results


def _one(
    contract: Contract, items: list[tuple[int, Contribution]], version: RuleSet, settings: Settings
) -> ContractResult | list[Problem]:
    valuation = contract.agreed.valuation if contract.agreed else None
    table = None
    if valuation and valuation != version.id:  # an agreed table of another issuer stays as agreed
        try:
            table = settings.library.history(valuation).in_force(contract.rule_date)
        except SroiError as error:
            return error.problems
    items, problems = resolve_codes(items, table or version)
    problems += input_problems(contract, items, version, table or version)
    if problems:
        return problems
    return evaluate(contract, items, version, settings.as_of, table)
