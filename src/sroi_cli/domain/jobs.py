"""Banenafspraak jobs per organisation and calendar year, and the quotum: target, gap and levy.

A job is 25,5 paid hours a week; a placement counts at the hirer (inlenende werkgever), so a
supplier's candidate placed at a ministry counts for that ministry.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from sroi_cli.domain.errors import Problem, RulesError
from sroi_cli.domain.inputs import Contract, Contribution
from sroi_cli.domain.money import ZERO, round_to
from sroi_cli.domain.months import months_between
from sroi_cli.domain.report import Fig
from sroi_cli.domain.rules import RuleSet


class JobsRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    organisation: str
    year: int
    placements: int
    jobs: Fig  # job-years in that calendar year: the yearly measure


class Quotum(BaseModel):
    model_config = ConfigDict(frozen=True)

    organisation: str
    year: int
    paid_hours: Fig
    share: Fig
    target: Fig
    jobs: Fig
    gap: Fig
    levy: Fig | None


class JobsReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_: str = "sroi.banen/1"
    as_of: dt.date
    rules: str
    hours_per_job: Fig
    rows: tuple[JobsRow, ...]
    quotum: Quotum | None = None


Placement = tuple[Contract, Contribution]


def qualifies(contract: Contract, c: Contribution, table: RuleSet) -> bool:
    """Realised, with hours and a start, and in the register or in a Banenafspraak block."""
    block = table.valuation.blocks.get(c.block)
    flagged = c.doelgroepregister or (block is not None and block.banenafspraak)
    return flagged and c.counts and c.hours_per_week is not None and c.start is not None


def jobs_by_year(
    placements: Iterable[Placement], per_week: Decimal, as_of: dt.date, year: int | None = None
) -> tuple[JobsRow, ...]:
    """Job-years per (organisation, calendar year), from each placement's own dates up to `as_of`."""
    jobs: dict[tuple[str, int], Decimal] = defaultdict(lambda: ZERO)
    people: dict[tuple[str, int], set[int]] = defaultdict(set)
    for number, (contract, c) in enumerate(placements):
        assert c.start is not None and c.hours_per_week is not None
        last = min(c.end or as_of, as_of)
        organisation = c.hirer or contract.supplier or "-"
        for y in range(c.start.year, last.year + 1):
            if year is not None and y != year:
                continue
            months = months_between(max(c.start, dt.date(y, 1, 1)), min(last, dt.date(y, 12, 31)))
            if months > 0:
                jobs[(organisation, y)] += c.hours_per_week / per_week * months / 12
                people[(organisation, y)].add(number)
    return tuple(
        JobsRow(organisation=o, year=y, placements=len(people[(o, y)]), jobs=round_to(jobs[(o, y)], 2))
        for o, y in sorted(jobs)
    )


def quotum(
    rows: tuple[JobsRow, ...], organisation: str, year: int, paid_hours: Decimal, rules: RuleSet
) -> Quotum:
    """Target jobs = quotum share × paid hours ÷ hours per job per year; levy per missing job."""
    b = rules.banenafspraak
    share = b.quotum.get(year)
    if share is None:
        known = ", ".join(str(y) for y in sorted(b.quotum)) or "none"
        raise RulesError(
            Problem(
                rules.path,
                "no_quotum",
                {"rules": f"{rules.id} {rules.version}", "year": str(year), "known": known},
            )
        )
    have = sum((r.jobs for r in rows if r.organisation == organisation and r.year == year), ZERO)
    target = share * paid_hours / b.hours_per_job_per_year
    gap = max(ZERO, target - have)
    levy = gap * b.levy_per_job if b.levy_per_job is not None else None
    return Quotum(
        organisation=organisation,
        year=year,
        paid_hours=paid_hours,
        share=share,
        target=round_to(target, 2),
        jobs=have,
        gap=round_to(gap, 2),
        levy=round_to(levy, 2) if levy is not None else None,
    )
