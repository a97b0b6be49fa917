"""Turn a shortfall into concrete options from the contract's own valuation table, within its limits."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from pydantic import BaseModel, ConfigDict

from sroi_cli.domain.money import ZERO
from sroi_cli.domain.months import months_between
from sroi_cli.domain.report import ContractResult, Fig, Verdict
from sroi_cli.domain.rules import CostBlock, PerHourBlock, PersonBlock, RuleSet, ShareBlock

TWELVE = Decimal(12)
TENTH = Decimal("0.1")


def up(value: Decimal, places: int = 2) -> Decimal:
    """Round up, so that an option applied as shown always closes the gap."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_CEILING)


class Option(BaseModel):
    """One way to close a shortfall with one block: how much of it, and how many people."""

    model_config = ConfigDict(frozen=True)

    block: str
    label: dict[str, str] | None = None
    method: str
    kind: str  # fte_years | months | hours | invoices | costs
    quantity: Fig
    people: int | None = None
    months: Fig | None = None  # full-time months in all
    months_per_person: Fig | None = None
    hours_per_week: Fig | None = None
    source: str = ""


class ContractPlan(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    rules: str
    shortfall: Fig
    planned: Fig
    gap: Fig  # the shortfall less what is already planned: what the options close
    months_left: Fig
    options: tuple[Option, ...]


class PlanReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_: str = "sroi.plan/1"
    as_of: dt.date
    contracts: tuple[ContractPlan, ...]


_DAY = dt.timedelta(days=1)


def plan_contract(result: ContractResult, table: RuleSet, as_of: dt.date) -> ContractPlan:
    """Every block's way to close this contract's shortfall; placements within the months left."""
    # the day after as-of exists whenever it is inside the contract (as-of may be 9999-12-31)
    left = ZERO if as_of >= result.end else months_between(max(as_of + _DAY, result.start), result.end)
    gap = open_gap(result)
    options = [
        o
        for code, block in table.valuation.blocks.items()
        if (o := _option(code, block, gap, left, table)) is not None
    ]
    return ContractPlan(
        id=result.id,
        rules=f"{table.id} {table.version}",
        shortfall=result.shortfall,
        planned=result.planned,
        gap=gap,
        months_left=left,
        options=tuple(options),
    )


def _option(code: str, block: object, shortfall: Decimal, left: Decimal, table: RuleSet) -> Option | None:
    source = table.source_of(getattr(block, "source", None)).title
    label = getattr(block, "label", None)
    if isinstance(block, PersonBlock):
        return _person(code, block, shortfall, left, table, source)
    if isinstance(block, PerHourBlock) and block.amount > 0:
        return Option(
            block=code,
            label=label,
            method=block.method,
            kind="hours",
            quantity=up(shortfall / block.amount, 0),  # whole hours
            source=source,
        )
    if isinstance(block, ShareBlock) and block.share > 0:
        return Option(
            block=code,
            label=label,
            method=block.method,
            kind="invoices",
            quantity=up(shortfall / block.share),
            source=source,
        )
    if isinstance(block, CostBlock):
        return Option(
            block=code, label=label, method=block.method, kind="costs", quantity=up(shortfall), source=source
        )
    return None


def _person(
    code: str, block: PersonBlock, shortfall: Decimal, left: Decimal, table: RuleSet, source: str
) -> Option | None:
    """Full-time placements: enough people to fit the limits, each for a whole number of tenths of a
    month (rounded up, so the plan closes the gap), the months in all being exactly their sum."""
    # the limit in whole tenths, rounded down: a placement rounded up to a tenth still fits in it
    limit = min(left, Decimal(block.max_months)) if block.max_months else left
    limit = limit.quantize(TENTH, rounding=ROUND_FLOOR)
    if block.amount <= 0 or limit <= 0:
        return None
    # multiply before dividing: € 80.000 at € 25.000 a year is exactly 38,4 months, not 38,40…01
    months = shortfall * TWELVE / block.amount if block.method == "per_year" else shortfall / block.amount
    people = max(1, int((months / limit).to_integral_value(rounding=ROUND_CEILING)))
    each = up(months / people, 1)
    planned = each * people
    kind = "fte_years" if block.method == "per_year" else "months"
    return Option(
        block=code,
        label=block.label,
        method=block.method,
        kind=kind,
        quantity=planned / TWELVE if kind == "fte_years" else planned,
        people=people,
        months=planned,
        months_per_person=each,
        hours_per_week=table.valuation.norm_hours_per_week,
        source=source,
    )


def open_gap(result: ContractResult) -> Decimal:
    """What is still missing once everything planned is delivered."""
    return max(ZERO, result.shortfall - result.planned)


def has_gap(result: ContractResult) -> bool:
    """Short, and still running or yet to start: an ended contract is past planning (its penalty applies)."""
    return (
        result.applicable
        and result.placements is None
        and open_gap(result) > ZERO
        and result.verdict is not Verdict.NON_COMPLIANT
    )
