"""Banenafspraak: jobs now and job-years from placements (25,5 paid hours a week is one job)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sroi_cli.domain.inputs import Contribution
from sroi_cli.domain.money import ZERO, round_to
from sroi_cli.domain.report import Banen
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.valuation import Valued


def counts_as_job(v: Valued, rules: RuleSet) -> bool:
    """A realised placement of someone in the doelgroepregister, or in a Banenafspraak block."""
    c = v.contribution
    return registered(c, rules) and c.counts and c.hours_per_week is not None and v.window is not None


def registered(c: Contribution, rules: RuleSet) -> bool:
    """In the doelgroepregister, or in a Banenafspraak block and not stated to be outside it: a
    Banenafspraak block with `doelgroepregister: nee` contradicts itself, and only the register
    makes a Banenafspraak job (a warning finding says so, see valuation)."""
    if c.doelgroepregister is not None:
        return c.doelgroepregister
    block = rules.valuation.blocks.get(c.block)
    return block is not None and block.banenafspraak


def banen_figures(valued: list[Valued], rules: RuleSet, as_of: dt.date) -> Banen:
    """Jobs on `as_of` (placements active that day) and job-years so far (not capped by max_months)."""
    per_job = rules.banenafspraak.hours_per_job_per_week
    now = ZERO
    years = ZERO
    for v in valued:
        if not counts_as_job(v, rules):
            continue
        assert v.window is not None and v.contribution.hours_per_week is not None
        jobs = v.contribution.hours_per_week / per_job
        if v.window[0] <= as_of <= v.window[1]:
            now += jobs
        years += jobs * (v.job_months or ZERO) / Decimal(12)
    return Banen(jobs_now=round_to(now, 2), job_years=round_to(years, 2))
