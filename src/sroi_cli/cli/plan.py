"""`sroi plan`: a shortfall turned into concrete options from the contract's rule set."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.errors import boundary
from sroi_cli.cli.options import (
    AllowBsn,
    AsOf,
    LangOpt,
    Output,
    Paths,
    RulesOpt,
    resolve_as_of,
    resolve_format,
    resolve_lang,
)
from sroi_cli.render import PLAN_RENDERERS


class PlanFormat(StrEnum):
    TABLE = "table"
    MD = "md"
    JSON = "json"


def plan(
    paths: Paths,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: Annotated[PlanFormat | None, typer.Option("--format", "-f")] = None,
    output: Output = None,
    lang: LangOpt = None,
    allow_bsn: AllowBsn = False,
) -> None:
    """For each contract short of its obligation: how to close the gap with each block."""
    language = resolve_lang(lang)
    chosen = resolve_format(fmt, output, list(PLAN_RENDERERS), "table")
    with boundary(language):
        settings = use.Settings(as_of=resolve_as_of(as_of), rules=rules, allow_bsn=allow_bsn)
        report = use.shortfall_plan(paths, settings)
        use.write_report(report, chosen, language, output, sys.stdout, table=PLAN_RENDERERS)
