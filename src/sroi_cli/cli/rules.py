"""`sroi rules list|show|validate`: inspect and check rule sets (`test` and `diff` have their own modules)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.options import (
    AsOf,
    LangOpt,
    Output,
    RulesOpt,
    resolve_as_of,
)
from sroi_cli.cli.run import command
from sroi_cli.cli.validate import FormatOpt as ValidateFormatOpt
from sroi_cli.cli.validate import ValidateFailOn, ValidateFailOnOpt, finish
from sroi_cli.render import RULES_RENDERERS, VALIDATION_RENDERERS

app = typer.Typer(
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Inspect and check rule sets.",
)


class RulesFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


FormatOpt = Annotated[RulesFormat, typer.Option("--format", "-f", help="table (default) or json.")]


@app.command("list")
def list_rules(
    rules: RulesOpt = None,
    fmt: FormatOpt = RulesFormat.TABLE,
    lang: LangOpt = None,
    as_of: AsOf = None,
) -> None:
    """List the rule sets and their versions (bundled, plus those given with --rules)."""
    with command(lang, fmt, None, RULES_RENDERERS, others=[rules]) as run:
        run.emit(use.rule_histories(run.settings(as_of, rules)))


@app.command("show")
def show(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="Rule-set id, as `sroi rules list` shows it.")],
    rules: RulesOpt = None,
    fmt: FormatOpt = RulesFormat.TABLE,
    lang: LangOpt = None,
    as_of: AsOf = None,
) -> None:
    """Show every version of one rule set: thresholds, obligation, blocks and their sources."""
    with command(lang, fmt, None, RULES_RENDERERS, others=[rules]) as run:
        run.emit([use.rule_history(rule_id, run.settings(as_of, rules))])


@app.command("validate")
def validate(
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="A rule file, a folder of versions, or a folder of rule-set folders."
        ),
    ],
    as_of: AsOf = None,
    fmt: ValidateFormatOpt = None,
    output: Output = None,
    lang: LangOpt = None,
    fail_on: ValidateFailOnOpt = ValidateFailOn.ERROR,
) -> None:
    """Check every version file: schema, unknown keys, `extends`, file names, gaps, overlaps, age."""
    with command(lang, fmt, output, VALIDATION_RENDERERS, default="text", others=[path]) as run:
        report = use.check_rules(path, resolve_as_of(as_of), fail_on.value)
        run.emit(report)
    finish(report, run.fmt, output, run.lang, fail_on)
