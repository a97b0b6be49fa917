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


# Valid documents, then mutated: most reach a report, so the fuzzers' invariants run on them.
AS_OF = dt.date(2026, 11, 23)
FIRST_START = dt.date(2025, 7, 1)  # on or after every bundled rule set's latest version


def plain_doc(doc: dict[str, Any]) -> dict[str, Any]:
    return doc


def _rule_sets() -> dict[str, tuple[list[str], dict[str, str]]]:
    """Each bundled rule set's contract types and its blocks' methods, in its latest version."""
    from sroi_cli.io.rules_loader import RuleLibrary

    library = RuleLibrary()
    found = {}
    for rule_id in library.ids():
        version = library.history(rule_id).versions[-1]
        if version.valid_from > FIRST_START:
            continue
        types = [str(t) for t in version.applicability.contract_types]
        found[rule_id] = (
            types,
            {code: str(block.method) for code, block in version.valuation.blocks.items()},
        )
    return found


RULE_SETS = _rule_sets()
valid_dates = st.dates(min_value=FIRST_START, max_value=dt.date(2028, 12, 31))
valid_money = st.decimals(min_value=1, max_value=10**7, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def valid_contract(draw: st.DrawFn, number: int, rules: str) -> dict[str, Any]:
    types, _ = RULE_SETS[rules]
    start = draw(valid_dates)
    item = {
        "id": f"C-{number}",
        "title": draw(st.sampled_from(["Onderhoud", "Schoonmaak", "Bouw & Infra", "ICT-diensten"])),
        "type": draw(st.sampled_from(types)),
        "value_excl_vat": str(draw(st.decimals(min_value=10**4, max_value=10**8, places=2))),
        "start": start,
        "end": start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=1500))),
        "status": draw(st.sampled_from(["running", "planned", "completed", "tendering"])),
        "rules": rules,
        "supplier": draw(st.sampled_from(["A B.V.", "B & Co", "Schoon B.V."])),
    }
    return item


@st.composite
def valid_contribution(draw: st.DrawFn, contract: dict[str, Any]) -> dict[str, Any]:
    _, blocks = RULE_SETS[contract["rules"]]
    code = draw(st.sampled_from(sorted(blocks)))
    method = blocks[code]
    item: dict[str, Any] = {
        "contract": contract["id"],
        "block": code,
        "status": draw(st.sampled_from(["realised", "planned", "accepted", "rejected"])),
    }
    if method in ("per_year", "per_month"):
        start = contract["start"] + dt.timedelta(days=draw(st.integers(min_value=0, max_value=200)))
        item |= {
            "candidate": f"K-{draw(st.integers(min_value=1, max_value=40)):04d}",
            "hours_per_week": str(draw(st.sampled_from(["36", "24", "25.5", "32", "12,75", "8"]))),
            "start": start,
        }
        if draw(st.booleans()):
            item["end"] = start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=900)))
        item["doelgroepregister"] = draw(st.booleans())
    elif method == "per_hour":
        item["hours"] = str(draw(st.integers(min_value=0, max_value=5000)))
    else:  # share_of_amount, actual_cost
        item["amount"] = str(draw(valid_money))
        item["date"] = contract["start"] + dt.timedelta(days=draw(st.integers(min_value=0, max_value=400)))
    return item


@st.composite
def valid_portfolio(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=4))
    contracts = [draw(valid_contract(n, draw(st.sampled_from(sorted(RULE_SETS))))) for n in range(count)]
    contributions = [
        draw(valid_contribution(c))
        for c in contracts
        for _ in range(draw(st.integers(min_value=0, max_value=4)))
    ]
    return {"contracts": contracts, "contributions": contributions}


def _dutch_money(text: str) -> str:
    if not text.replace(".", "").isdigit():
        return text
    whole, _, cents = f"{float(text):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"€ {groups},{cents}"


# (name, keeps the document valid, change): a change returns the record's new value of a field
MUTATIONS: list[tuple[str, bool, str, Any]] = [
    ("dutch money", True, "value_excl_vat", _dutch_money),
    ("dutch date", True, "start", lambda d: d.strftime("%d-%m-%Y") if isinstance(d, dt.date) else d),
    (
        "dutch type",
        True,
        "type",
        lambda t: {"works": "werken", "services": "diensten", "supplies": "leveringen"}.get(t, t),
    ),
    ("no supplier", True, "supplier", lambda _: None),
    ("markup title", True, "title", lambda t: f"[red]{t}[/red] [link=https://x]y[/link]"),
    ("control title", True, "title", lambda t: f"{t}\x1b[31m\a\n"),
    ("formula title", True, "title", lambda t: f'=HYPERLINK("https://x","{t}")'),
    ("junk value", False, "value_excl_vat", lambda _: "veel geld"),
    ("huge value", False, "value_excl_vat", lambda _: "1" + "0" * 30),
    ("negative value", False, "value_excl_vat", lambda _: "-5"),
    ("bad date", False, "end", lambda _: "2026-02-30"),
    ("no type", False, "type", lambda _: None),
    ("unknown rules", False, "rules", lambda _: "atlantis"),
]
CONTRIBUTION_MUTATIONS: list[tuple[str, bool, str, Any]] = [
    ("dutch hours", True, "hours_per_week", lambda h: str(h).replace(".", ",")),
    ("planned", True, "status", lambda _: "gepland"),
    ("bsn candidate", False, "candidate", lambda _: "123.456.782"),
    ("bsn float", False, "candidate", lambda _: 123456782.0),
    ("huge hours", False, "hours", lambda _: "1" + "0" * 30),
    ("unknown block", False, "block", lambda _: "no_block"),
    ("orphan", False, "contract", lambda _: "C-99"),
]


@st.composite
def mutated_portfolio(draw: st.DrawFn) -> dict[str, Any]:
    """A valid portfolio with none, one or two changes: mostly ones a valid file still has (Dutch
    formats, hostile text), sometimes one that breaks it (junk, a BSN, a huge number)."""
    doc = draw(valid_portfolio())
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 1, 2]))):
        pool = [("contracts", m) for m in MUTATIONS]
        if doc["contributions"]:
            pool += [("contributions", m) for m in CONTRIBUTION_MUTATIONS]
        weighted = [item for item in pool for _ in range(4 if item[1][1] else 1)]  # valid ones 4×
        kind, (name, _, field, change) = draw(st.sampled_from(weighted))
        record = draw(st.sampled_from(doc[kind]))
        if field not in record and name != "no supplier":
            continue
        new = change(record.get(field))
        if new is None:
            record.pop(field, None)
        else:
            record[field] = new
    return doc
