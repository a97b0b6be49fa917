"""Values as people type them (`€ 1.250.000,00`, `31-12-2026`, `werken`, `ja`) made exact and typed."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any


class ValueProblem(ValueError):
    """A value that does not fit its field; `expected` is a message key, `choices` an optional list."""

    def __init__(self, expected: str, choices: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.choices = choices


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_THOUSANDS_DOT = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^-?\d{1,3}(,\d{3}){2,}$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Digits with at most two decimals after a comma or a point: never a thousands separator, so
# `_number_text` would read it as it stands (the comma as the decimal mark).
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:(,)[0-9]{1,2}|\.[0-9]{1,2})?")


def _number_text(text: str, money: bool) -> Decimal:
    """Parse `1.250.000,00`, `1,250,000.00`, `1250000.00`, `25,5` (Dutch first)."""
    text = _SPACES.sub("", text)
    for mark in ("€", "EUR", "eur"):
        text = text.replace(mark, "")
    if text.endswith(",-"):
        text = text[:-2]
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        text = text.replace(group_mark, "").replace(decimal_mark, ".")
    elif "," in text:
        text = text.replace(",", "") if _THOUSANDS_COMMA.match(text) else text.replace(",", ".")
    elif money and _THOUSANDS_DOT.match(text):
        text = text.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise ValueError(text)
    return Decimal(text)


def plain(value: Any) -> Any:
    """A cell's value as openpyxl gives it, whichever library read it: calamine reads every number
    as a float (32.0 for 32) and a date as a date (openpyxl: a datetime at midnight)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time() and value.tzinfo is None:
        return value.date()
    return value


def to_decimal(value: Any, money: bool = False) -> Decimal:
    if isinstance(value, bool):
        raise ValueProblem("expect_money" if money else "expect_number")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueProblem("expect_money" if money else "expect_number")
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueProblem("expect_money" if money else "expect_number")
        if value.is_integer() and abs(value) < 2**53:
            return Decimal(int(value))  # 32, not 32.0, whichever library read the cell
        return Decimal(str(value))  # Excel stores a typed amount as a float; its shortest repr is exact
    if isinstance(value, str):
        plain_text = _PLAIN_NUMBER.fullmatch(value)  # 1250000, 25,5 or 1250000.00: no thousands
        if plain_text is not None:
            return Decimal(value.replace(",", ".") if plain_text.group(1) else value)
        try:
            return _number_text(value, money)
        except (ValueError, InvalidOperation):
            pass
    raise ValueProblem("expect_money" if money else "expect_number")


def to_money(value: Any) -> Decimal:
    return to_decimal(value, money=True)


def to_share(value: Any) -> Decimal:
    if isinstance(value, str) and value.strip().endswith("%"):
        try:
            return _number_text(value.strip()[:-1], money=False) / 100
        except (ValueError, InvalidOperation):
            raise ValueProblem("expect_share") from None
    try:
        return to_decimal(value)
    except ValueProblem:
        raise ValueProblem("expect_share") from None


def to_int(value: Any) -> int:
    try:
        number = to_decimal(value)
    except ValueProblem:
        raise ValueProblem("expect_int") from None
    if number != number.to_integral_value():
        raise ValueProblem("expect_int")
    return int(number)


def to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))  # an Excel serial date
    if isinstance(value, str):
        text = value.strip()
        found = _quick_date(text)
        if found is not None:
            return found
        for pattern in (
            "%Y-%m-%d",
            "%d-%m-%Y",
            "%d/%m/%Y",
            "%d.%m.%Y",
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M:%S",
        ):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    raise ValueProblem("expect_date")


# What `strptime` reads with the first patterns above, read without it (a CSV of 300.000 rows has a
# million dates); anything else, and any impossible date, is left to `strptime`.
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DUTCH_DATE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")


def _quick_date(text: str) -> dt.date | None:
    try:
        if found := _ISO_DATE.fullmatch(text):
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        if found := _DUTCH_DATE.fullmatch(text):
            return dt.date(int(found[4]), int(found[3]), int(found[1]))
    except ValueError:
        pass
    return None


_TRUE = {"ja", "j", "yes", "y", "true", "waar", "x", "1"}
_FALSE = {"nee", "n", "no", "false", "onwaar", "0", ""}
_TRUE_OR_FALSE = _TRUE | _FALSE


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE_OR_FALSE:
        return value.strip().lower() in _TRUE
    raise ValueProblem("expect_bool")


def to_text(value: Any) -> str:
    if value.__class__ is str:
        return str(value.strip())
    if isinstance(value, bool) or value is None:
        raise ValueProblem("expect_text")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an id typed as a number in Excel
    if isinstance(value, str | int | float | Decimal):
        return str(value).strip()
    if isinstance(value, dt.date):
        return str(plain(value).isoformat())
    raise ValueProblem("expect_text")


def to_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(to_text(v) for v in value)
    if isinstance(value, str):
        return tuple(p.strip() for p in re.split(r"[,;]", value) if p.strip())
    raise ValueProblem("expect_list")


# A rule set's codes (blocks, bonuses, rule-set ids, PSO levels) are short words; a longer value is
# no code, and refusing it keeps a megabyte cell out of every message that names the code.
MAX_CODE = 120  # the "expect_code" message says it; the longest bundled label has 73


def to_code(value: Any) -> str:
    text = to_text(value)
    if len(text) > MAX_CODE:
        raise ValueProblem("expect_code")
    return text


def to_codes(value: Any) -> tuple[str, ...]:
    codes = to_list(value)
    if any(len(code) > MAX_CODE for code in codes):
        raise ValueProblem("expect_code")
    return codes


def clip(text: str, limit: int = 60) -> str:
    """A value from the input as a message shows it: at most `limit` characters."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def choice(aliases: dict[str, str]) -> Callable[[Any], str]:
    """A parser for a closed vocabulary: each alias (Dutch or English, any case) maps to its code."""
    shown = ", ".join(dict.fromkeys(aliases.values()))

    def parse(value: Any) -> str:
        if isinstance(value, str):
            code = aliases.get(value.strip().lower())
            if code is not None:
                return code
        raise ValueProblem("expect_one_of", shown)

    return parse


CONTRACT_TYPES = {
    "works": "works",
    "work": "works",
    "werken": "works",
    "werk": "works",
    "services": "services",
    "service": "services",
    "diensten": "services",
    "dienst": "services",
    "supplies": "supplies",
    "supply": "supplies",
    "leveringen": "supplies",
    "levering": "supplies",
}
CONTRACT_STATUSES = {
    "planned": "planned",
    "gepland": "planned",
    "voorgenomen": "planned",
    "tendering": "tendering",
    "in aanbesteding": "tendering",
    "aanbesteding": "tendering",
    "running": "running",
    "lopend": "running",
    "actief": "running",
    "completed": "completed",
    "afgerond": "completed",
    "beëindigd": "completed",
    "voltooid": "completed",
}
CONTRIBUTION_STATUSES = {
    "planned": "planned",
    "gepland": "planned",
    "realised": "realised",
    "realized": "realised",
    "gerealiseerd": "realised",
    "accepted": "accepted",
    "geaccepteerd": "accepted",
    "goedgekeurd": "accepted",
    "rejected": "rejected",
    "afgewezen": "rejected",
    "afgekeurd": "rejected",
}
