"""`sroi check`: evaluate every contract in the files and report, with an exit code for CI."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.annotate import AnnotateOpt, annotate_target, say_written
from sroi_cli.cli.errors import ExitCode, tell
from sroi_cli.cli.options import (
    FAIL_LEVEL,
    AllowBsn,
    AsOf,
    AuthoritiesOpt,
    ColumnsOpt,
    CsvDialectOpt,
    FailOn,
    FailOnOpt,
    LangOpt,
    Output,
    Paths,
    RulesOpt,
    resolve_lang,
)
from sroi_cli.cli.privacy import Pseudonymise, pseudonym_key, pseudonymised
from sroi_cli.cli.run import command
from sroi_cli.domain.report import Report
from sroi_cli.render import REPORT_RENDERERS, OutputFormat

FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="help_format_report",
    ),
]


def check(
    paths: Paths,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: FormatOpt = None,
    output: Output = None,
    lang: LangOpt = None,
    fail_on: FailOnOpt = FailOn.NON_COMPLIANT,
    allow_bsn: AllowBsn = False,
    annotate: AnnotateOpt = False,
    pseudonymise: Pseudonymise = False,
    authorities: AuthoritiesOpt = None,
    columns: ColumnsOpt = None,
    csv_dialect: CsvDialectOpt = None,
) -> None:
    """Evaluate each contract: does social return apply, what is owed, delivered and missing."""
    copy = annotate_target(paths, output, resolve_lang(lang)) if annotate else None
    # with --annotate the report goes to stdout and the annotated workbook to --output
    with command(
        lang,
        fmt,
        None if copy else output,
        REPORT_RENDERERS,
        inputs=paths,
        others=[rules, columns, authorities],
        written=copy,
    ) as run:
        settings = run.settings(as_of, rules, allow_bsn, authorities, columns)
        if copy is not None:
            key = pseudonym_key(run.lang) if pseudonymise else None  # the copy's and the report's
            report, marked = use.check_annotated(paths[0], copy, settings, run.lang, key)
            run.emit(report, csv_dialect=csv_dialect)
            say_written(copy, marked.notes, marked.cells, marked.sheet, run.lang, marked.rows)
        else:
            report = pseudonymised(use.check(paths, settings), pseudonymise, run.lang)
            run.emit(report, csv_dialect=csv_dialect)
    finish(report, run.lang, fail_on)


def finish(report: Report, language: str, fail_on: FailOn, worst: int | None = None) -> None:
    """The summary line on stderr after the report, and exit 1 when a contract reaches --fail-on.
    `worst`: the worst level of a batch's contracts, counted as they were written (the report no
    longer holds them)."""
    from sroi_cli.render.summary import summary_line

    sys.stdout.flush()  # the report first, then the summary, even when both go to one terminal
    tell(summary_line(report, language))
    if report.errors:  # `batch --keep-going` evaluated the rest; the input was still bad
        from sroi_cli.render.texts import finding_text

        for error in report.errors:
            tell(f"sroi: {error.location}: {finding_text(error, language)}")
        raise typer.Exit(ExitCode.BAD_INPUT)
    if worst is None:
        worst = max((c.worst_level() for c in report.contracts), default=0)
    if report.findings and any(f.severity != "info" for f in report.findings):
        worst = max(worst, 1)
    if worst >= FAIL_LEVEL[fail_on]:
        raise typer.Exit(ExitCode.FAILED_CHECK)
