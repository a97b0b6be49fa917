"""`sroi explain`: the full calculation trace of one contract, with each rule value and its source."""

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
from sroi_cli.render import EXPLAIN_RENDERERS


class ExplainFormat(StrEnum):
    TABLE = "table"
    MD = "md"
    JSON = "json"


def explain(
    paths: Paths,
    contract: Annotated[
        str | None, typer.Option("--contract", "-c", help="The contract id; default: the first.")
    ] = None,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: Annotated[ExplainFormat | None, typer.Option("--format", "-f")] = None,
    output: Output = None,
    lang: LangOpt = None,
    allow_bsn: AllowBsn = False,
) -> None:
    """Show every step of one contract's calculation: inputs, rule values and their sources."""
    language = resolve_lang(lang)
    chosen = resolve_format(fmt, output, list(EXPLAIN_RENDERERS), "table")
    with boundary(language):
        settings = use.Settings(as_of=resolve_as_of(as_of), rules=rules, allow_bsn=allow_bsn)
        result = use.explain(paths, contract, settings)
        use.write_report(result, chosen, language, output, sys.stdout, table=EXPLAIN_RENDERERS)
