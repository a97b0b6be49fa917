"""`sroi rules test PATH`: run a rule set's YAML test cases; exit 1 when any case fails."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.errors import ExitCode
from sroi_cli.cli.options import LangOpt, Output
from sroi_cli.cli.run import command
from sroi_cli.render import RULES_TEST_RENDERERS


class CaseFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def run_tests(
    path: Annotated[
        str,
        typer.Argument(
            metavar="mv_path",
            help="help_cases_path",
            show_default=False,
        ),
    ],
    fmt: Annotated[CaseFormat, typer.Option("--format", "-f", help="help_format_cases")] = CaseFormat.TEXT,
    output: Output = None,
    lang: LangOpt = None,
) -> None:
    """Run YAML test cases (input, as-of date, expected figures) against a rule set."""
    with command(lang, fmt.value, output, RULES_TEST_RENDERERS, chosen=fmt.value, others=[path]) as run:
        report = use.run_rule_tests(path)
        run.emit(report)
    if report.failed:
        raise typer.Exit(ExitCode.FAILED_CHECK)
