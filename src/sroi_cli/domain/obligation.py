"""Does social return apply, and what is owed: threshold, basis, rate, cap, agreement, PSO discount."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sroi_cli.domain.args import Arg, Count, Term
from sroi_cli.domain.inputs import Contract
from sroi_cli.domain.money import ONE, ZERO
from sroi_cli.domain.months import months_between
from sroi_cli.domain.rules import EuThreshold, ObligationMethod, RuleSet, ThresholdByType
from sroi_cli.domain.trace import Step, cite, day, eur, num, pct


@dataclass
class Owed:
    """The obligation of one contract: euros, or a number of placements, with its trace."""

    amount: Decimal = ZERO
    placements: int | None = None
    steps: list[Step] | None = None
    pso_gap: bool = False
    pso_unknown: str | None = None
    basis_missing: str | None = None  # the rule set's basis the contract did not give (value used)
    labour_share_needed: Decimal | None = None  # applies only from this labour share, none given


def compared_value(contract: Contract, rules: RuleSet) -> tuple[Decimal, bool]:
    """What the threshold is compared with, and whether it is the wage bill."""
    if rules.applicability.threshold_basis == "wage_bill" and contract.wage_bill is not None:
        return contract.wage_bill, True
    return contract.value_excl_vat, False


def lacks_wage_bill(contract: Contract, rules: RuleSet) -> bool:
    """The rule set names the wage bill (for the obligation or its threshold); the contract has none."""
    named = "wage_bill" in (rules.obligation.basis, rules.applicability.threshold_basis)
    return named and contract.wage_bill is None


def applicability(contract: Contract, rules: RuleSet) -> tuple[bool, Step]:
    """Whether the rule set's thresholds catch this contract, with the reason in one step."""
    a = rules.applicability
    months = months_between(contract.start, contract.end)
    threshold = rules.threshold_on(contract.type, contract.rule_date)[0]
    rule, source = threshold_cite(contract, rules)
    value, on_wages = compared_value(contract, rules)
    wages = "_wage_bill" if on_wages else ""
    params: dict[str, Arg] = {
        "type": Term(contract.type.value),
        "value": eur(value),
        "threshold": eur(threshold),
        "months": num(months),
        "min_months": str(a.min_duration_months),
    }
    if contract.type not in a.contract_types:
        return False, Step(key="reason_type", params=params, rule=rule, source=source)
    if "value" in contract.defaults and not on_wages:  # public data that gives no value: not judged
        return False, Step(key="reason_value_unknown", params=params, rule=rule, source=source)
    least = a.min_labour_share.get(contract.type)
    share = contract.labour_share
    if least is not None and share is not None and share < least:
        rule, source = cite(rules, f"applicability.min_labour_share.{contract.type.value}", least, a.source)
        params |= {"share": pct(share), "min_share": pct(least)}
        return False, Step(key="reason_labour_share", params=params, rule=rule, source=source)
    above = value >= threshold if a.threshold_inclusive else value > threshold
    if not above:
        key = "reason_below_inclusive" if a.threshold_inclusive else "reason_below_strict"
        return False, Step(key=key + wages, params=params, rule=rule, source=source)
    if months < a.min_duration_months:
        return False, Step(key="reason_short", params=params, rule=rule, source=source)
    key = "reason_applies_inclusive" if a.threshold_inclusive else "reason_applies_strict"
    return True, Step(key=key + wages, params=params, rule=rule, source=source)


def threshold_cite(contract: Contract, rules: RuleSet) -> tuple[str, str]:
    """The rule and the source of this contract's threshold: for an EU threshold the rule names
    the kind and the source the table's period, amount and regulation."""
    a = rules.applicability
    path = "applicability.threshold"
    if isinstance(a.threshold, ThresholdByType):
        path = f"{path}.{contract.type.value}"
    value = a.threshold_of(contract.type)
    if not isinstance(value, EuThreshold):
        return cite(rules, path, value, a.source)
    amount, period, _ = rules.threshold_on(contract.type, contract.rule_date)
    assert period is not None
    rule, _ = cite(rules, path, f"{{eu: {value.eu.value}}}", a.source)
    entry = period.of(value.eu)
    source = f"EU {value.eu.value} {period.label} = {amount} — {period.regulation}"
    source += f" — {period.url}" if period.url else ""
    source += f" (assumed: {entry.assumed})" if entry.assumed else ""
    return rule, source


def threshold_step(contract: Contract, rules: RuleSet) -> Step | None:
    """For an EU threshold: which period's amount applies on the contract's date (and whether the
    date falls outside the table, so the nearest period was used)."""
    value = rules.applicability.threshold_of(contract.type)
    if not isinstance(value, EuThreshold):
        return None
    amount, period, inside = rules.threshold_on(contract.type, contract.rule_date)
    assert period is not None
    rule, source = threshold_cite(contract, rules)
    return Step(
        key="trace_eu_threshold" if inside else "trace_eu_threshold_outside",
        params={
            "kind": Term(f"eu_{value.eu.value}"),
            "date": day(contract.rule_date),
            "basis": Term("award_date" if contract.award_date else "start"),
            "threshold": eur(amount),
            "valid_from": day(period.valid_from),
            "valid_until": day(period.valid_until),
            "regulation": period.regulation,
        },
        rule=rule,
        source=source,
    )


