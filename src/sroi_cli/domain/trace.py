"""Explainable steps: what was computed, from which inputs, with which rule value and source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sroi_cli.domain.args import Date, Money, Number, Param, Share
from sroi_cli.domain.rules import RuleSet


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """One line of a calculation trace, said in either language by its message key.

    Parameters are typed values (`domain/args.py`: money, shares, numbers, dates, catalogue terms)
    or plain text shown as written; each output format writes them its own way.
    """

    key: str
    params: dict[str, Param] = field(default_factory=dict)
    rule: str | None = None
    source: str | None = None


def eur(amount: Decimal) -> Money:
    return Money(amount)


def num(value: Decimal) -> Number:
    return Number(value)


def pct(share: Decimal) -> Share:
    return Share(share)


def day(value: dt.date | None) -> Date:
    """A date as a step parameter, or none (`…`)."""
    return Date(value)


def cite(rules: RuleSet, path: str, value: object, ref: str | None) -> tuple[str, str]:
    """The rule reference and the source line for a value read from a rule set.

    Every contract cites the same few values: each citation is made once per rule version and
    shared (a portfolio of 100.000 contracts would otherwise hold half a million copies).
    """
    key = ("cite", path, ref)
    known: tuple[object, tuple[str, str]] | None = rules.memo.get(key)
    if known is not None and known[0] is value:
        return known[1]
    source = rules.source_of(ref)
    where = f"{source.title} — {source.url}" if source.url else source.title
    cited = f"{rules.id} {rules.version}: {path} = {value}", where
    rules.memo[key] = (value, cited)
    return cited
