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
    keys = [GROUP_KEYS[d] for d in dimensions]
    rows: dict[tuple[str, ...], _Totals] = {}
    for c in results:  # one pass: 100.000 contracts are visited once, not once per figure
        key = tuple(k(c) for k in keys)
        totals = rows.get(key)
        if totals is None:
            totals = rows[key] = _Totals()
        totals.add(c)
    return Grouping(by=dimensions, rows=tuple(rows[key].row(key) for key in sorted(rows)))


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
    everyone: set[str] = set()
    by_block: dict[str, set[str]] = defaultdict(set)
    lasting: set[str] = set()
    jobs_now = job_years = ZERO
    for c, periods in entries:
        jobs_now += c.banenafspraak.jobs_now
        job_years += c.banenafspraak.job_years
        for item in periods:
            if item.candidate:
                everyone.add(item.candidate)
                by_block[item.block].add(item.candidate)
                if item.outcome == "permanent_contract":
                    lasting.add(item.candidate)
    return People(
        candidates=len(everyone),
        lasting_outcomes=len(lasting),
        by_block={block: len(names) for block, names in sorted(by_block.items())},
        jobs_now=round_to(jobs_now, 2),
        job_years=round_to(job_years, 2),
    )


def pipeline(results: Iterable[ContractResult]) -> tuple[PipelineRow, ...]:
    """Planned and tendering contracts by the quarter they start, with what they will carry."""
    rows: dict[str, list[ContractResult]] = defaultdict(list)
    for c in results:
        if c.status in OPEN_STATUSES:
            rows[quarter(c.start)].append(c)
    return tuple(
        PipelineRow(
            quarter=q,
            contracts=len(items),
            applicable=sum(c.applicable for c in items),
            value=sum((c.value_excl_vat for c in items), Decimal("0.00")),
            obligation=sum((c.obligation for c in items), Decimal("0.00")),
            ids=tuple(c.id for c in items),
        )
        for q, items in sorted(rows.items())
    )


_Span = tuple[dt.date, dt.date, ContractResult, int, Location]  # from, to, contract, index, where


def cross_findings(
    entries: Entries, max_months: Callable[[ContractResult, str], int | None]
) -> tuple[Finding, ...]:
    """One candidate on overlapping days in two contracts; a block's months cap passed in total."""
    spans: dict[str, list[_Span]] = defaultdict(list)
    months: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    cap: dict[tuple[str, str], tuple[int, ContractResult, Location]] = {}
    for c, periods in entries:
        for item in periods:
            if not (item.candidate and item.counted_from and item.counted_to):
                continue
            spans[item.candidate].append((item.counted_from, item.counted_to, c, item.index, item.location))
            limit = max_months(c, item.block)
            if limit is not None:
                months[(item.candidate, item.block)] += item.months or ZERO
                cap[(item.candidate, item.block)] = (limit, c, item.location)
    found = [*_overlaps(spans)]
    for (candidate, block), total in sorted(months.items()):
        limit, c, location = cap[(candidate, block)]
        if total > limit:
            found.append(
                Finding(
                    code="max_months_across",
                    severity=Severity.WARNING,
                    contract=c.id,
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
        items.sort(key=lambda s: (s[0], s[2].id, s[3]))
        for i, (_, last, contract, index, _) in enumerate(items):
            for other_first, _, other, other_index, location in items[i + 1 :]:
                if other_first > last:
                    break
                if other.id != contract.id:
                    yield Finding(
                        code="candidate_overlap_across",
                        severity=Severity.WARNING,
                        contract=other.id,
                        location=location,
                        params={
                            "candidate": candidate,
                            "contract": contract.id,
                            "index": Count(other_index),
                            "other": str(index),
                        },
                    )
