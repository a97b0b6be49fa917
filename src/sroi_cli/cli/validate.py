"""`sroi validate`: schema and consistency of input files without evaluating them, for CI."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.errors import ExitCode, tell
from sroi_cli.cli.options import (
    AllowBsn,
    AsOf,
    LangOpt,
    Output,
    Paths,
    RulesOpt,
)
from sroi_cli.cli.run import command
from sroi_cli.domain.validation import Outcome, ValidationReport
from sroi_cli.render import VALIDATION_RENDERERS


class ValidateFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"
    GITHUB = "github"


class ValidateFailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"


FormatOpt = Annotated[
    ValidateFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="help_format_validate",
    ),
]
ValidateFailOnOpt = Annotated[ValidateFailOn, typer.Option("--fail-on", help="help_validate_fail_on")]
_EXIT = {
    Outcome.OK: ExitCode.OK,
    Outcome.WARNING: ExitCode.OK,
    Outcome.INPUT_ERROR: ExitCode.BAD_INPUT,
    Outcome.RULES_ERROR: ExitCode.BAD_RULES,
}


def finish(report: ValidationReport, fmt: str, output: Path | None, lang: str, fail_on: str) -> None:
    """The closing line on stderr unless the text report already ends with it; then the exit code."""
    from sroi_cli.render.validation import summary_text

    if fmt != ValidateFormat.TEXT or output is not None:
        sys.stdout.flush()
        tell(summary_text(report, lang))
    outcome = report.outcome()
    if outcome is Outcome.WARNING and fail_on == ValidateFailOn.WARNING:
        raise typer.Exit(ExitCode.FAILED_CHECK)
    raise typer.Exit(_EXIT[outcome])


def validate(
    paths: Paths,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: FormatOpt = None,
    output: Output = None,
    lang: LangOpt = None,
    fail_on: ValidateFailOnOpt = ValidateFailOn.ERROR,
    allow_bsn: AllowBsn = False,
) -> None:
    """Check input files (schema, rule sets, blocks, declared values) without evaluating them."""
    with command(
        lang, fmt, output, VALIDATION_RENDERERS, default="text", inputs=paths, others=[rules]
    ) as run:
        report = use.validate(paths, run.settings(as_of, rules, allow_bsn), fail_on.value)
        run.emit(report)
    finish(report, run.fmt, output, run.lang, fail_on)
