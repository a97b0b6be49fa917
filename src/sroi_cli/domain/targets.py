"""Programme targets: a goal by a deadline, the progress made, the linear path and the gap."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sroi_cli.domain.coverage import name_key
from sroi_cli.domain.money import ZERO, round_to
from sroi_cli.domain.report import ContractResult, Period, TargetProgress

Entries = Iterable[tuple[ContractResult, tuple[Period, ...]]]  # each contract with its candidates' periods


class Measure(StrEnum):
    """What a target counts; the first four from a portfolio (batch), the rest from public data."""

    PEOPLE = "people"  # distinct candidates placed
    LASTING = "lasting_work"  # distinct candidates whose placement ended in lasting work
    PLACEMENTS = "placements"  # placement contributions that count
    REALISED = "realised"  # euros realised
    JOB_YEARS = "job_years"  # Banenafspraak job-years
    APPLICABLE_LOTS = "applicable_lots"  # lots under social return (coverage)
    SIGNAL_LOTS = "signal_lots"  # lots whose notice shows a social signal (coverage)
    OBLIGATION = "obligation"  # euros of social return the applicable lots carry (coverage)


PORTFOLIO_MEASURES = frozenset(
    {Measure.PEOPLE, Measure.LASTING, Measure.PLACEMENTS, Measure.REALISED, Measure.JOB_YEARS}
)
COVERAGE_MEASURES = frozenset(set(Measure) - PORTFOLIO_MEASURES)


class Target(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(min_length=1, max_length=60)]
    label: str | None = None
    measure: Measure
    target: Annotated[Decimal, Field(gt=0)]
    start: dt.date
    deadline: dt.date
    authority: str | None = None
    category: str | None = None

    @model_validator(mode="after")
    def _deadline_after_start(self) -> Target:
        if self.deadline <= self.start:
            raise ValueError(f"deadline {self.deadline} is not after start {self.start}")
        return self


class Programme(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    programme: str | None = None
    targets: tuple[Target, ...]


def progress(target: Target, actual: Decimal, as_of: dt.date) -> TargetProgress:
    """The target's standing on `as_of`: the linear path runs from 0 at start to the goal at deadline."""
    span = Decimal((target.deadline - target.start).days)
    gone = Decimal(min(max((as_of - target.start).days, 0), (target.deadline - target.start).days))
    expected = target.target * gone / span
    return TargetProgress(
        id=target.id,
        label=target.label,
        measure=target.measure.value,
        authority=target.authority,
        category=target.category,
        start=target.start,
        deadline=target.deadline,
        target=round_to(target.target, 2),
        actual=round_to(actual, 2),
        share=round_to(actual / target.target, 4),
        expected=round_to(expected, 2),
        ahead=round_to(actual - expected, 2),
        gap=round_to(max(target.target - actual, ZERO), 2),
    )


def portfolio_progress(
    targets: tuple[Target, ...], entries: Entries, as_of: dt.date
) -> tuple[TargetProgress, ...]:
    """Each target's standing over a portfolio (`batch --targets`).

    A target counts the contracts of its authority and category (all when not given). People,
    lasting work and placements count the named candidates' counted placements that began within
    the target's window (start to deadline, no later than the as-of date); euros realised and
    Banenafspraak job-years count the contracts that started within the window.
    """
    tally = TargetTally(targets, as_of)
    for c, periods in entries:
        tally.add(c, periods)
    return tally.done()


class TargetTally:
    """The targets' progress a contract at a time: per target a sum, a count or a set of names."""

    __slots__ = ("_as_of", "_counts", "_names", "_sums", "_targets")

    def __init__(self, targets: tuple[Target, ...], as_of: dt.date) -> None:
        self._targets, self._as_of = targets, as_of
        self._sums = [ZERO for _ in targets]
        self._counts = [0 for _ in targets]
        self._names: list[set[str]] = [set() for _ in targets]

    def add(self, c: ContractResult, periods: tuple[Period, ...]) -> None:
        for i, target in enumerate(self._targets):
            if not _belongs(target, c):
                continue
            last = min(target.deadline, self._as_of)
            if target.measure in (Measure.REALISED, Measure.JOB_YEARS):
                if target.start <= c.start <= last:
                    won = c.realised if target.measure is Measure.REALISED else c.banenafspraak.job_years
                    self._sums[i] += won
                continue
            for p in periods:
                if not (p.counted_from and target.start <= p.counted_from <= last):
                    continue
                if target.measure is Measure.PLACEMENTS:
                    self._counts[i] += 1
                elif target.measure is not Measure.LASTING or p.outcome == "permanent_contract":
                    self._names[i].add(p.candidate)

    def done(self) -> tuple[TargetProgress, ...]:
        return tuple(progress(t, self._actual(i, t), self._as_of) for i, t in enumerate(self._targets))

    def _actual(self, i: int, target: Target) -> Decimal:
        if target.measure in (Measure.REALISED, Measure.JOB_YEARS):
            return self._sums[i]
        if target.measure is Measure.PLACEMENTS:
            return Decimal(self._counts[i])
        return Decimal(len(self._names[i]))


def _belongs(target: Target, contract: ContractResult) -> bool:
    if target.authority is not None and name_key(contract.authority or "") != name_key(target.authority):
        return False
    return target.category is None or (contract.category or "").casefold() == target.category.casefold()
