"""Figures written the way each language writes them: `€ 1.250.000,00` or `€1,250,000.00`."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from sroi_cli.catalogue import day
from sroi_cli.domain.args import Arg, Date, Money, Number, Share

# Written as Babel writes them for nl_NL and en_GB (every other language), without calling Babel:
# a report of 100.000 contracts has a million figures (tests/render/test_fmt.py holds them equal).
_MARKS = {"nl": (".", ",")}  # group, decimal
_CENT = Decimal("0.01")


def _parts(exact: Decimal, lang: str) -> tuple[str, str, str, str]:
    """Sign, grouped whole part, decimal mark and fraction of an already rounded figure."""
    text = format(exact, "f")
    sign = ""
    if text[0] == "-":
        sign, text = "-", text[1:]
    whole, _, fraction = text.partition(".")
    group, point = _MARKS.get(lang, (",", "."))
    if len(whole) > 3:
        whole = f"{int(whole):,}"
        if group != ",":
            whole = whole.replace(",", group)
    return sign, whole, point, fraction


def money(amount: Decimal, lang: str) -> str:
    sign, whole, point, fraction = _parts(amount.quantize(_CENT, rounding=ROUND_HALF_UP), lang)
    if lang == "nl":
        return f"€ {sign}{whole}{point}{fraction}"
    return f"{sign}€{whole}{point}{fraction}"


def whole_money(amount: Decimal, lang: str) -> str:
    """Money rounded to whole euros, for an axis or a label beside a bar: `€ 36.667`."""
    sign, whole, _, _ = _parts(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP), lang)
    return f"€ {sign}{whole}" if lang == "nl" else f"{sign}€{whole}"


def number(value: Decimal, lang: str, places: int = 2) -> str:
    exact = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign, whole, point, fraction = _parts(exact, lang)
    return f"{sign}{whole}{point}{fraction}" if places else f"{sign}{whole}"


def share(value: Decimal, lang: str) -> str:
    return short_number(value * 100, lang) + "%"


def date(value: dt.date | str, lang: str) -> str:
    return day(dt.date.fromisoformat(value) if isinstance(value, str) else value, lang)


def said(value: Arg, lang: str) -> str:
    """A step or finding parameter as `lang` writes it; text (a `str`) exactly as it came.

    A catalogue term is not said here (`render/texts.py` looks it up).
    """
    if isinstance(value, str):
        return value
    if isinstance(value, Money):
        return money(value.amount, lang)
    if isinstance(value, Share):
        return share(value.value, lang)
    if isinstance(value, Number):
        return short_number(value.value, lang)
    if isinstance(value, Date):
        return date(value.value, lang) if value.value else "…"
    return str(value)  # a count; a term's key


def short_number(value: Decimal, lang: str) -> str:
    """A count or a number of months: up to two decimals, no trailing zeros (6, 10,77)."""
    sign, whole, point, fraction = _parts(value.quantize(_CENT, rounding=ROUND_HALF_UP), lang)
    fraction = fraction.rstrip("0")
    return f"{sign}{whole}{point}{fraction}" if fraction else f"{sign}{whole}"
