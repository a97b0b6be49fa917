"""Explainable steps: what was computed, from which inputs, with which rule value and source."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from sroi_cli.domain.money import money_str
from sroi_cli.domain.rules import RuleSet


class Step(BaseModel):
    """One line of a calculation trace, said in either language by its message key.

    Parameter values are strings; a leading `€` marks money, `%` a share, `#` a date and `=` a
    number, so each output format can write them its own way (`€ 1.250.000,00` or `€1,250,000.00`).
    Text that came from an input goes through `lit`, so it is never read as one of these.
    """

    model_config = ConfigDict(frozen=True)

    key: str
    params: dict[str, str] = {}
    rule: str | None = None
    source: str | None = None


TYPED_MARKS = ("€", "%", "#", "=", "'")


def lit(text: str) -> str:
    """Text from an input or rule file, kept literal: a leading mark is escaped with `'`."""
    return "'" + text if text.startswith(TYPED_MARKS) else text


def unlit(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def eur(amount: Decimal) -> str:
    return "€" + money_str(amount)


def num(value: Decimal) -> str:
    return "=" + format(value, "f")


def pct(share: Decimal) -> str:
    return "%" + format(share.normalize(), "f")


def day(value: dt.date | None) -> str:
    """A date as a step parameter (`#2026-03-01`), or `#` when there is none."""
    return "#" + (value.isoformat() if value else "")


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
