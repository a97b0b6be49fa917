"""A batch's report as it is made: each contract evaluated, added to the totals, handed to the
writer and let go; the totals once the last one is through.

A 1.000.000-contract batch cannot hold its results: the writers of json, csv and xlsx take the
contracts from `ReportStream.contracts()` one at a time and then the totals from `report()`, a
`Report` like any other (its `contracts` left empty). The formats a person reads (table, md, html)
take `collect()`: the same `Report` with every contract in it, as `check` makes. Both are the one
report model; the stream is only the order in which it is made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sroi_cli.domain import portfolio as pf
from sroi_cli.domain.report import ContractResult, Finding, InputFile, Period, Report, Sums
from sroi_cli.domain.targets import Target, TargetTally

Entry = tuple[ContractResult, tuple[Period, ...]]


def _same(value: ContractResult) -> ContractResult:
    return value


def _same_finding(value: Finding) -> Finding:
    return value


class Totals:
    """Everything a batch reports across its contracts, a contract at a time."""

    __slots__ = ("checks", "groupers", "people", "pipeline", "sums", "tally", "worst")

    def __init__(
        self,
        groups: tuple[tuple[str, ...], ...],
        max_months: pf.MaxMonths,
        targets: tuple[Target, ...],
        as_of: dt.date,
    ) -> None:
        self.sums = Sums()
        self.groupers = [pf.Grouper(g) for g in groups]
        self.people = pf.PeopleCounter()
        self.pipeline = pf.Pipeline()
        self.checks = pf.CrossChecks(max_months)
        self.tally = TargetTally(targets, as_of) if targets else None
        self.worst = 0  # the worst level of any contract (ContractResult.worst_level), for --fail-on

    def add(self, c: ContractResult, periods: tuple[Period, ...]) -> None:
        self.sums.add(c)
        for grouper in self.groupers:
            grouper.add(c)
        self.people.add(c, periods)
        self.pipeline.add(c)
        self.checks.add(c, periods)
        if self.tally is not None:
            self.tally.add(c, periods)
        if self.worst < 3:
            self.worst = max(self.worst, c.worst_level())


@dataclass
class ReportStream:
    """A batch's report in the making. `contracts()` runs once; `report()` is whole after it."""

    as_of: dt.date
    input: tuple[InputFile, ...]
    entries: Iterator[Entry]
    totals: Totals
    notices: tuple[Finding, ...] = ()  # the readers' warnings, known before any contract
    errors: tuple[Finding, ...] = ()  # `--keep-going`: the input problems of the contracts left out
    # how a contract, and a finding across contracts, is shown (`--pseudonymise` replaces names)
    show: Callable[[ContractResult], ContractResult] = _same
    show_finding: Callable[[Finding], Finding] = _same_finding
    _state: list[str] = field(default_factory=lambda: ["ready"])
    _tail: list[Report] = field(default_factory=list)  # the totals, worked out once

    def contracts(self) -> Iterator[ContractResult]:
        """Each contract as shown, in input order, counted in the totals as it passes."""
        if self._state[0] != "ready":
            raise RuntimeError("a batch's contracts can be taken only once")
        self._state[0] = "running"
        add, show = self.totals.add, self.show
        for result, periods in self.entries:
            add(result, periods)
            yield show(result)
        self._state[0] = "done"

    def report(self, contracts: tuple[ContractResult, ...] = ()) -> Report:
        """The report with the totals over every contract; `contracts`: the ones it holds."""
        if self._state[0] != "done":
            raise RuntimeError("the totals are known once every contract is through")
        if self._tail:
            return self._tail[0].model_copy(update={"contracts": contracts}) if contracts else self._tail[0]
        t = self.totals
        tail = Report(
            as_of=self.as_of,
            input=self.input,
            contracts=contracts,
            summary=t.sums.done(),
            groups=tuple(g.done() for g in t.groupers),
            people=t.people.done(),
            pipeline=t.pipeline.done(),
            findings=tuple(map(self.show_finding, (*self.notices, *t.checks.done()))),
            errors=self.errors,
            targets=t.tally.done() if t.tally is not None else (),
        )
        self._tail.append(tail)
        return self.report(contracts)

    def collect(self) -> Report:
        """The whole report, every contract in it (for the formats that show all of it at once)."""
        return self.report(tuple(self.contracts()))

    def drain(self) -> None:
        """Count the contracts a writer did not take (its reader went away: `| head`) into the
        totals, so the summary line and the exit code are those of the whole batch."""
        if self._state[0] == "done":
            return
        add = self.totals.add
        for result, periods in self.entries:
            add(result, periods)
        self._state[0] = "done"

    def close(self) -> None:
        """Stop evaluating when the writer failed before it took them all."""
        close = getattr(self.entries, "close", None)
        if close is not None:
            close()

    @property
    def worst(self) -> int:
        return self.totals.worst


def contracts_of(report: Report | ReportStream) -> Iterator[ContractResult]:
    """A report's contracts one at a time, whether it holds them or makes them (a batch's)."""
    return report.contracts() if isinstance(report, ReportStream) else iter(report.contracts)


def totals_of(report: Report | ReportStream) -> Report:
    """The report with its totals: itself, or a batch's once its contracts are through."""
    return report.report() if isinstance(report, ReportStream) else report
