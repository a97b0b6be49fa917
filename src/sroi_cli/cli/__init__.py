"""The `sroi` command: a thin Typer app; each command lives in its own module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="sroi",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Social-return (SROI) compliance calculator for Dutch public procurement.",
)


def _register() -> None:
    from sroi_cli.cli import batch, check, explain, rules

    app.command("check")(check.check)
    app.command("explain")(explain.explain)
    app.command("batch")(batch.batch)
    app.add_typer(rules.app, name="rules")


_register()


def main() -> None:
    app()
