"""A year of contracts at once: totals per grouping, the people behind the money, the pipeline,
and checks that only show across contracts (one person counted twice, caps passed in total)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from sroi_cli.domain.args import Count
from sroi_cli.domain.location import Location
from sroi_cli.domain.money import ZERO, round_to
from sroi_cli.domain.report import (
    ContractResult,
    Finding,
    Grouping,
    GroupRow,
    People,
    Period,
    PipelineRow,
    Severity,
)
from sroi_cli.domain.trace import num

GROUP_KEYS: dict[str, Callable[[ContractResult], str]] = {
    "category": lambda c: c.category or "-",
    "authority": lambda c: c.authority or "-",
    "supplier": lambda c: c.supplier or "-",
    "rules": lambda c: f"{c.rules.id} {c.rules.version}",
    "verdict": lambda c: c.verdict.value,
    "quarter": lambda c: quarter(c.start),
    "year": lambda c: str(c.start.year),
}
OPEN_STATUSES = ("planned", "tendering")


def quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def group(results: Iterable[ContractResult], dimensions: tuple[str, ...]) -> Grouping:
    """Totals per value of one dimension, or of several at once (`category,authority`)."""
    grouper = Grouper(dimensions)
    for c in results:
        grouper.add(c)
    return grouper.done()


class Grouper:
    """One grouping's totals, a contract at a time: 100.000 contracts are visited once, not once
    per figure, and none of them is kept."""

    __slots__ = ("_by", "_keys", "_rows")

    def __init__(self, dimensions: tuple[str, ...]) -> None:
        self._by = dimensions
        self._keys = [GROUP_KEYS[d] for d in dimensions]
        self._rows: dict[tuple[str, ...], _Totals] = {}

    def add(self, c: ContractResult) -> None:
        key = tuple(k(c) for k in self._keys)
        totals = self._rows.get(key)
        if totals is None:
            totals = self._rows[key] = _Totals()
        totals.add(c)

    def done(self) -> Grouping:
        rows = self._rows
        return Grouping(by=self._by, rows=tuple(rows[key].row(key) for key in sorted(rows)))


class _Totals:
    """One group's figures, added up in input order (the same sums, to the cent, as `sum`)."""

    __slots__ = ("applicable", "contracts", "obligation", "penalty", "realised", "shortfall", "verdicts")

    def __init__(self) -> None:
        self.contracts = self.applicable = 0
        self.obligation = self.realised = self.shortfall = self.penalty = Decimal("0.00")
        self.verdicts: dict[str, int] = {}

    def add(self, c: ContractResult) -> None:
        self.contracts += 1
        self.applicable += c.applicable
        self.obligation += c.obligation
        self.realised += c.realised
        self.shortfall += c.shortfall
        self.penalty += c.penalty
        verdict = c.verdict.value
        self.verdicts[verdict] = self.verdicts.get(verdict, 0) + 1

    def row(self, key: tuple[str, ...]) -> GroupRow:
        return GroupRow(
            key=key,
            contracts=self.contracts,
            applicable=self.applicable,
            obligation=self.obligation,
            realised=self.realised,
            shortfall=self.shortfall,
            penalty=self.penalty,
            by_verdict=dict(sorted(self.verdicts.items())),
        )


# Each contract with its counted candidate periods (domain.engine.assess makes both).
Entries = Iterable[tuple[ContractResult, tuple[Period, ...]]]


def people(entries: Entries) -> People:
    """Distinct candidates (by block), lasting outcomes and Banenafspraak jobs over the portfolio."""
    counter = PeopleCounter()
    for c, periods in entries:
        counter.add(c, periods)
    return counter.done()


class PeopleCounter:
    """The people behind the money, a contract at a time: the names seen, never the contracts."""

    __slots__ = ("_by_block", "_everyone", "_job_years", "_jobs_now", "_lasting")

    def __init__(self) -> None:
        self._everyone: set[str] = set()
        self._by_block: dict[str, set[str]] = defaultdict(set)
        self._lasting: set[str] = set()
        self._jobs_now = self._job_years = ZERO

    def add(self, c: ContractResult, periods: tuple[Period, ...]) -> None:
        self._jobs_now += c.banenafspraak.jobs_now
        self._job_years += c.banenafspraak.job_years
        for item in periods:
            if item.candidate:
                self._everyone.add(item.candidate)
                self._by_block[item.block].add(item.candidate)
                if item.outcome == "permanent_contract":
                    self._lasting.add(item.candidate)

    def done(self) -> People:
        return People(
            candidates=len(self._everyone),
            lasting_outcomes=len(self._lasting),
            by_block={block: len(names) for block, names in sorted(self._by_block.items())},
            jobs_now=round_to(self._jobs_now, 2),
            job_years=round_to(self._job_years, 2),
        )


