"""The `sroi` command: a thin Typer app; each command lives in its own module."""

from __future__ import annotations

from typing import Annotated

import typer

from sroi_cli.cli import help as _help  # noqa: F401  (help screens without `<bool>`)
from sroi_cli.cli.errors import Guarded

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(
    name="sroi",
    cls=Guarded,
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish, PowerShell
    pretty_exceptions_enable=False,
    context_settings=HELP_OPTIONS,
    help="Social-return (SROI) compliance calculator for Dutch public procurement.",
)


def _version(wanted: bool) -> None:
    if wanted:
        from sroi_cli import __version__

        print(f"sroi {__version__}")
        raise typer.Exit()


def _limit_names() -> str:
    """Every limit with its default, from the one place they are defined, so the help never drifts."""
    from dataclasses import fields

    from sroi_cli.io.limits import Limits

    return ", ".join(f"{f.name} ({f.default})" for f in fields(Limits))


@app.callback()
def _options(
    limit: Annotated[
        list[str] | None,
        typer.Option(
            "--limit",
            metavar="NAME=N",
            help=f"Raise an input limit for trusted files: {_limit_names()}.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Social-return (SROI) compliance calculator for Dutch public procurement."""
    from sroi_cli import app as use
    from sroi_cli.cli.errors import boundary
    from sroi_cli.cli.options import resolve_lang

    with boundary(resolve_lang(None)):
        use.apply_limits(limit or [])  # every run starts from the defaults, raised where asked


def _register() -> None:
    from sroi_cli.cli import banen, batch, check, explain, plan, rules

    app.command("check")(check.check)
    app.command("explain")(explain.explain)
    app.command("batch")(batch.batch)
    app.command("plan")(plan.plan)
    app.command("banen")(banen.banen)
    app.add_typer(rules.app, name="rules")
    from sroi_cli.cli import rules_diff, rules_test, schema, validate

    app.command("validate")(validate.validate)
    app.command("schema")(schema.schema)
    rules.app.command("test")(rules_test.run_tests)
    rules.app.command("diff")(rules_diff.diff)
    rules.app.command("schema")(schema.rules_schema)
    from sroi_cli.cli import template

    app.command("template")(template.template)
    from sroi_cli.cli import coverage

    app.command("coverage")(coverage.coverage)


_register()


def main() -> None:
    app()
