"""Evaluate one contract at a date: applicability, obligation, values, progress, verdict, jobs, findings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sroi_cli.domain.args import Count, Term
from sroi_cli.domain.banen import banen_figures
from sroi_cli.domain.findings import contract_findings
from sroi_cli.domain.inputs import Contract, Contribution
from sroi_cli.domain.location import NOWHERE
from sroi_cli.domain.money import ZERO, cents, round_to
from sroi_cli.domain.months import months_between
from sroi_cli.domain.obligation import Owed, applicability, obligation, threshold_step
from sroi_cli.domain.report import (
    COUNTED,
    ContractResult,
    ContributionResult,
    Detail,
    Period,
    Placements,
    RulesRef,
    Verdict,
)
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.trace import Step, cite, day, eur, num, pct
from sroi_cli.domain.valuation import Valued, value_contributions


def rules_ref(rules: RuleSet) -> RulesRef:
    """The reference a result carries to its rule version: one shared (frozen) object per version."""
    known: RulesRef | None = rules.memo.get(("ref",))
    if known is None:
        known = rules.memo[("ref",)] = RulesRef(
            id=rules.id,
            version=rules.version,
            valid_from=rules.valid_from,
            sha256=rules.sha256,
            path=rules.path,
        )
    return known


def evaluate(
    contract: Contract,
    items: list[tuple[int, Contribution]],
    rules: RuleSet,
    as_of: dt.date,
    valuation: RuleSet | None = None,
    trace: bool = True,
) -> ContractResult:
    """The full evaluation of one contract; `valuation` values contributions with another table."""
    detail = Detail.TRACE if trace else Detail.CONTRIBUTIONS
    return assess(contract, items, rules, as_of, valuation, detail)[0]


def assess(
    contract: Contract,
    items: list[tuple[int, Contribution]],
    rules: RuleSet,
    as_of: dt.date,
    valuation: RuleSet | None,
    detail: Detail,
) -> tuple[ContractResult, tuple[Period, ...]]:
    """One contract evaluated to the `detail` asked for, with the candidate periods it counts.

    A portfolio keeps only the periods (for its checks across contracts); the trace and the
    per-contribution results are built when asked for, not for every contract of a large batch.
    """
    table = valuation or rules
    trace = detail is Detail.TRACE
    steps = [_rules_step(contract, rules)] if trace else []
    applicable, reason = applicability(contract, rules)
    eu = threshold_step(contract, rules) if trace else None
    steps.extend([eu, reason] if eu else [reason])
    owed = obligation(contract, rules) if applicable else Owed()
    steps.extend(owed.steps or [])
    valued = value_contributions(contract, items, table, as_of)
    if trace:
        steps.extend(_value_step(v, table) for v in valued)
    realised = cents(sum((v.realised for v in valued), ZERO))
    planned = cents(sum((v.planned for v in valued), ZERO))
    amount = cents(owed.amount)
    progress = _progress(contract, as_of, amount, realised, planned, owed, valued, table, applicable, trace)
    steps.extend(progress.steps)
    banen = banen_figures(valued, table, as_of)
    result = ContractResult(
        id=contract.id,
        title=contract.title,
        authority=contract.authority,
        category=contract.category,
        supplier=contract.supplier,
        type=contract.type.value,
        status=contract.status.value,
        start=contract.start,
        end=contract.end,
        value_excl_vat=cents(contract.value_excl_vat),
        rules=rules_ref(rules),
        valuation_rules=rules_ref(valuation) if valuation else None,
        applicable=applicable,
        reason=reason,
        verdict=progress.verdict,
        obligation=amount,
        realised=realised,
        planned=planned,
        expected_to_date=cents(progress.expected),
        shortfall=cents(progress.shortfall),
        penalty=cents(progress.penalty),
        coverage=progress.coverage,
        fte_years=round_to(_fte_years(valued), 2),
        placements=progress.placements,
        banenafspraak=banen,
        candidates=len(
            {v.contribution.candidate for v in valued if v.contribution.candidate and v.contribution.counts}
        ),
        contributions=tuple(_contribution_result(v, table) for v in valued)
        if detail is not Detail.CONTRACTS
        else (),
        contribution_count=len(valued),
        findings=contract_findings(contract, valued, owed, rules, as_of, table, applicable),
        trace=tuple(steps) if trace else (),
        location=contract.origin.at() if contract.origin else NOWHERE,
        notes=contract.notes,
    )
    return result, candidate_periods(valued)


def candidate_periods(valued: list[Valued]) -> tuple[Period, ...]:
    """The counted (realised or accepted) contributions of a named candidate, in compact form."""
    return tuple(
        Period(
            index=v.index,
            block=c.block,
            candidate=c.candidate,
            outcome=c.outcome,
            months=round_to(v.months, 2) if v.months is not None else None,
            counted_from=v.window[0] if v.window else None,
            counted_to=v.window[1] if v.window else None,
            location=c.origin.at() if c.origin else NOWHERE,
        )
        for v in valued
        if (c := v.contribution).candidate and c.status.value in COUNTED
    )


def _rules_step(contract: Contract, rules: RuleSet) -> Step:
    basis = "award_date" if contract.award_date else "start"
    return Step(
        key="trace_rules",
        params={
            "rules": f"{rules.id} {rules.version}",
            "valid_from": day(rules.valid_from),
            "date": day(contract.rule_date),
            "basis": Term(basis),
        },
        rule=f"{rules.id} {rules.version}",
        source=rules.path or None,
    )


def _value_step(v: Valued, rules: RuleSet) -> Step:
    c = v.contribution
    block = rules.valuation.blocks[c.block]
    if v.below_minimum is not None:
        low = v.below_minimum
        rule, source = cite(rules, "valuation.min_hours_per_week", low, rules.valuation.source)
        params = {
            "index": Count(v.index),
            "block": c.block,
            "status": Term(c.status.value),
            "hours": num(c.hours_per_week or ZERO),
            "min": num(low),
            "value": eur(ZERO),
        }
        return Step(key="trace_value_below_min_hours", params=params, rule=rule, source=source)
    amount = getattr(block, "amount", getattr(block, "share", None))
    # the key whose value made the figure: an actual-cost block has no amount, only its method
    field = {"share_of_amount": "share", "actual_cost": "method"}.get(block.method, "amount")
    value = block.method if field == "method" else amount
    rule, source = cite(rules, f"valuation.blocks.{c.block}.{field}", value, block.source)
    params = {
        "index": Count(v.index),
        "block": c.block,
        "method": block.method,
        "status": Term(c.status.value),
        "value": eur(v.realised or v.planned),
        "months": num(v.months or ZERO),
        "factor": pct(round_to(v.hours_factor or Decimal(1), 4)),
        "rate": eur(amount)
        if amount is not None and block.method != "share_of_amount"
        else pct(amount or Decimal(1)),
        "bonus": eur(v.bonus_value),
        "hours": num(c.hours or ZERO),
        "amount": eur(c.amount or ZERO),
        "start": day(c.start),
        "counted_from": day(v.window[0] if v.window else None),
    }
    return Step(key=f"trace_value_{block.method}", params=params, rule=rule, source=source)


def _contribution_result(v: Valued, rules: RuleSet) -> ContributionResult:
    c = v.contribution
    return ContributionResult(
        index=v.index,
        block=c.block,
        status=c.status.value,
        candidate=c.candidate,
        outcome=c.outcome,
        months=round_to(v.months, 2) if v.months is not None else None,
        value=cents(v.realised),
        planned_value=cents(v.planned),
        bonus_value=cents(v.bonus_value),
        counted_from=v.counted[0] if v.counted else None,
        counted_to=v.counted[1] if v.counted else None,
        source=_block_source(rules, c.block),
        location=c.origin.at() if c.origin else NOWHERE,
        notes=c.notes,
    )


def _block_source(rules: RuleSet, block: str) -> str:
    """`haaglanden 2023-07: <title>`, the source of a block's value, worked out once per version."""
    found: str | None = rules.memo.get(("block_source", block))
    if found is None:
        source = rules.source_of(rules.valuation.blocks[block].source)
        found = rules.memo[("block_source", block)] = f"{rules.id} {rules.version}: {source.title}"
    return found


