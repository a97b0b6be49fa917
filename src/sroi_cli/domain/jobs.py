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

from sroi_cli.domain.banen import registered
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
    """The quotum of one organisation in one year. `status`: `levy` (imposed), `no_levy` (no levy
    imposed over that year), `undecided` (not published yet: the levy is what it would be),
    `below_scope` (not more paid hours than the scope: no target at all), `not_published` (no quotum
    percentage published for that year)."""

    model_config = ConfigDict(frozen=True)

    organisation: str
    year: int
    paid_hours: Fig
    status: str
    share: Fig | None
    target: Fig | None
    jobs: Fig
    gap: Fig | None
    levy: Fig | None
    min_paid_hours: Fig | None = None
    reform: str | None = None  # a later regime in force from this year, not active
    reform_bonus: Fig | None = None


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
    return registered(c, table) and c.counts and c.hours_per_week is not None and c.start is not None


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


def with_row(rows: tuple[JobsRow, ...], organisation: str, year: int) -> tuple[JobsRow, ...]:
    """The rows with the one a quotum reads: an organisation without placements in the quotum's year
    has its row of 0 there, so the table shows the very figure the quotum sentence says."""
    if any(r.organisation == organisation and r.year == year for r in rows):
        return rows
    empty = JobsRow(organisation=organisation, year=year, placements=0, jobs=round_to(ZERO, 2))
    return tuple(sorted((*rows, empty), key=lambda r: (r.organisation, r.year)))


def quotum(
    rows: tuple[JobsRow, ...], organisation: str, year: int, paid_hours: Decimal, rules: RuleSet
) -> Quotum:
    """Target jobs = quotum share × paid hours ÷ hours per job per year; levy per missing job, when
    a levy was imposed over that year. No target below the scope, none for a year without a share."""
    b = rules.banenafspraak
    entry = b.year(year)
    share = entry.government if entry is not None else None
    have = round_to(sum((r.jobs for r in rows if r.organisation == organisation and r.year == year), ZERO), 2)
    reform = b.reform if b.reform is not None and dt.date(year, 12, 31) >= b.reform.valid_from else None
    base = {
        "organisation": organisation,
        "year": year,
        "paid_hours": paid_hours,
        "jobs": have,
        "min_paid_hours": b.min_paid_hours,
        "reform": reform.name if reform is not None and not reform.active else None,
        "reform_bonus": reform.bonus_per_job if reform is not None and not reform.active else None,
    }
    if b.min_paid_hours is not None and paid_hours <= b.min_paid_hours:
        return Quotum(**base, status="below_scope", share=share, target=None, gap=None, levy=None)
    if share is None:
        return Quotum(**base, status="not_published", share=None, target=None, gap=None, levy=None)
    target = share * paid_hours / b.hours_per_job_per_year
    gap = max(ZERO, target - have)
    imposed = entry.levy_imposed if entry is not None else None
    status = {True: "levy", False: "no_levy", None: "undecided"}[imposed]
    levy = None
    if b.levy_per_job is not None and imposed is not False:
        levy = round_to(gap * b.levy_per_job, 2)
    elif imposed is False:
        levy = ZERO
    return Quotum(
        **base, status=status, share=share, target=round_to(target, 2), gap=round_to(gap, 2), levy=levy
    )
