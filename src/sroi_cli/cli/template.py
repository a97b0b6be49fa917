"""`sroi template -o FILE`: a blank input workbook (or YAML) with drop-downs filled from a rule set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.errors import tell
from sroi_cli.cli.options import LangOpt, as_of_date, resolve_lang
from sroi_cli.cli.run import command

TemplateOutput = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="The file to write: .xlsx for a workbook, .yaml or .yml for a commented YAML skeleton.",
        show_default=False,
    ),
]
RulesOpt = Annotated[
    str | None,
    typer.Option(
        "--rules",
        metavar="ID|FILE|DIR",
        help="The rule set whose blocks and bonuses fill the drop-downs: a bundled id, a rule file, or a "
        "folder of versions. Default: rijk.",
    ),
]
AsOf = Annotated[
    dt.date | None,
    typer.Option(
        "--as-of",
        parser=as_of_date,
        metavar="DATE",
        show_default=False,
        help="Use the rule-set version in force on this date (2026-11-23 or 23-11-2026). Default: today.",
    ),
]
Force = Annotated[bool, typer.Option("--force", help="Overwrite FILE when it exists.")]


def template(
    output: TemplateOutput,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    lang: LangOpt = None,
    force: Force = False,
) -> None:
    """Write a blank input for a rule set (default rijk): sheets, drop-downs, formats, instructions."""
    language = resolve_lang(lang)
    if output.suffix.lower() not in (".xlsx", ".yaml", ".yml"):
        raise typer.BadParameter("FILE must end in .xlsx, .yaml or .yml", param_hint="--output")
    if output.exists() and not force:
        raise typer.BadParameter(f"{output} exists; pass --force to overwrite it", param_hint="--output")
    with command(lang, None, output, {}, chosen=output.suffix.lower().lstrip("."), others=[rules]) as run:
        made = use.make_template(output, run.settings(as_of, rules), language)
    from sroi_cli.render.texts import phrase

    tell(phrase("template_written", language, path=str(output), rules=f"{made.id} {made.version}"))