def _fte_years(valued: list[Valued]) -> Decimal:
    """Full-time-equivalent years of the counted placements (hours factor × months ÷ 12)."""
    return sum(
        (
            (v.hours_factor or ZERO) * (v.months or ZERO) / 12
            for v in valued
            if v.contribution.counts and v.months
        ),
        ZERO,
    )


class _Progress:
    def __init__(self, trace: bool) -> None:
        self.trace = trace  # whether to say the verdict's step (only a trace shows it)
        self.verdict = Verdict.NOT_APPLICABLE
        self.expected = ZERO
        self.shortfall = ZERO
        self.penalty = ZERO
        self.coverage: Decimal | None = None
        self.placements: Placements | None = None
        self.steps: list[Step] = []


def _progress(
    contract: Contract,
    as_of: dt.date,
    owed_amount: Decimal,
    realised: Decimal,
    planned: Decimal,
    owed: Owed,
    valued: list[Valued],
    rules: RuleSet,
    applicable: bool,
    trace: bool = True,
) -> _Progress:
    p = _Progress(trace)
    if not applicable:
        if trace:
            p.steps.append(Step(key="verdict_not_applicable"))
        return p
    total = months_between(contract.start, contract.end)
    elapsed = months_between(contract.start, min(as_of, contract.end))
    share = elapsed / total if total else Decimal(1)
    if owed.placements is not None:
        return _placements_progress(p, contract, as_of, owed.placements, valued, share, rules)
    p.expected = owed_amount * share
    p.shortfall = max(ZERO, owed_amount - realised)
    tolerance = rules.valuation.progress_tolerance
    p.verdict = _verdict(contract, as_of, realised >= owed_amount, realised < p.expected * (1 - tolerance))
    if p.verdict is Verdict.OPEN and owed_amount:
        p.coverage = round_to((realised + planned) / owed_amount, 4)
    if p.verdict is Verdict.NON_COMPLIANT:
        p.penalty = p.shortfall * rules.obligation.penalty_share
    if trace:
        p.steps.append(_verdict_step(p, realised, owed_amount, elapsed, total, rules))
    return p