def obligation(contract: Contract, rules: RuleSet) -> Owed:
    """What the supplier owes: the rule set's rate (or an agreement), capped, less a PSO discount."""
    owed = Owed(steps=[])
    if contract.labour_share is None:
        owed.labour_share_needed = rules.applicability.min_labour_share.get(contract.type)
    agreed = contract.agreed
    o = rules.obligation
    if agreed and agreed.placements is not None:
        owed.placements = agreed.placements
        owed.steps = [Step(key="obligation_agreed_placements", params={"count": Count(agreed.placements)})]
        return owed
    if agreed and agreed.obligation is not None:
        owed.amount = agreed.obligation
        owed.steps = [Step(key="obligation_agreed_amount", params={"amount": eur(agreed.obligation)})]
    elif o.method is ObligationMethod.PLACEMENTS and (agreed is None or agreed.percentage is None):
        owed.placements = o.count
        rule, source = cite(rules, "obligation.count", o.count, o.source)
        owed.steps = [
            Step(
                key="obligation_placements",
                params={"count": Count(o.count or 0)},
                rule=rule,
                source=source,
            )
        ]
        return owed
    else:
        _rate_based(contract, rules, owed)
    _pso(contract, rules, owed)
    return owed


def _rate_based(contract: Contract, rules: RuleSet, owed: Owed) -> None:
    o = rules.obligation
    steps = owed.steps if owed.steps is not None else []
    agreed_rate = contract.agreed is not None and contract.agreed.percentage is not None
    if o.method is ObligationMethod.FIXED and not agreed_rate:
        assert o.amount is not None
        owed.amount = o.amount
        fixed_rule, fixed_source = cite(rules, "obligation.amount", o.amount, o.source)
        steps.append(
            Step(
                key="obligation_fixed",
                params={"amount": eur(o.amount)},
                rule=fixed_rule,
                source=fixed_source,
            )
        )
        return
    if o.basis == "wage_bill" and contract.wage_bill is None and o.basis_fallback is not None:
        # the value instead; the trace and the finding wage_bill_missing say so
        steps.append(Step(key="obligation_basis_stand_in", params={"basis_name": Term("wage_bill")}))
        basis_name, basis = "value_excl_vat", contract.value_excl_vat
    else:
        basis_name, basis = _basis(contract, o.basis, owed, steps)
    rate, path = rate_of(contract, rules)
    owed.amount = rate * basis
    key = "obligation_agreed_percentage" if path == "agreed.percentage" else "obligation_percentage"
    rule: str | None = None
    source: str | None = None
    if path != "agreed.percentage":
        rule, source = cite(rules, path, rate, o.source)
    steps.append(
        Step(
            key=key,
            params={
                "rate": pct(rate),
                "basis_name": Term(basis_name),
                "basis": eur(basis),
                "amount": eur(owed.amount),
            },
            rule=rule,
            source=source,
        )
    )
    if o.maximum is not None and owed.amount > o.maximum:
        owed.amount = o.maximum
        rule, source = cite(rules, "obligation.maximum", o.maximum, o.source)
        steps.append(
            Step(
                key="obligation_capped",
                params={"maximum": eur(o.maximum)},
                rule=rule,
                source=source,
            )
        )


def _basis(contract: Contract, name: str, owed: Owed, steps: list[Step]) -> tuple[str, Decimal]:
    """The amount the rate applies to. Invoiced turnover is known only as the invoices come in: until
    it is given the contract value stands in for it, and the trace and a finding say so."""
    if name == "wage_bill":
        return name, contract.wage_bill if contract.wage_bill is not None else ZERO
    if name == "invoiced_turnover":
        if contract.invoiced_turnover is not None:
            return name, contract.invoiced_turnover
        owed.basis_missing = name
        steps.append(Step(key="obligation_basis_stand_in", params={"basis_name": Term(name)}))
    return "value_excl_vat", contract.value_excl_vat


def rate_of(contract: Contract, rules: RuleSet) -> tuple[Decimal, str]:
    """The percentage that sets this contract's obligation and the rule key it comes from: agreed,
    low-labour, or the rule set's; 0 where the rule set's method takes no percentage. The one
    copy: the obligation and `validate`'s check of a template's declared percentage both use it."""
    o = rules.obligation
    if contract.agreed and contract.agreed.percentage is not None:
        return contract.agreed.percentage, "agreed.percentage"
    low = o.low_labour
    if low and contract.labour_share is not None and contract.labour_share < low.below_share:
        return low.percentage, "obligation.low_labour.percentage"
    if o.method in (ObligationMethod.PERCENTAGE, ObligationMethod.FIXED) and o.percentage is not None:
        return o.percentage, "obligation.percentage"
    return ZERO, "obligation.method"


def _pso(contract: Contract, rules: RuleSet, owed: Owed) -> None:
    pso = contract.pso
    if pso is None or owed.amount == 0:
        return
    discount = rules.pso_discount.get(pso.level)
    if discount is None:
        owed.pso_unknown = pso.level
        return
    if pso.valid_from > contract.start or pso.valid_until < contract.end:
        owed.pso_gap = True
        return
    owed.amount = owed.amount * (ONE - discount)
    rule, source = cite(rules, f"pso_discount.{pso.level}", discount, None)
    assert owed.steps is not None
    owed.steps.append(
        Step(
            key="obligation_pso",
            params={"level": pso.level, "discount": pct(discount), "amount": eur(owed.amount)},
            rule=rule,
            source=source,
        )
    )
