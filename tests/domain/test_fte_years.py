"""FTE-years and months for every placement with hours and dates, whatever its block's method (#9 item 15).

The Rijk values its placements at actual cost: the value is the cost, but the months worked and
the full-time share are still facts of the placement, and the same days make the job-years.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sroi_cli.app.settings import Settings
from sroi_cli.domain.engine import evaluate
from sroi_cli.domain.inputs import Contract, ContractType, Contribution
from sroi_cli.domain.report import ContractResult

AS_OF = dt.date(2026, 12, 31)


def _result(*contributions: Contribution) -> ContractResult:
    contract = Contract(
        id="RIJK-FTE",
        type=ContractType.SERVICES,
        value_excl_vat=Decimal("1000000"),
        start=dt.date(2026, 1, 1),
        end=dt.date(2027, 12, 31),
        rules="rijk",
    )
    rules = Settings(as_of=AS_OF).library.history("rijk").in_force(contract.rule_date)
    return evaluate(contract, list(enumerate(contributions)), rules, AS_OF)


def _placement(block: str, hours: str | None, end: dt.date | None = None, **more: object) -> Contribution:
    return Contribution.model_validate(
        {
            "contract": "RIJK-FTE",
            "block": block,
            "candidate": f"K-{block}",
            "hours_per_week": hours,
            "start": dt.date(2026, 1, 1),
            "end": end,
            "amount": "30000",
            **more,
        }
    )


def test_actual_cost_placements_count_months_and_fte_years() -> None:
    result = _result(
        _placement("participatiewet", "36", dt.date(2026, 12, 31)),  # a full year full-time: 1 FTE-year
        _placement("banenafspraak", "18"),  # half-time, still running on the as-of date: 0,5
    )
    assert result.fte_years == Decimal("1.50")
    months = [(c.months, c.counted_from, c.counted_to) for c in result.contributions]
    assert months == [
        (Decimal("12.00"), dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        (Decimal("12.00"), dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ]
    # the same days make the job-years: 18 / 25,5 × 12 / 12
    assert result.banenafspraak.job_years == Decimal("0.71")
    assert [c.value for c in result.contributions] == [Decimal("30000.00")] * 2  # the cost, unchanged


def test_a_placement_without_hours_has_months_but_claims_no_full_time_share() -> None:
    result = _result(_placement("no_benefit", None, dt.date(2026, 6, 30)))
    assert result.contributions[0].months == Decimal("6.00")
    assert result.fte_years == Decimal("0.00")


def test_a_planned_actual_cost_placement_shows_its_planned_months_and_no_fte_years() -> None:
    result = _result(_placement("participatiewet", "36", dt.date(2027, 6, 30), status="planned"))
    assert result.contributions[0].months == Decimal("18.00")
    assert result.fte_years == Decimal("0.00")  # only counted placements are FTE-years
