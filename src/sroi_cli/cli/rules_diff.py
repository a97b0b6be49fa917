"""`sroi rules diff A B [--portfolio FILE]`: changed rule values and the contracts they change."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.options import AsOf, LangOpt, Output, RulesOpt
from sroi_cli.cli.run import command
from sroi_cli.render import RULES_DIFF_RENDERERS


class DiffFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


VersionA = Annotated[str, typer.Argument(metavar="A", help="help_version_a", show_default=False)]
VersionB = Annotated[str, typer.Argument(metavar="B", help="help_version_b")]


def diff(
    a: VersionA,
    b: VersionB,
    portfolio: Annotated[
        Path | None,
        typer.Option("--portfolio", "-p", metavar="mv_file", help="help_portfolio"),
    ] = None,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: Annotated[
        DiffFormat | None,
        typer.Option("--format", "-f", help="help_format_diff"),
    ] = None,
    output: Output = None,
    lang: LangOpt = None,
    documentation: Annotated[bool, typer.Option("--all", help="help_all")] = False,
) -> None:
    """List the rule values that changed from A to B and which contracts change with them."""
    with command(
        lang, fmt, output, RULES_DIFF_RENDERERS, inputs=[portfolio] if portfolio else [], others=[a, b, rules]
    ) as run:
        run.emit(use.diff_rules(a, b, run.settings(as_of, rules), portfolio, documentation))
