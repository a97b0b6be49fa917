"""The outcome of a check without evaluation (`sroi validate`, `sroi rules validate`): problems per file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sroi_cli.domain.args import Date, Param
from sroi_cli.domain.errors import Problem, masked
from sroi_cli.domain.findings import STALE_AFTER_MONTHS
from sroi_cli.domain.inputs import Contract
from sroi_cli.domain.location import NOWHERE, Location, Where
from sroi_cli.domain.marks import unsourced
from sroi_cli.domain.months import add_months
from sroi_cli.domain.obligation import rate_of
from sroi_cli.domain.privacy import mask_bsn
from sroi_cli.domain.report import Severity
from sroi_cli.domain.rules import RuleSet


class Outcome(StrEnum):
    """The worst thing a validation found; the CLI turns it into the exit code of design §2."""

    OK = "ok"
    WARNING = "warning"  # only fails with --fail-on warning
    INPUT_ERROR = "input_error"
    RULES_ERROR = "rules_error"


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Issue(_Out):
    """One problem at one place: the message key and its parameters, and where (file, line or cell)."""

    severity: Severity
    kind: Literal["input", "rules"]
    key: str
    params: dict[str, Param] = Field(default_factory=dict)
    location: str
    file: str
    line: int | None = None
    place: str | None = None  # an Excel `Sheet!C7`
    where: Where = Field(default=NOWHERE, exclude=True)  # the location as its parts, for the order

    # Its sentence is the catalogue's: sroi_cli.catalogue.sentence(issue.key, issue.params, lang).


class FileCheck(_Out):
    path: str
    contracts: int = 0
    contributions: int = 0
    issues: tuple[Issue, ...] = ()
    passed: bool = True


class ValidationReport(_Out):
    schema_: str = Field(default="sroi.validation/1", alias="schema")
    as_of: dt.date
    subject: Literal["input", "rules"] = "input"  # templates (`validate`) or rule versions
    fail_on: Literal["error", "warning"] = "error"
    files: tuple[FileCheck, ...]
    passed: int
    failed: int

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    def outcome(self) -> Outcome:
        """Input errors first (nothing could be read right), then rule errors, then warnings."""
        issues = [i for f in self.files for i in f.issues]
        errors = {i.kind for i in issues if i.severity is Severity.ERROR}
        if "input" in errors:
            return Outcome.INPUT_ERROR
        if "rules" in errors:
            return Outcome.RULES_ERROR
        return Outcome.WARNING if issues else Outcome.OK


def issue(problem: Problem, severity: Severity, kind: Literal["input", "rules"], file: str = "") -> Issue:
    """The problem as an issue of the check of `file`: a problem that names no place is at `file`."""
    where = problem.location if problem.location else Location(file)
    return Issue(
        severity=severity,
        kind=kind,
        key=problem.key,
        params=masked(problem.params),  # JSON shows them: never a BSN
        location=mask_bsn(str(where)),
        file=where.file or file,
        line=where.line,
        place=where.spot if where.line is None else None,
        where=where,
    )


def file_check(
    path: str, issues: Iterable[Issue], fail_on: str, contracts: int = 0, contributions: int = 0
) -> FileCheck:
    """One file's result; it fails on an error, or on a warning when `fail_on` is `warning`."""
    found = tuple(sorted(issues, key=lambda i: (i.file != path, i.where.order())))
    failing = {Severity.ERROR} | ({Severity.WARNING} if fail_on == "warning" else set())
    return FileCheck(
        path=path,
        contracts=contracts,
        contributions=contributions,
        issues=found,
        passed=not any(i.severity in failing for i in found),
    )


def validation_report(
    as_of: dt.date,
    fail_on: Literal["error", "warning"],
    files: Iterable[FileCheck],
    subject: Literal["input", "rules"] = "input",
) -> ValidationReport:
    checked = tuple(files)
    passed = sum(f.passed for f in checked)
    return ValidationReport(
        as_of=as_of,
        subject=subject,
        fail_on=fail_on,
        files=checked,
        passed=passed,
        failed=len(checked) - passed,
    )


def stale_problem(rules: RuleSet, as_of: dt.date, location: Location) -> Problem | None:
    """A warning when the rule version was last confirmed more than 12 months before `as_of`."""
    if add_months(rules.last_checked, STALE_AFTER_MONTHS) >= as_of:
        return None
    return Problem(
        location,
        "rules_stale",
        {
            "rules": f"{rules.id} {rules.version}",
            "checked": Date(rules.last_checked),
            "months": str(STALE_AFTER_MONTHS),
            "as_of": Date(as_of),
        },
    )


def marks_problems(rules: RuleSet, location: Location) -> list[Problem]:
    """The count of assumed and contested values of a version, and which they are (an info)."""
    if not rules.assumed and not rules.contested:
        return []
    params = {
        "rules": f"{rules.id} {rules.version}",
        "assumed": str(len(rules.assumed)),
        "contested": str(len(rules.contested)),
        "keys": ", ".join([*rules.assumed, *rules.contested]),
    }
    return [Problem(location, "rules_marks", params)]


def unsourced_problems(rules: RuleSet, location: Location) -> list[Problem]:
    """A warning before anyone relies on a threshold or percentage that no source gives."""
    keys = unsourced(rules)
    if not keys:
        return []
    params = {"rules": f"{rules.id} {rules.version}", "keys": ", ".join(keys)}
    return [Problem(location, "rules_unsourced", params)]


def declared_problems(contract: Contract, rules: RuleSet) -> list[Problem]:
    """A template's own threshold and percentage must be the ones the rule set applies to it."""
    declared = contract.declared
    if declared is None:
        return []
    found: list[Problem] = []
    if declared.threshold is not None:
        expected = rules.threshold_on(contract.type, contract.rule_date)[0]
        if declared.threshold != expected:
            found.append(
                _mismatch(
                    contract, "threshold", declared.threshold, expected, rules, "applicability.threshold"
                )
            )
    if declared.percentage is not None:
        rate, path = rate_of(contract, rules)
        path = f"{path} = {rules.obligation.method.value}" if path == "obligation.method" else path
        if declared.percentage != rate:
            found.append(_mismatch(contract, "percentage", declared.percentage, rate, rules, path))
    return found


def _mismatch(
    contract: Contract, field: str, declared: Decimal, expected: Decimal, rules: RuleSet, path: str
) -> Problem:
    return Problem(
        contract.origin.at(f"declared.{field}") if contract.origin else NOWHERE,
        "declared_mismatch",
        {
            "field": field,
            "declared": _plain(declared),
            "expected": _plain(expected),
            "rules": f"{rules.id} {rules.version}",
            "path": path,
        },
    )


def _plain(value: Decimal) -> str:
    """`215000.00` as 215000, `0.050` as 0.05: the number, without trailing zeros."""
    return format(value.normalize(), "f")
