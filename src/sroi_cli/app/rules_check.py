"""`sroi rules validate`: every version file of every rule set under a path, checked and located.

Beyond the schema (unknown keys, bonuses naming a missing block, `extends` cycles, which the
loader refuses): the file name is `<valid_from>.yaml`, the folder is named after the id, the
versions neither overlap nor leave a gap, and a version last checked over 12 months ago warns.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Literal

from sroi_cli.domain.errors import Problem, RulesError
from sroi_cli.domain.report import Severity
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.validation import (
    FileCheck,
    Issue,
    ValidationReport,
    file_check,
    issue,
    marks_problems,
    stale_problem,
    unsourced_problems,
    validation_report,
)
from sroi_cli.io.rules_loader import RuleLibrary

FailOn = Literal["error", "warning"]
_DAY = dt.timedelta(days=1)


def check_rules(path: Path, as_of: dt.date, fail_on: FailOn = "error") -> ValidationReport:
    """Every version under `path` (a file, a folder of versions, or a folder of rule-set folders)."""
    try:
        library = RuleLibrary([path])
    except RulesError as error:  # not even the rule set's id could be read
        files = [_failed(p, fail_on) for p in error.problems]
        return validation_report(as_of, fail_on, files, subject="rules")
    root = path.resolve()
    checks: list[FileCheck] = []
    for rule_id in library.ids():
        versions = [f for f in library.files(rule_id) if root in (f.resolve(), *f.resolve().parents)]
        if versions:
            checks += _check_set(library, versions, path.is_dir(), as_of, fail_on)
    return validation_report(as_of, fail_on, checks, subject="rules")


def _failed(problem: Problem, fail_on: FailOn) -> FileCheck:
    name = problem.location.file
    return file_check(name, [issue(problem, Severity.ERROR, "rules")], fail_on)


def _check_set(
    library: RuleLibrary, files: list[Path], in_folder: bool, as_of: dt.date, fail_on: FailOn
) -> list[FileCheck]:
    """Each version on its own, then the versions against each other (in order of valid_from)."""
    found: dict[Path, list[Issue]] = {f: [] for f in files}
    loaded: list[tuple[Path, RuleSet]] = []
    for path in files:
        try:
            version = library.load(path)
        except RulesError as error:
            found[path] += [issue(p, Severity.ERROR, "rules") for p in error.problems]
            continue
        loaded.append((path, version))
        found[path] += _version_issues(library, path, version, in_folder, as_of)
    loaded.sort(key=lambda pair: pair[1].valid_from)
    for (path, first), (later_path, later) in itertools.pairwise(loaded):
        problem = _sequence_problem(library, path, first, later_path, later)
        if problem is not None:
            found[later_path if problem.key == "versions_same_start" else path].append(
                issue(problem, Severity.ERROR, "rules")
            )
    return [file_check(library.where(path).file, issues, fail_on) for path, issues in found.items()]


def _version_issues(
    library: RuleLibrary, path: Path, version: RuleSet, in_folder: bool, as_of: dt.date
) -> list[Issue]:
    """The file name says valid_from, the folder says the id, valid_until follows valid_from, fresh."""
    problems: list[tuple[Problem, Severity]] = []
    if path.stem != version.valid_from.isoformat():
        params = {"name": path.name, "valid_from": version.valid_from.isoformat()}
        problems.append(
            (Problem(library.where(path, "valid_from"), "file_name_date", params), Severity.ERROR)
        )
    if in_folder and path.parent.name != version.id:
        params = {"folder": path.parent.name, "id": version.id}
        problems.append((Problem(library.where(path, "id"), "id_mismatch", params), Severity.ERROR))
    if version.valid_until is not None and version.valid_until < version.valid_from:
        params = {"until": version.valid_until.isoformat(), "valid_from": version.valid_from.isoformat()}
        problems.append(
            (Problem(library.where(path, "valid_until"), "until_before_from", params), Severity.ERROR)
        )
    stale = stale_problem(version, as_of, library.where(path, "last_checked"))
    if stale is not None:
        problems.append((stale, Severity.WARNING))
    problems += [(p, Severity.INFO) for p in marks_problems(version, library.where(path, "assumed"))]
    problems += [(p, Severity.WARNING) for p in unsourced_problems(version, library.where(path, "assumed"))]
    return [issue(p, severity, "rules") for p, severity in problems]


def _sequence_problem(
    library: RuleLibrary, path: Path, first: RuleSet, later_path: Path, later: RuleSet
) -> Problem | None:
    """Two versions in a row: the same start, the first running on past the later's start, or a gap."""
    params = {
        "version": first.version,
        "other": later.version,
        "other_from": later.valid_from.isoformat(),
    }
    if first.valid_from == later.valid_from:
        params["valid_from"] = later.valid_from.isoformat()
        return Problem(library.where(later_path, "valid_from"), "versions_same_start", params)
    until = first.valid_until
    if until is None:
        return None  # superseded on the later version's first day
    params["until"] = until.isoformat()
    where = library.where(path, "valid_until")
    if until >= later.valid_from:
        return Problem(where, "versions_overlap", params)
    if until + _DAY < later.valid_from:
        params["gap_from"] = (until + _DAY).isoformat()
        params["gap_to"] = (later.valid_from - _DAY).isoformat()
        return Problem(where, "versions_gap", params)
    return None
