"""`sroi rules list|show|validate`: inspect and check rule sets (`test` and `diff` have their own modules)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.errors import boundary
from sroi_cli.cli.options import (
    AsOf,
    LangOpt,
    Output,
    RulesOpt,
    resolve_as_of,
    resolve_lang,
    terminal_width,
)
from sroi_cli.cli.run import guard
from sroi_cli.cli.validate import FormatOpt as ValidateFormatOpt
from sroi_cli.cli.validate import ValidateFailOn, ValidateFailOnOpt, finish, pick_format
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
    language = resolve_lang(lang)
    with boundary(language):
        histories = use.rule_histories(use.Settings(as_of=resolve_as_of(as_of), rules=rules))
        use.write_report(
            histories, fmt, language, None, sys.stdout, table=RULES_RENDERERS, width=terminal_width()
        )


@app.command("show")
def show(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="Rule-set id, as `sroi rules list` shows it.")],
    rules: RulesOpt = None,
    fmt: FormatOpt = RulesFormat.TABLE,
    lang: LangOpt = None,
    as_of: AsOf = None,
) -> None:
    """Show every version of one rule set: thresholds, obligation, blocks and their sources."""
    language = resolve_lang(lang)
    with boundary(language):
        settings = use.Settings(as_of=resolve_as_of(as_of), rules=rules)
        history = use.rule_history(rule_id, settings)
        use.write_report(
            [history], fmt, language, None, sys.stdout, table=RULES_RENDERERS, width=terminal_width()
        )


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
    language = resolve_lang(lang)
    chosen = pick_format(fmt, output)
    with boundary(language):
        guard(output, [], [path], language)
        report = use.check_rules(path, resolve_as_of(as_of), fail_on.value)
        use.write_report(report, chosen, language, output, sys.stdout, table=VALIDATION_RENDERERS)
    finish(report, chosen, output, language, fail_on)
