"""Hypothesis strategies for inputs people and programs really produce: mostly valid, often broken."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

BLOCKS = ["participatiewet", "ww", "banenafspraak", "social_purchase", "training", "wia", "no_block"]
TEXT_JUNK = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "=1+1", "@SUM(A1)", "€ -5", "1.250.000,00", "31-12-2026", "ja", "NO"]),
)
dates = st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2031, 12, 31))
money = st.one_of(
    st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False, allow_infinity=False).map(str),
    st.integers(min_value=0, max_value=10**8),
    TEXT_JUNK,
)
hours = st.one_of(st.sampled_from(["36", "24", "25.5", "40", "0", "12,75"]), TEXT_JUNK)


def maybe(
    strategy: st.SearchStrategy[Any], junk: st.SearchStrategy[Any] = TEXT_JUNK
) -> st.SearchStrategy[Any]:
    """Usually the good value; sometimes junk; sometimes missing."""
    return st.one_of(strategy, strategy, strategy, junk, st.none())


@st.composite
def contract(draw: st.DrawFn, number: int) -> dict[str, Any]:
    start = draw(dates)
    return {
        k: v
        for k, v in {
            "id": draw(maybe(st.just(f"C-{number}"), st.sampled_from(["C-0", "", "=HYPERLINK()"]))),
            "type": draw(maybe(st.sampled_from(["works", "services", "supplies", "werken", "diensten"]))),
            "value_excl_vat": draw(maybe(money)),
            "start": draw(maybe(st.just(start), st.sampled_from(["2026-02-30", "gisteren"]))),
            "end": draw(maybe(dates.filter(lambda d: d >= start), st.just(start - dt.timedelta(days=3)))),
            "status": draw(maybe(st.sampled_from(["running", "planned", "completed", "tendering"]))),
            "rules": draw(
                maybe(
                    st.sampled_from(["haaglanden", "utrecht", "rijk", "oost-nederland"]),
                    st.sampled_from(["atlantis"]),
                )
            ),
            "supplier": draw(st.sampled_from(["A B.V.", "B & Co", None])),
        }.items()
        if v is not None
    }


@st.composite
def contribution(draw: st.DrawFn, contracts: int) -> dict[str, Any]:
    start = draw(dates)
    item = {
        "contract": draw(maybe(st.sampled_from([f"C-{n}" for n in range(contracts)]), st.just("C-99"))),
        "block": draw(maybe(st.sampled_from(BLOCKS))),
        "candidate": draw(maybe(st.sampled_from(["K-1", "K-2", "K-3"]), st.just("111222333"))),
        "hours_per_week": draw(maybe(hours)),
        "start": draw(maybe(st.just(start))),
        "end": draw(st.one_of(st.none(), dates.filter(lambda d: d >= start))),
        "amount": draw(maybe(money)),
        "hours": draw(st.one_of(st.none(), hours)),
        "status": draw(maybe(st.sampled_from(["realised", "planned", "accepted", "rejected"]))),
        "doelgroepregister": draw(st.one_of(st.none(), st.booleans(), st.sampled_from(["ja", "nee"]))),
    }
    return {k: v for k, v in item.items() if v is not None}


@st.composite
def portfolio(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=4))
    return {
        "contracts": [draw(contract(n)) for n in range(count)],
        "contributions": draw(st.lists(contribution(count), max_size=6)),
    }
