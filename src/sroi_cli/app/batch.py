"""`batch`: a whole portfolio evaluated, with totals per grouping, people, pipeline and cross checks."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sroi_cli.app.evaluate import Plan, collect, input_files, load, notice_findings, plan, plan_tolerant
from sroi_cli.app.settings import Settings
from sroi_cli.domain import portfolio as pf
from sroi_cli.domain.engine import assess
from sroi_cli.domain.errors import Problem, masked
from sroi_cli.domain.report import (
    INPUT_ERROR,
    INPUT_PROBLEM,
    ContractResult,
    Detail,
    Finding,
    Report,
    Severity,
)
from sroi_cli.domain.rules import PersonBlock
from sroi_cli.domain.stream import Entry, ReportStream, Totals
from sroi_cli.domain.targets import PORTFOLIO_MEASURES, Programme

DEFAULT_GROUPS: tuple[tuple[str, ...], ...] = (("category",), ("authority",), ("verdict",))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a portfolio is read, evaluated and written.

    100.000 contracts are millions of small objects without cycles between them; the collector
    walks all of them again and again as they are made, a third of the whole run. Memory is
    still freed as before: by reference counting, the moment nothing uses an object.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_groups(values: list[str]) -> tuple[tuple[str, ...], ...]:
    """`--group-by category --group-by supplier,quarter`: one grouping per option, commas combine."""
    groups = tuple(tuple(part.strip() for part in value.split(",") if part.strip()) for value in values)
    return groups or DEFAULT_GROUPS


def unknown_dimensions(groups: tuple[tuple[str, ...], ...]) -> list[str]:
    return [d for g in groups for d in g if d not in pf.GROUP_KEYS]


def batch(
    paths: list[Path],
    settings: Settings,
    groups: tuple[tuple[str, ...], ...] = DEFAULT_GROUPS,
    progress: Callable[[int, int], None] | None = None,
    keep_going: bool = False,
    detail: Detail = Detail.CONTRACTS,
    targets: Path | None = None,
) -> Report:
    """The whole report of `batch_stream`, every contract in it."""
    return batch_stream(paths, settings, groups, progress, keep_going, detail, targets).collect()


def batch_stream(
    paths: list[Path],
    settings: Settings,
    groups: tuple[tuple[str, ...], ...] = DEFAULT_GROUPS,
    progress: Callable[[int, int], None] | None = None,
    keep_going: bool = False,
    detail: Detail = Detail.CONTRACTS,
    targets: Path | None = None,
) -> ReportStream:
    """Read and check every contract in the files and folders; evaluate each as the report is
    written (`ReportStream`), adding up the portfolio views as they pass.

    Every input problem is found here, before anything is evaluated or written. With `keep_going`,
    a contract that cannot be evaluated is left out and its problems become error findings of the
    report, instead of stopping the run. `detail` says how much of each contract the report keeps:
    by default its figures, verdict and findings only. `targets`: a programme's goals (YAML), read
    before anything else, each reported with its progress.
    """
    programme = _programme(targets)
    if keep_going:
        portfolio, problems = collect(paths, settings)
        plans, more = plan_tolerant(portfolio, settings)
        problems += more
    else:
        portfolio, problems = load(paths, settings), []
        plans = plan(portfolio, settings)
    files, notices = input_files(portfolio), notice_findings(portfolio)
    del portfolio  # the plans hold what is still needed, and let go of it contract by contract
    totals = Totals(groups, _max_months(plans), programme.targets if programme else (), settings.as_of)
    return ReportStream(
        as_of=settings.as_of,
        input=files,
        entries=assess_all(plans, settings, detail, progress),
        totals=totals,
        notices=notices,
        errors=tuple(problem_finding(p) for p in problems),
    )


def _programme(path: Path | None) -> Programme | None:
    if path is None:
        return None
    from sroi_cli.io.targets import load_targets

    return load_targets(path, PORTFOLIO_MEASURES)


PROGRESS_EVERY = 500  # contracts between two calls of `progress`


def assess_all(
    plans: list[Plan],
    settings: Settings,
    detail: Detail,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Entry]:
    """Evaluate the plans in order, each when the writer asks for it, emptying the list: each
    contract's input goes once it is done. `progress(done, total)` every few hundred contracts.

    On one core: a forked copy evaluating the second half was measured (100.000 contracts, this
    machine's two cores shared with other work) at 101,6 s and a 1.525 MB tree against 70,0 s and
    963 MB without it: the copy's pages are copied as reference counts change, and the results
    pickled back cost what the second core saved.
    """
    total = len(plans)
    plans.reverse()
    done = 0
    while plans:
        p = plans.pop()
        yield assess(p.contract, p.items, p.rules, settings.as_of, p.valuation, detail)
        done += 1
        if progress and (done % PROGRESS_EVERY == 0 or not plans):
            progress(done, total)


def _max_months(plans: list[Plan]) -> Callable[[ContractResult, str], int | None]:
    tables = {p.contract.id: p.table for p in plans}  # a few shared rule sets, not the inputs

    def lookup(contract: ContractResult, block: str) -> int | None:
        found = tables[contract.id].valuation.blocks.get(block)
        # a cap by worked hours is not a sum of calendar months: checked within each contract only
        if isinstance(found, PersonBlock) and found.cap_by == "calendar_months":
            return found.max_months
        return None

    return lookup


def problem_finding(problem: Problem) -> Finding:
    """An input problem as an error finding: the problem's key and its arguments (a BSN masked), said
    in the renderer's language (render/texts.py::finding_sentence)."""
    return Finding(
        code=INPUT_ERROR,
        severity=Severity.ERROR,
        location=problem.location,
        params={INPUT_PROBLEM: problem.key, **masked(problem.params)},
    )
