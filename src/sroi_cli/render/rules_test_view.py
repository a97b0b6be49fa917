"""Rule test results: a pass/fail line per case, the reasons under a failed one, `N passed, N failed`."""

from __future__ import annotations

import json
from typing import Any, TextIO

from sroi_cli.catalogue import problem_text
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inert import visible
from sroi_cli.domain.rule_tests import CaseFailure, RulesTestReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.texts import phrase


def failure_text(failure: CaseFailure, lang: str) -> str:
    if failure.problem:
        return problem_text(Problem(failure.location, failure.key, failure.params), lang)
    return phrase(failure.key, lang, **failure.params)


def report_data(report: RulesTestReport, lang: str) -> dict[str, Any]:
    data = report.model_dump(mode="json", by_alias=True)
    for case, result in zip(data["cases"], report.cases, strict=True):
        case["passed"] = result.passed
        for item, failure in zip(case["failures"], result.failures, strict=True):
            item["message"] = failure_text(failure, lang)
    data["lang"] = lang
    return data


def lines(report: RulesTestReport, lang: str) -> list[str]:
    out = []
    for case in report.cases:
        word = phrase("case_passed" if case.passed else "case_failed", lang)
        out.append(f"{word}: {case.path}: {case.name}")
        out += [f"    {failure_text(f, lang)}" for f in case.failures]
    out.append(phrase("validate_summary", lang, passed=str(report.passed), failed=str(report.failed)))
    return out


def render(report: RulesTestReport, out: TextIO, options: RenderOptions, fmt: str = "text") -> None:
    if fmt == "json":
        json.dump(report_data(report, options.lang), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    out.write("\n".join(map(visible, lines(report, options.lang))) + "\n")
