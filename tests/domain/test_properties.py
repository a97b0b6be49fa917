"""Monotonic rules: more realised value never worsens a verdict; a higher value never loses applicability."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from sroi_cli.domain.engine import evaluate
from sroi_cli.domain.inputs import Contract, ContractType, Contribution
from sroi_cli.domain.report import Verdict
from sroi_cli.io.rules_loader import RuleLibrary

LIBRARY = RuleLibrary()
HAAGLANDEN = LIBRARY.history("haaglanden").in_force(dt.date(2026, 1, 1))
RIJK = LIBRARY.history("rijk").in_force(dt.date(2026, 1, 1))
RANK = {
    Verdict.NON_COMPLIANT: 0,
    Verdict.BEHIND: 1,
    Verdict.OPEN: 2,
    Verdict.ON_TRACK: 2,
    Verdict.COMPLIANT: 3,
    Verdict.NOT_APPLICABLE: 3,
}
money = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)
as_of = st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2028, 6, 1))


def contract(value: Decimal, kind: str = "works") -> Contract:
    return Contract(
        id="C",
        type=ContractType(kind),
        value_excl_vat=value,
        start=dt.date(2026, 1, 1),
        end=dt.date(2027, 12, 31),
    )


def purchase(amount: Decimal) -> list[tuple[int, Contribution]]:
    return [(0, Contribution(contract="C", block="social_purchase", amount=amount, date=dt.date(2026, 2, 1)))]


@settings(max_examples=200)
@given(money, money, money, as_of)
def test_more_realised_never_worsens_the_verdict(value: Decimal, a: Decimal, b: Decimal, on: dt.date) -> None:
    low, high = sorted((a, b))
    worse = evaluate(contract(value), purchase(low), HAAGLANDEN, on)
    better = evaluate(contract(value), purchase(high), HAAGLANDEN, on)
    assert RANK[better.verdict] >= RANK[worse.verdict]
    assert better.shortfall <= worse.shortfall


@settings(max_examples=200)
@given(money, money, st.sampled_from(["works", "services", "supplies"]))
def test_a_higher_value_stays_applicable(a: Decimal, b: Decimal, kind: str) -> None:
    low, high = sorted((a, b))
    for rules in (HAAGLANDEN, RIJK):
        if evaluate(contract(low, kind), [], rules, dt.date(2026, 6, 1)).applicable:
            assert evaluate(contract(high, kind), [], rules, dt.date(2026, 6, 1)).applicable


@settings(max_examples=200)
@given(money, money, as_of)
def test_shortfall_is_obligation_less_realised(value: Decimal, paid: Decimal, on: dt.date) -> None:
    result = evaluate(contract(value), purchase(paid), HAAGLANDEN, on)
    assert result.shortfall == max(Decimal(0), result.obligation - result.realised)
    assert result.realised >= 0 and result.penalty <= result.shortfall
    for figure in (result.obligation, result.realised, result.shortfall, result.penalty):
        assert figure == figure.quantize(Decimal("0.01"))
