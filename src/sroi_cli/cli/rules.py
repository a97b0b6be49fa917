"""`sroi rules list|show|validate`: inspect and check rule sets."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.errors import boundary
from sroi_cli.cli.options import AsOf, LangOpt, RulesOpt, resolve_as_of, resolve_lang
from sroi_cli.render import RULES_RENDERERS

app = typer.Typer(no_args_is_help=True, help="Inspect and check rule sets.")


class RulesFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


FormatOpt = Annotated[RulesFormat, typer.Option("--format", "-f")]


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
        use.write_report(histories, fmt, language, None, sys.stdout, table=RULES_RENDERERS)


@app.command("show")
def show(
    rule_id: Annotated[str, typer.Argument(help="Rule-set id.")],
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
        use.write_report([history], fmt, language, None, sys.stdout, table=RULES_RENDERERS)


@app.command("validate")
def validate(
    path: Annotated[
        Path,
        typer.Argument(help="A rule file, a folder of versions, or a folder of rule-set folders."),
    ],
    lang: LangOpt = None,
) -> None:
    """Check every version file: schema, unknown keys, duplicate keys, `extends`."""
    language = resolve_lang(lang)
    with boundary(language):
        histories = use.validate_rules(path)
    for history in histories:
        for version in history.versions:
            print(f"ok: {version.path} ({version.label})")
