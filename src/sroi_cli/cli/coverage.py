"""`sroi coverage`: per authority and year, how many awarded lots fall under social return and show it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from sroi_cli.cli.check import FormatOpt
from sroi_cli.cli.errors import tell
from sroi_cli.cli.options import (
    AllowBsn,
    AsOf,
    AuthoritiesOpt,
    ColumnsOpt,
    CsvDialectOpt,
    LangOpt,
    Output,
    RulesOpt,
    TargetsOpt,
)
from sroi_cli.cli.run import command
from sroi_cli.render import COVERAGE_RENDERERS

PublicPaths = Annotated[
    list[Path],
    typer.Argument(
        metavar="mv_files",
        help="help_public_paths",
        show_default=False,
    ),
]


def coverage(
    paths: PublicPaths,
    authorities: AuthoritiesOpt = None,
    columns: ColumnsOpt = None,
    targets: TargetsOpt = None,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: FormatOpt = None,
    output: Output = None,
    lang: LangOpt = None,
    allow_bsn: AllowBsn = False,
    csv_dialect: CsvDialectOpt = None,
) -> None:
    """Coverage of social return over public tender data: per authority and year, flags, pipeline."""
    others = [rules, authorities, targets, columns]
    with command(lang, fmt, output, COVERAGE_RENDERERS, inputs=paths, others=others) as run:
        from sroi_cli.app.coverage import coverage as cover

        settings = run.settings(as_of, rules, allow_bsn, authorities, columns)
        report = cover(paths, settings, authorities, targets)
        run.emit(report, csv_dialect=csv_dialect)
        from sroi_cli.render.coverage_summary import summary_line

        sys.stdout.flush()
        tell(summary_line(report, run.lang))
