"""`plan`: for every contract short of its obligation, the options its own table offers to close it."""

from __future__ import annotations

from pathlib import Path

from sroi_cli.app.evaluate import load, plan, run
from sroi_cli.app.settings import Settings
from sroi_cli.domain.plan import PlanReport, has_gap, plan_contract


def shortfall_plan(paths: list[Path], settings: Settings) -> PlanReport:
    plans = plan(load(paths, settings), settings)
    results = run(plans, settings, trace=False)
    return PlanReport(
        as_of=settings.as_of,
        contracts=tuple(
            plan_contract(result, p.table, settings.as_of)
            for p, result in zip(plans, results, strict=True)
            if has_gap(result)
        ),
    )
