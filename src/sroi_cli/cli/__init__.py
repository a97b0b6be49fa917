"""The `sroi` command: a thin Typer app; each command lives in its own module."""

from __future__ import annotations

from typing import Annotated

import typer

from sroi_cli.cli import help as _help  # noqa: F401  (help screens without `<bool>`)
from sroi_cli.cli.errors import Guarded
from sroi_cli.cli.options import Lang, resolve_lang

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="sroi",
    cls=Guarded,
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish, PowerShell
    pretty_exceptions_enable=False,
    context_settings=HELP_OPTIONS,
    help="help_sroi",  # a catalogue key, as every help text and metavar in cli/ (cli/help.py says them)
)


def _version(wanted: bool) -> None:
    if wanted:
        from sroi_cli import __version__

        print(f"sroi {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    limit: Annotated[
        list[str] | None,
        typer.Option(
            "--limit",
            metavar="mv_limit",
            help="help_limit",  # its {limits} filled in by cli/help.py from io/limits.py
        ),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="help_root_lang"),  # read off the line by `Guarded.main`, for the help
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="help_version"),
    ] = False,
) -> None:
    """Social-return (SROI) compliance calculator for Dutch public procurement."""
    from sroi_cli import app as use
    from sroi_cli.cli.errors import boundary

    with boundary(resolve_lang(lang)):  # `sroi --limit x check … --lang nl` is said in Dutch too
        use.apply_limits(limit or [])  # every run starts from the defaults, raised where asked


def _register() -> None:
    from sroi_cli.cli import banen, batch, check, explain, plan, rules

    app.command("check", help="help_check")(check.check)
    app.command("explain", help="help_explain")(explain.explain)
    app.command("batch", help="help_batch")(batch.batch)
    app.command("plan", help="help_plan")(plan.plan)
    app.command("banen", help="help_banen")(banen.banen)
    app.add_typer(rules.app, name="rules")
    from sroi_cli.cli import rules_diff, rules_test, schema, validate

    app.command("validate", help="help_validate")(validate.validate)
    app.command("schema", help="help_schema")(schema.schema)
    rules.app.command("test", help="help_rules_test")(rules_test.run_tests)
    rules.app.command("diff", help="help_rules_diff")(rules_diff.diff)
    rules.app.command("schema", help="help_rules_schema")(schema.rules_schema)
    from sroi_cli.cli import template

    app.command("template", help="help_template")(template.template)
    from sroi_cli.cli import coverage

    app.command("coverage", help="help_coverage")(coverage.coverage)


_register()


def main() -> None:
    app()
