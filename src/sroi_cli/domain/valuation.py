"""The value of each contribution: counted period, months, hours factor, method, bonuses, caps."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sroi_cli.domain.args import Arg
from sroi_cli.domain.inputs import Contract, Contribution, ContributionStatus
from sroi_cli.domain.money import ONE, ZERO
from sroi_cli.domain.months import add_months, date_after_months, months_between
from sroi_cli.domain.rules import Bonus, CostBlock, PerHourBlock, PersonBlock, RuleSet, ShareBlock
from sroi_cli.domain.trace import day

TWELVE = Decimal(12)


@dataclass
class Valued:
    """One contribution valued: what counts as realised, what is planned, and why."""

    index: int
    contribution: Contribution
    realised: Decimal = ZERO
    planned: Decimal = ZERO
    months: Decimal | None = None  # months counted toward value (realised, or planned)
    job_months: Decimal | None = None  # months for Banenafspraak: not capped by max_months
    hours_factor: Decimal | None = None
    window: tuple[dt.date, dt.date] | None = None
    counted: tuple[dt.date, dt.date] | None = None  # the days that made the value: capped, to as-of
    bonus_value: Decimal = ZERO
    below_minimum: Decimal | None = None  # the rule set's minimum hours a week this placement is under
    findings: list[tuple[str, str, dict[str, Arg]]] = field(default_factory=list)  # code, sev, params

    def note(self, code: str, severity: str, **params: Arg) -> None:
        self.findings.append((code, severity, params))


def is_placement(contribution: Contribution) -> bool:
    """A person in work for a period: has a start date (and usually a candidate and hours)."""
    return contribution.start is not None


def value_contributions(
    contract: Contract, items: list[tuple[int, Contribution]], rules: RuleSet, as_of: dt.date
) -> list[Valued]:
    """Value every contribution of one contract with `rules`' valuation table at `as_of`."""
    used: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)  # months per candidate, block
    order = sorted(items, key=lambda pair: (pair[1].start or dt.date.min, pair[0]))
    valued = {}
    for index, contribution in order:
        valued[index] = _value_one(index, contribution, contract, rules, as_of, used)
    return [valued[index] for index, _ in items]


def _value_one(
    index: int,
    contribution: Contribution,
    contract: Contract,
    rules: RuleSet,
    as_of: dt.date,
    used: dict[tuple[str, str], Decimal],
) -> Valued:
    item = Valued(index, contribution)
    if contribution.status is ContributionStatus.REJECTED:
        return item
    block = rules.valuation.blocks[contribution.block]
    if block.banenafspraak and contribution.doelgroepregister is False:
        item.note("banenafspraak_unregistered", "warning", block=contribution.block)
    if isinstance(block, PersonBlock):
        _value_person(item, block, contract, rules, as_of, used)
    else:
        full = _flat_value(block, contribution)
        if is_placement(contribution):
            _count_placement(item, contract, rules, as_of)
        else:
            _note_dated_outside(item, contract)
        _book(item, full, started=_dated_by(contribution, as_of))
    return item


def _flat_value(block: PerHourBlock | ShareBlock | CostBlock, c: Contribution) -> Decimal:
    if isinstance(block, PerHourBlock):
        return block.amount * (c.hours or ZERO)
    if isinstance(block, ShareBlock):
        return (c.amount or ZERO) * block.share
    return c.amount or ZERO


def _dated_by(c: Contribution, as_of: dt.date) -> bool:
    when = c.date or c.start
    return when is None or when <= as_of


def _book(item: Valued, value: Decimal, started: bool) -> None:
    if item.contribution.counts:
        if started:
            item.realised = value
        else:
            item.note("not_started", "info", date=day(item.contribution.date or item.contribution.start))
    else:
        item.planned = value


def window_of(c: Contribution, contract: Contract, rules: RuleSet) -> tuple[dt.date, dt.date] | None:
    """The placement's days inside the contract, or None when it may not count at all.

    Only extra work counts: a person placed before the contract counts only when the placement
    began at most `pre_start_months` before the contract's start, and then only from that start.
    """
    assert c.start is not None
    if c.start < add_months(contract.start, -rules.valuation.pre_start_months):
        return None
    first = max(c.start, contract.start)
    last = min(c.end or contract.end, contract.end)
    return (first, last) if first <= last else None


def _count_placement(item: Valued, contract: Contract, rules: RuleSet, as_of: dt.date) -> None:
    """A placement in a block not valued by time (actual cost, say): its months, hours factor and
    job months are still counted, so FTE-years and Banenafspraak job-years come from the same days."""
    c = item.contribution
    window = window_of(c, contract, rules)
    _note_outside(item, contract, rules, window)
    if window is None:
        return
    item.window = window
    end = min(window[1], as_of) if c.counts else window[1]
    item.counted = (window[0], end) if end >= window[0] else None
    item.months = months_between(window[0], end)
    if c.hours_per_week is not None:  # no hours: months without a full-time share to claim
        item.hours_factor = _hours_factor(item, rules)
    if c.counts:
        item.job_months = months_between(window[0], min(window[1], as_of))


def _note_dated_outside(item: Valued, contract: Contract) -> None:
    """A purchase, cost or hours dated before the contract began or after it ended: it still counts
    (the buyer may have agreed it), but never without a word."""
    c = item.contribution
    when = c.date or c.start
    if when is None or contract.start <= when <= contract.end:
        return
    item.note(
        "dated_outside_contract",
        "warning",
        date=day(when),
        contract_start=day(contract.start),
        contract_end=day(contract.end),
    )


