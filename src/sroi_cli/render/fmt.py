"""Figures written the way each language writes them: `€ 1.250.000,00` or `€1,250,000.00`."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def money(amount: Decimal, lang: str) -> str:
    from babel.numbers import format_currency

    exact = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = format_currency(exact, "EUR", locale=_LOCALES.get(lang, "en_GB"))
    return str(text).replace("\u00a0", " ")


def number(value: Decimal, lang: str, places: int = 2) -> str:
    from babel.numbers import format_decimal

    exact = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    fmt = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(exact, format=fmt, locale=_LOCALES.get(lang, "en_GB")))


def share(value: Decimal, lang: str) -> str:
    return short_number(value * 100, lang) + "%"


def date(value: dt.date | str, lang: str) -> str:
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime("%d-%m-%Y") if lang == "nl" else day.isoformat()


def typed(value: str, lang: str) -> str:
    """A step or finding parameter: `€…` money, `%…` share, `#…` date, `=…` number, else as is."""
    if value[:1] == "'":
        return value[1:]  # literal text from an input (see domain.trace.lit)
    if value[:1] == "€":
        return money(Decimal(value[1:]), lang)
    if value[:1] == "%":
        return share(Decimal(value[1:]), lang)
    if value[:1] == "=":
        return short_number(Decimal(value[1:]), lang)
    if value[:1] == "#":
        return date(value[1:], lang) if value[1:] else "…"
    return value


def short_number(value: Decimal, lang: str) -> str:
    """A count or a number of months: up to two decimals, no trailing zeros (6, 10,77)."""
    from babel.numbers import format_decimal

    exact = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return str(format_decimal(exact, format="#,##0.##", locale=_LOCALES.get(lang, "en_GB")))
