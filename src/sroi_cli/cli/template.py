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
        metavar="mv_file",
        help="help_template_output",
        show_default=False,
    ),
]
RulesOpt = Annotated[
    str | None,
    typer.Option(
        "--rules",
        metavar="mv_rules",
        help="help_template_rules",
    ),
]
AsOf = Annotated[
    dt.date | None,
    typer.Option(
        "--as-of",
        parser=as_of_date,
        metavar="mv_date",
        show_default=False,
        help="help_template_as_of",
    ),
]
Force = Annotated[bool, typer.Option("--force", help="help_force")]


def template(
    output: TemplateOutput,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    lang: LangOpt = None,
    force: Force = False,
) -> None:
    """Write a blank input for a rule set (default rijk): sheets, drop-downs, formats, instructions."""
    from sroi_cli.catalogue import message

    language = resolve_lang(lang)
    if output.suffix.lower() not in (".xlsx", ".yaml", ".yml"):
        raise typer.BadParameter(message("usage_template_suffix", language), param_hint="--output")
    if output.exists() and not force:
        said = message("usage_template_exists", language, path=str(output))
        raise typer.BadParameter(said, param_hint="--output")
    with command(lang, None, output, {}, chosen=output.suffix.lower().lstrip("."), others=[rules]) as run:
        made = use.make_template(output, run.settings(as_of, rules), language)
    from sroi_cli.render.texts import phrase

    tell(phrase("template_written", language, path=str(output), rules=f"{made.id} {made.version}"))
