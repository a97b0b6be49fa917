"""`sroi rules test`: YAML cases (input, as-of date, expected figures per contract) run against rule sets.

A case file holds `name`, `as_of`, an optional `rules` (an id, or a file or folder next to the case),
`input` (the YAML input format) and `expect: {contract id: {dotted.key: value}}`. A rule set ships
its cases in `<rule-set folder>/tests/*.yaml`; they run with that folder as the default rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from sroi_cli.app.evaluate import evaluate_portfolio
from sroi_cli.app.settings import Settings
from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem, SroiError, Words
from sroi_cli.domain.location import Location
from sroi_cli.domain.rule_tests import (
    CaseFailure,
    CaseResult,
    RulesTestReport,
    compare,
    failure_of,
    rules_test_report,
)
from sroi_cli.io.cases import beside, find_cases, read_case

__all__ = ["display", "find_cases", "run_case", "run_rule_tests"]


def run_rule_tests(target: str) -> RulesTestReport:
    """Run every case found at `target`: a case file, a folder of cases, a rule-set folder, or an id."""
    return rules_test_report([run_case(case, rules) for case, rules in find_cases(target)])


def run_case(path: Path, rules_dir: Path | None = None) -> CaseResult:
    """One case; any input or rule problem is the case's failure, never the run's end."""
    shown, name = display(path), path.stem
    try:
        case = read_case(path, shown)
        name = str(case.get("name") or name)
        failures = _run(case, path, shown, rules_dir)
    except SroiError as error:
        failures = [failure_of(p.key, p.params, p.location) for p in error.problems]
    return CaseResult(path=shown, name=name, failures=tuple(failures))


def display(path: Path) -> str:
    """A case file as messages name it: as given, else relative to here, else inside the bundle."""
    from sroi_cli.io.rules_loader import BUNDLED

    if not path.is_absolute():
        return str(path)
    for root, prefix in ((Path.cwd(), ""), (BUNDLED, "<bundled>/")):
        try:
            return prefix + str(path.resolve().relative_to(root))
        except ValueError:
            continue
    return str(path)


def _settings(rules: Any, path: Path, rules_dir: Path | None, as_of: dt.date) -> Settings:
    """A file or folder next to the case is its rules; an id names the default rule set, looked up
    with the rule set under test in the library, so `rules: utrecht` in utrecht/tests means that folder."""
    near = beside(path, str(rules)) if rules is not None else None
    if near is not None:
        settings = Settings(as_of=as_of, rules=str(near))
    else:
        settings = Settings(as_of=as_of, rules=str(rules_dir) if rules_dir else None)
        if rules is not None:
            settings.default_rules = settings.library.canonical(str(rules))  # an unknown id is refused
    settings.overriding = None  # a case's rules are its default: a contract naming its own keeps it
    return settings


def _run(case: Any, path: Path, name: str, rules_dir: Path | None) -> list[CaseFailure]:
    from sroi_cli.io.records import build_portfolio
    from sroi_cli.io.values import ValueProblem, to_date
    from sroi_cli.io.yaml_input import read_yaml_document
    from sroi_cli.render.json_out import report_json

    try:
        as_of: dt.date = to_date(case["as_of"])
    except ValueProblem:
        where = Location(name, line=case.key_lines["as_of"])
        params: dict[str, Words] = {
            "field": "as_of",
            "found": str(case["as_of"]),
            "expected": Term("expect_date"),
        }
        raise InputError(Problem(where, "bad_value", params)) from None
    settings = _settings(case.get("rules"), path, rules_dir, as_of)
    records = read_yaml_document(case["input"], name)
    from sroi_cli.io.files import read_yaml_bytes

    digest = hashlib.sha256(read_yaml_bytes(path, name)).hexdigest()
    report = evaluate_portfolio(build_portfolio(records, [(name, digest)]), settings)
    return compare(report_json(report, "en")["contracts"], case["expect"])
