"""`sroi rules list|show|validate`: inspect and check rule sets (`test` and `diff` have their own modules)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.options import (
    AsOf,
    Lang,
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
    help="help_rules",
)


class RulesFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


FormatOpt = Annotated[RulesFormat, typer.Option("--format", "-f", help="help_format_rules")]


@app.callback()
def _rules(
    lang: Annotated[Lang | None, typer.Option("--lang", help="help_root_lang")] = None,
) -> None:
    """`sroi rules --help --lang nl`: the language is read from the line (`Guarded.main`) before
    Click parses it; the option is here so that the parser accepts it before a subcommand too."""


@app.command("list", help="help_rules_list")
def list_rules(
    rules: RulesOpt = None,
    fmt: FormatOpt = RulesFormat.TABLE,
    lang: LangOpt = None,
    as_of: AsOf = None,
) -> None:
    """List the rule sets and their versions (bundled, plus those given with --rules)."""
    with command(lang, fmt, None, RULES_RENDERERS, others=[rules]) as run:
        run.emit(use.rule_histories(run.settings(as_of, rules)))


@app.command("show", help="help_rules_show")
def show(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="help_rule_id")],
    rules: RulesOpt = None,
    fmt: FormatOpt = RulesFormat.TABLE,
    lang: LangOpt = None,
    as_of: AsOf = None,
) -> None:
    """Show every version of one rule set: thresholds, obligation, blocks and their sources."""
    with command(lang, fmt, None, RULES_RENDERERS, others=[rules]) as run:
        run.emit([use.rule_history(rule_id, run.settings(as_of, rules))])


@app.command("validate", help="help_rules_validate")
def validate(
    path: Annotated[
        Path,
        typer.Argument(metavar="mv_path", help="help_rules_path"),
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