def _note_outside(
    item: Valued, contract: Contract, rules: RuleSet, window: tuple[dt.date, dt.date] | None
) -> None:
    c = item.contribution
    assert c.start is not None
    if c.start < add_months(contract.start, -rules.valuation.pre_start_months):
        code = "started_before_contract"
    elif window is None or (c.end is not None and c.end > contract.end) or c.start > contract.end:
        code = "outside_contract"
    else:
        return  # the common case: nothing to say, so nothing to write down
    item.note(
        code,
        "warning",
        start=day(c.start),
        end=day(c.end),
        contract_start=day(contract.start),
        contract_end=day(contract.end),
        pre_start=str(rules.valuation.pre_start_months),
    )


def _value_person(
    item: Valued,
    block: PersonBlock,
    contract: Contract,
    rules: RuleSet,
    as_of: dt.date,
    used: dict[tuple[str, str], Decimal],
) -> None:
    c = item.contribution
    window = window_of(c, contract, rules)
    _note_outside(item, contract, rules, window)
    if window is None:
        return
    item.window = window
    item.hours_factor = _hours_factor(item, rules)
    if _below_minimum(item, rules, as_of):
        return
    first, last = _cap(block, c, window, used, item.hours_factor) or (window[0], None)
    end = last if last is None or not c.counts else min(last, as_of)
    item.counted = (first, end) if end is not None and end >= first else None
    item.months = months_between(first, end) if end is not None else ZERO
    if c.counts:  # `last` is None when earlier placements of the candidate used every month up
        item.job_months = months_between(window[0], min(window[1], as_of))
        if first > as_of:
            item.note("not_started", "info", date=day(first))
    _note_cap(item, block, window, last, as_of)
    value = _person_value(block, item.months, item.hours_factor)
    item.bonus_value = _bonuses(item, rules, as_of)
    if c.counts:
        item.realised = value + item.bonus_value
    else:
        item.planned = value + item.bonus_value


def _below_minimum(item: Valued, rules: RuleSet, as_of: dt.date) -> bool:
    """A placement of fewer hours a week than the rule set's minimum per person is worth nothing:
    its months neither count nor use up the block's `max_months` (its Banenafspraak hours still do)."""
    low = rules.valuation.min_hours_per_week
    c = item.contribution
    if low is None or c.hours_per_week is None or c.hours_per_week >= low:
        return False
    assert item.window is not None
    item.below_minimum = low
    item.months = ZERO
    if c.counts:
        item.job_months = months_between(item.window[0], min(item.window[1], as_of))
    item.note("below_min_hours", "warning", hours=str(c.hours_per_week), min=str(low))
    return True


def _cap(
    block: PersonBlock,
    c: Contribution,
    window: tuple[dt.date, dt.date],
    used: dict[tuple[str, str], Decimal],
    factor: Decimal,
) -> tuple[dt.date, dt.date] | None:
    """Cut the window at the block's `max_months` per candidate, the earliest months first.

    A block capped by worked hours counts its months at the placement's share of the norm hours:
    24 months of full-time work are 48 calendar months at half time. None when earlier placements
    of the candidate used every month up.
    """
    first, last = window
    if block.max_months is None or c.candidate is None:
        return first, last
    rate = factor if block.cap_by == "worked_hours" else ONE
    if rate <= 0:
        return first, last  # zero hours a week use nothing up (and are worth nothing)
    key = (c.candidate, c.block)
    left = (Decimal(block.max_months) - used[key]) / rate  # calendar months still allowed
    if left <= 0:
        return None
    full = months_between(first, last)
    if full > left:
        last = date_after_months(first, left)
    used[key] += min(full, left) * rate
    return first, last


def _note_cap(
    item: Valued, block: PersonBlock, window: tuple[dt.date, dt.date], last: dt.date | None, as_of: dt.date
) -> None:
    """A warning when the cap cut months off (counted days, or a plan's); an info with the date
    when the cap will only be reached after the as-of date."""
    if last is not None and last >= window[1]:
        return
    c = item.contribution
    params = {"max": str(block.max_months), "block": c.block}
    kind = "worked" if block.cap_by == "worked_hours" else "months"
    if last is not None and c.counts and last >= as_of:
        item.note(f"max_{kind}_later", "info", date=day(last), **params)
    else:
        item.note(f"max_{kind}_cut", "warning", **params)


def _hours_factor(item: Valued, rules: RuleSet) -> Decimal:
    norm = rules.valuation.norm_hours_per_week
    hours = item.contribution.hours_per_week
    if hours is None:
        return ONE
    if hours > norm:
        item.note("hours_above_norm", "warning", hours=str(hours), norm=str(norm))
    return min(ONE, hours / norm)


def _person_value(block: PersonBlock, months: Decimal, factor: Decimal) -> Decimal:
    if block.method == "per_year":
        return block.amount * factor * months / TWELVE
    return block.amount * months


def _bonuses(item: Valued, rules: RuleSet, as_of: dt.date) -> Decimal:
    total = ZERO
    c = item.contribution
    for code in c.bonuses:
        bonus = rules.valuation.bonuses[code]
        if bonus.blocks is not None and c.block not in bonus.blocks:
            item.note("bonus_not_allowed", "warning", bonus=code, block=c.block)
            continue
        total += _bonus_value(bonus, item, as_of)
    return total


def _bonus_value(bonus: Bonus, item: Valued, as_of: dt.date) -> Decimal:
    months = item.months or ZERO
    if bonus.method == "per_year":
        return bonus.amount * (item.hours_factor or ONE) * months / TWELVE
    started = item.window is not None and item.window[0] <= as_of
    return bonus.amount if (months > 0 and (started or not item.contribution.counts)) else ZERO
