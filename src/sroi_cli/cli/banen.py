"""`sroi banen`: Banenafspraak jobs (25,5 paid hours a week = 1 job) per organisation and year."""

from __future__ import annotations

from decimal import Decimal
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
from sroi_cli.render import BANEN_RENDERERS


class BanenFormat(StrEnum):
    TABLE = "table"
    MD = "md"
    JSON = "json"


def banen(
    paths: Paths,
    year: Annotated[int | None, typer.Option("--year", metavar="mv_year", help="help_year")] = None,
    paid_hours: Annotated[
        Decimal | None,
        typer.Option(
            "--paid-hours",
            min=0,
            metavar="mv_hours",
            help="help_paid_hours",
        ),
    ] = None,
    organisation: Annotated[
        str | None,
        typer.Option(
            "--organisation",
            metavar="mv_name",
            help="help_organisation",
        ),
    ] = None,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: Annotated[
        BanenFormat | None,
        typer.Option("--format", "-f", help="help_format_text"),
    ] = None,
    output: Output = None,
    lang: LangOpt = None,
    allow_bsn: AllowBsn = False,
) -> None:
    """Count Banenafspraak jobs per hiring organisation and calendar year; optionally the quotum."""
    with command(lang, fmt, output, BANEN_RENDERERS, inputs=paths, others=[rules]) as run:
        run.emit(use.banen(paths, run.settings(as_of, rules, allow_bsn), year, paid_hours, organisation))
