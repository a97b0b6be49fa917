"""`sroi batch`: a portfolio of contracts (files or folders) with totals, pipeline and cross checks."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from sroi_cli import app as use
from sroi_cli.cli.check import FormatOpt, finish
from sroi_cli.cli.options import (
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
    TargetsOpt,
    resolve_lang,
)
from sroi_cli.cli.privacy import Pseudonymise, pseudonymised
from sroi_cli.cli.run import command
from sroi_cli.domain.report import Detail
from sroi_cli.render import REPORT_RENDERERS

if TYPE_CHECKING:
    from rich.console import Console

GroupBy = Annotated[
    list[str] | None,
    typer.Option(
        "--group-by",
        "-g",
        metavar="mv_groups",
        help="help_group_by",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="help_quiet")]
DetailOpt = Annotated[
    Detail,
    typer.Option(
        "--detail",
        help="help_detail",
    ),
]


@contextmanager
def progress_bar(quiet: bool, console: Console | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """A Rich progress bar on stderr (contracts done, rate, time taken, ETA), only when stderr is
    a terminal and not --quiet."""
    if quiet or (console is None and not sys.stderr.isatty()):
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    if console is None:
        from rich.console import Console

        console = Console(stderr=True)
    # Drawn at each update, by no thread of its own: what is drawn follows the contracts done.
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task("sroi batch", total=None, rate="")

        first: list[tuple[int, float]] = []  # the first call: the contracts are read by then

        def update(done: int, total: int) -> None:
            now = time.monotonic()
            if not first:
                first.append((done, now))
            since, then = first[0]
            # contracts per second of evaluating, not counting the time the files took to read
            rate = f"{(done - since) / (now - then):,.0f}/s" if now > then and done > since else ""
            bar.update(task, completed=done, total=total, rate=rate, refresh=True)

        yield update


def batch(
    paths: Paths,
    group_by: GroupBy = None,
    rules: RulesOpt = None,
    as_of: AsOf = None,
    fmt: FormatOpt = None,
    output: Output = None,
    lang: LangOpt = None,
    fail_on: FailOnOpt = FailOn.NON_COMPLIANT,
    allow_bsn: AllowBsn = False,
    quiet: Quiet = False,
    pseudonymise: Pseudonymise = False,
    detail: DetailOpt = Detail.CONTRACTS,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going",
            help="help_keep_going",
        ),
    ] = False,
    authorities: AuthoritiesOpt = None,
    columns: ColumnsOpt = None,
    targets: TargetsOpt = None,
    csv_dialect: CsvDialectOpt = None,
) -> None:
    """Evaluate a portfolio: per-contract verdicts, totals per grouping, people, pipeline."""
    groups = use.parse_groups(group_by or [])
    if unknown := use.unknown_dimensions(groups):
        from sroi_cli.catalogue import message

        said = message("usage_unknown_grouping", resolve_lang(lang), names=", ".join(unknown))
        raise typer.BadParameter(said, param_hint="--group-by")
    with (
        command(
            lang, fmt, output, REPORT_RENDERERS, inputs=paths, others=[rules, columns, targets, authorities]
        ) as run,
        use.collector_paused(),
    ):
        with progress_bar(quiet) as progress:  # contracts are evaluated as the report is written
            settings = run.settings(as_of, rules, allow_bsn, authorities, columns)
            stream = use.batch_stream(paths, settings, groups, progress, keep_going, detail, targets)
            shown = pseudonymised(stream, pseudonymise, run.lang)
            run.write(shown, csv_dialect=csv_dialect)
        run.say_written()
        report = shown.report()
        try:
            finish(report, run.lang, fail_on, shown.worst)
        finally:
            del report, stream, shown  # let go of while the collector still sleeps
