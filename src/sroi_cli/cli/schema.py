"""`sroi schema input|report|rules` (and `sroi rules schema`): JSON Schemas for editors and CI."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.options import LangOpt
from sroi_cli.cli.run import command
from sroi_cli.render import SCHEMA_RENDERERS


class SchemaKind(StrEnum):
    INPUT = "input"
    REPORT = "report"
    RULES = "rules"


SchemaOutput = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="mv_file", help="help_schema_output"),
]


def schema(
    kind: Annotated[
        SchemaKind,
        typer.Argument(metavar="mv_kind", help="help_kind"),
    ],
    output: SchemaOutput = None,
    lang: LangOpt = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of a format, or write it with -o."""
    with command(lang, "json", output, SCHEMA_RENDERERS, chosen="json") as run:  # guard: a folder or
        run.emit(use.json_schema(kind.value), lang="en")  # no name is found early; schemas are English


def rules_schema(output: SchemaOutput = None, lang: LangOpt = None) -> None:
    """Print the JSON Schema of a rule file (the same as `sroi schema rules`)."""
    schema(SchemaKind.RULES, output, lang)
