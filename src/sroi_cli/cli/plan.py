"""`sroi plan`: a shortfall turned into concrete options from the contract's rule set."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.options import (
    AllowBsn,
    AsOf,
    LangOpt,
    Output,
    Paths,
    RulesOpt,
)
from sroi_cli.cli.run import command
from sroi_cli.render import PLAN_RENDERERS


class PlanFormat(StrEnum):
    TABLE = "table"
    MD = "md"
    JSON = "json"


def plan(
    paths: Paths,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: Annotated[
        PlanFormat | None,
        typer.Option("--format", "-f", help="help_format_text"),
    ] = None,
    output: Output = None,
    lang: LangOpt = None,
    allow_bsn: AllowBsn = False,
) -> None:
    """For each contract short of its obligation: how to close the gap with each block."""
    with command(lang, fmt, output, PLAN_RENDERERS, inputs=paths, others=[rules]) as run:
        run.emit(use.shortfall_plan(paths, run.settings(as_of, rules, allow_bsn)))
