"""A validation report as text (one line per problem, then `N passed, N failed`) or as JSON."""

from __future__ import annotations

import json
from typing import Any, TextIO

from sroi_cli.catalogue import sentence
from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import Severity
from sroi_cli.domain.validation import Issue, ValidationReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.texts import phrase


def summary_text(report: ValidationReport, lang: str) -> str:
    """The closing line, counting files: `3 passed, 1 failed`."""
    return phrase("validate_summary", lang, passed=str(report.passed), failed=str(report.failed))


def issue_line(item: Issue, lang: str) -> str:
    """`templates/a.yaml:12: error: …`, the form editors and CI logs recognise."""
    return f"{item.location}: {phrase(item.severity.value, lang)}: {sentence(item.key, item.params, lang)}"


def fails(report: ValidationReport, item: Issue) -> bool:
    """Whether this problem fails its file (an error, or a warning under --fail-on warning)."""
    return item.severity is Severity.ERROR or report.fail_on == "warning"


def report_data(report: ValidationReport, lang: str) -> dict[str, Any]:
    data = report.model_dump(mode="json", by_alias=True)
    for file, checked in zip(data["files"], report.files, strict=True):
        for item, issue in zip(file["issues"], checked.issues, strict=True):
            item["message"] = sentence(issue.key, issue.params, lang)
    data["lang"] = lang
    return data


def render(report: ValidationReport, out: TextIO, options: RenderOptions, fmt: str = "text") -> None:
    if fmt == "json":
        json.dump(report_data(report, options.lang), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for checked in report.files:
        for item in checked.issues:
            out.write(visible(issue_line(item, options.lang)) + "\n")
    out.write(visible(summary_text(report, options.lang)) + "\n")
