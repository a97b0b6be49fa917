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
    from sroi_cli.cli import banen, batch, check, plan, explain, rules

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


_register()


def main() -> None:
    app()
