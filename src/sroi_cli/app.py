"""Use cases: check, explain and the rule-set commands, each returning models for a renderer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sroi_cli.domain.checks import input_problems
from sroi_cli.domain.engine import evaluate
from sroi_cli.domain.errors import InputError, Problem, RulesError
from sroi_cli.domain.inputs import Contract, Portfolio
from sroi_cli.domain.report import ContractResult, InputFile, Report, summarise
from sroi_cli.domain.rules import RuleHistory, RuleSet
from sroi_cli.io.rules_loader import RuleLibrary

DEFAULT_RULES = "rijk"


@dataclass
class Settings:
    """What every evaluation needs besides the input: the date, the rules, the privacy switch."""

    as_of: dt.date
    rules: str | None = None
    allow_bsn: bool = False
    library: RuleLibrary = field(init=False)
    default_rules: str = field(init=False)

    def __post_init__(self) -> None:
        path = Path(self.rules) if self.rules else None
        if path is not None and (path.exists() or path.suffix in (".yaml", ".yml")):
            self.library = RuleLibrary([path])
            self.default_rules = self.library.default or DEFAULT_RULES
        else:
            self.library = RuleLibrary()
            self.default_rules = self.rules or DEFAULT_RULES
            if self.rules:
                self.library.files(self.rules)  # an unknown id fails here, before any input is read


def load(paths: list[Path], settings: Settings) -> Portfolio:
    from sroi_cli.io.inputs import load_portfolio

    return load_portfolio(paths, settings.allow_bsn)


def _rules_for(contract: Contract, rule_id: str, settings: Settings) -> RuleSet:
    where = contract.origin.at("rules" if contract.rules else "start") if contract.origin else ""
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


def evaluate_portfolio(portfolio: Portfolio, settings: Settings) -> Report:
    """Evaluate every contract; all input problems are gathered first and raised together."""
    grouped = portfolio.by_contract()
    plans: list[tuple[Contract, RuleSet, RuleSet | None]] = []
    problems: list[Problem] = []
    for contract in portfolio.contracts:
        rules = _rules_for(contract, contract.rules or settings.default_rules, settings)
        agreed = contract.agreed.valuation if contract.agreed else None
        table = _rules_for(contract, agreed, settings) if agreed else None
        problems.extend(input_problems(contract, grouped[contract.id], rules, table or rules))
        plans.append((contract, rules, table))
    if problems:
        raise InputError(problems)
    results = tuple(evaluate(c, grouped[c.id], rules, settings.as_of, table) for c, rules, table in plans)
    return Report(
        as_of=settings.as_of,
        input=tuple(InputFile(path=p, sha256=s) for p, s in portfolio.files),
        contracts=results,
        summary=summarise(results),
    )


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
    raise InputError(
        Problem(
            ", ".join(map(str, paths)),
            "unknown_contract",
            {"id": contract_id, "known": ", ".join(c.id for c in report.contracts)},
        )
    )


def rule_histories(settings: Settings) -> list[RuleHistory]:
    return [settings.library.history(rule_id) for rule_id in settings.library.ids()]


def rule_history(rule_id: str, settings: Settings) -> RuleHistory:
    return settings.library.history(rule_id)


def validate_rules(path: Path) -> list[RuleHistory]:
    """Load and validate every version under `path` (a file, a folder, or a folder of folders)."""
    library = RuleLibrary([path])
    added = [
        i
        for i in library.ids()
        if any(path.resolve() in (f.resolve(), *f.resolve().parents) for f in library.files(i))
    ]
    return [library.history(rule_id) for rule_id in added]


def write_report(
    obj: Any,
    fmt: str,
    lang: str,
    output: Path | None,
    stdout: IO[str],
    color: bool = False,
    table: dict[str, str] | None = None,
) -> None:
    """Render with the chosen format to stdout, or whole-or-nothing to `output`."""
    from sroi_cli.io.output import atomic_binary
    from sroi_cli.render import RenderOptions, get_renderer

    renderer = get_renderer(fmt, table)
    options = RenderOptions(lang=lang, color=color and output is None)
    if output is None:
        if renderer.binary:
            renderer.render(obj, stdout.buffer, options)  # type: ignore[attr-defined]
        else:
            renderer.render(obj, stdout, options)
        return
    with atomic_binary(output) as stream:
        if renderer.binary:
            renderer.render(obj, stream, options)
        else:
            import io

            text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            renderer.render(obj, text, options)
            text.flush()
            text.detach()