def pipeline(results: Iterable[ContractResult]) -> tuple[PipelineRow, ...]:
    """Planned and tendering contracts by the quarter they start, with what they will carry."""
    rows = Pipeline()
    for c in results:
        rows.add(c)
    return rows.done()


class Pipeline:
    """The pipeline a contract at a time: per quarter its counts, sums and the contracts' ids."""

    __slots__ = ("_rows",)

    def __init__(self) -> None:
        self._rows: dict[str, _Quarter] = {}

    def add(self, c: ContractResult) -> None:
        if c.status not in OPEN_STATUSES:
            return
        q = quarter(c.start)
        row = self._rows.get(q)
        if row is None:
            row = self._rows[q] = _Quarter()
        row.contracts += 1
        row.applicable += c.applicable
        row.value += c.value_excl_vat
        row.obligation += c.obligation
        row.ids.append(c.id)

    def done(self) -> tuple[PipelineRow, ...]:
        return tuple(
            PipelineRow(
                quarter=q,
                contracts=row.contracts,
                applicable=row.applicable,
                value=row.value,
                obligation=row.obligation,
                ids=tuple(row.ids),
            )
            for q, row in sorted(self._rows.items())
        )


class _Quarter:
    __slots__ = ("applicable", "contracts", "ids", "obligation", "value")

    def __init__(self) -> None:
        self.contracts = self.applicable = 0
        self.value = self.obligation = Decimal("0.00")
        self.ids: list[str] = []


# A counted period across contracts: from, to, the contract's id, the contribution's index, where
_Span = tuple[dt.date, dt.date, str, int, Location]
MaxMonths = Callable[[ContractResult, str], "int | None"]


def cross_findings(entries: Entries, max_months: MaxMonths) -> tuple[Finding, ...]:
    """One candidate on overlapping days in two contracts; a block's months cap passed in total."""
    checks = CrossChecks(max_months)
    for c, periods in entries:
        checks.add(c, periods)
    return checks.done()


class CrossChecks:
    """The checks across contracts, a contract at a time: of each contract only its candidates'
    counted periods are kept (dates, the contract's id, where), never the contract itself."""

    __slots__ = ("_cap", "_max_months", "_months", "_spans")

    def __init__(self, max_months: MaxMonths) -> None:
        self._max_months = max_months
        self._spans: dict[str, list[_Span]] = defaultdict(list)
        self._months: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
        self._cap: dict[tuple[str, str], tuple[int, str, Location]] = {}

    def add(self, c: ContractResult, periods: tuple[Period, ...]) -> None:
        for item in periods:
            if not (item.candidate and item.counted_from and item.counted_to):
                continue
            spans = self._spans[item.candidate]
            spans.append((item.counted_from, item.counted_to, c.id, item.index, item.location))
            limit = self._max_months(c, item.block)
            if limit is not None:
                self._months[(item.candidate, item.block)] += item.months or ZERO
                self._cap[(item.candidate, item.block)] = (limit, c.id, item.location)

    def done(self) -> tuple[Finding, ...]:
        found = [*_overlaps(self._spans)]
        for (candidate, block), total in sorted(self._months.items()):
            limit, contract, location = self._cap[(candidate, block)]
            if total > limit:
                found.append(
                    Finding(
                        code="max_months_across",
                        severity=Severity.WARNING,
                        contract=contract,
                        location=location,
                        params={
                            "candidate": candidate,
                            "block": block,
                            "max": str(limit),
                            "months": num(total),
                        },
                    )
                )
        return tuple(found)


def _overlaps(spans: dict[str, list[_Span]]) -> Iterable[Finding]:
    for candidate, items in sorted(spans.items()):
        items.sort(key=lambda s: (s[0], s[2], s[3]))
        for i, (_, last, contract, index, _) in enumerate(items):
            for other_first, _, other, other_index, location in items[i + 1 :]:
                if other_first > last:
                    break
                if other != contract:
                    yield Finding(
                        code="candidate_overlap_across",
                        severity=Severity.WARNING,
                        contract=other,
                        location=location,
                        params={
                            "candidate": candidate,
                            "contract": contract,
                            "index": Count(other_index),
                            "other": str(index),
                        },
                    )