def _verdict_step(
    p: _Progress, realised: Decimal, owed_amount: Decimal, elapsed: Decimal, total: Decimal, rules: RuleSet
) -> Step:
    tolerance = rules.valuation.progress_tolerance
    rule, source = _verdict_rule(p.verdict, rules)
    return Step(
        key=f"verdict_{p.verdict.value}",
        params={
            "realised": eur(realised),
            "obligation": eur(owed_amount),
            "expected": eur(p.expected),
            "elapsed": num(elapsed),
            "total": num(total),
            "tolerance": pct(tolerance),
            "of_expected": pct(round_to(realised / p.expected, 2)) if p.expected else pct(Decimal(1)),
            "floor": pct(1 - tolerance),
            "shortfall": eur(p.shortfall),
            "penalty": eur(p.penalty),
            "penalty_share": pct(rules.obligation.penalty_share),
        },
        rule=rule,
        source=source,
    )


def _verdict_rule(verdict: Verdict, rules: RuleSet) -> tuple[str | None, str | None]:
    """The rule value the verdict step used: the tolerance while running, the penalty share once
    ended short; none when the verdict compares realised with the obligation alone (or not started)."""
    if verdict in (Verdict.ON_TRACK, Verdict.BEHIND):
        tolerance = rules.valuation.progress_tolerance
        return cite(rules, "valuation.progress_tolerance", tolerance, rules.valuation.source)
    if verdict is Verdict.NON_COMPLIANT:
        share = rules.obligation.penalty_share
        return cite(rules, "obligation.penalty_share", share, rules.obligation.source)
    return None, None


def _verdict(contract: Contract, as_of: dt.date, met: bool, behind: bool) -> Verdict:
    """Decided by the contract's dates, never by its `status` (design §5.7): a status that
    contradicts the dates is a finding of its own (`status_contradicts_dates`)."""
    if met:
        return Verdict.COMPLIANT
    if as_of < contract.start:
        return Verdict.OPEN
    if as_of > contract.end:
        return Verdict.NON_COMPLIANT
    return Verdict.BEHIND if behind else Verdict.ON_TRACK


def _placements_progress(
    p: _Progress,
    contract: Contract,
    as_of: dt.date,
    required: int,
    valued: list[Valued],
    share: Decimal,
    rules: RuleSet,
) -> _Progress:
    """A placements obligation counts distinct candidates whose counted placement has begun."""
    done = {
        v.contribution.candidate
        for v in valued
        if v.contribution.counts and v.window and v.window[0] <= as_of and v.contribution.candidate
    }
    planned = {
        v.contribution.candidate
        for v in valued
        if not v.contribution.counts and v.contribution.candidate and v.planned >= 0 and v.window
    }
    p.placements = Placements(required=required, realised=len(done), planned=len(planned - done))
    tolerance = rules.valuation.progress_tolerance
    expected = Decimal(required) * share
    p.verdict = _verdict(
        contract, as_of, len(done) >= required, Decimal(len(done)) < expected * (1 - tolerance)
    )
    if p.trace:
        p.steps.append(
            Step(
                key="verdict_placements",
                params={
                    "realised": Count(len(done)),
                    "required": Count(required),
                    "verdict": Term(p.verdict.value),
                    "expected": num(expected),
                },
            )
        )
    return p
