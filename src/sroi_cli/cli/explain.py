"""`sroi explain`: the full calculation trace of one contract, with each rule value and its source."""

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
from sroi_cli.render import EXPLAIN_RENDERERS


class ExplainFormat(StrEnum):
    TABLE = "table"
    MD = "md"
    JSON = "json"


def explain(
    paths: Paths,
    contract: Annotated[
        str | None,
        typer.Option("--contract", "-c", metavar="ID", help="help_contract"),
    ] = None,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: Annotated[
        ExplainFormat | None,
        typer.Option("--format", "-f", help="help_format_text"),
    ] = None,
    output: Output = None,
    lang: LangOpt = None,
    allow_bsn: AllowBsn = False,
) -> None:
    """Show every step of one contract's calculation: inputs, rule values and their sources."""
    with command(lang, fmt, output, EXPLAIN_RENDERERS, inputs=paths, others=[rules]) as run:
        run.emit(use.explain(paths, contract, run.settings(as_of, rules, allow_bsn)))
