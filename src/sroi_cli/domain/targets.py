"""Programme targets: a goal by a deadline, the progress made, the linear path and the gap."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sroi_cli.domain.money import ZERO, round_to
from sroi_cli.domain.report import Fig


class Measure(StrEnum):
    """What a target counts; the first four from a portfolio (batch), the rest from public data."""

    PEOPLE = "people"  # distinct candidates placed
    PLACEMENTS = "placements"  # placement contributions that count
    REALISED = "realised"  # euros realised
    JOB_YEARS = "job_years"  # Banenafspraak job-years
    APPLICABLE_LOTS = "applicable_lots"  # lots under social return (coverage)
    SIGNAL_LOTS = "signal_lots"  # lots whose notice shows a social signal (coverage)
    OBLIGATION = "obligation"  # euros of social return the applicable lots carry (coverage)


PORTFOLIO_MEASURES = frozenset({Measure.PEOPLE, Measure.PLACEMENTS, Measure.REALISED, Measure.JOB_YEARS})
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


class TargetProgress(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    label: str | None
    measure: str
    authority: str | None
    category: str | None
    start: dt.date
    deadline: dt.date
    target: Fig
    actual: Fig
    share: Fig  # actual / target
    expected: Fig  # where the linear path from start to deadline stands on the as-of date
    ahead: Fig  # actual - expected: below zero is behind the path
    gap: Fig  # target - actual, never below zero


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
