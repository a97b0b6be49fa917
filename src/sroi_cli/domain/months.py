"""Calendar months between dates, as the rule sets count them (design §5.5)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, Decimal
from functools import lru_cache

from sroi_cli.domain.money import ZERO

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)  # days in the year before each month


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _shifted(start: date, count: int) -> int:
    """The day number (`date.toordinal`) of `start` moved `count` calendar months on.

    Worked out on plain integers, so a period may end on 9999-12-31 (the usual "open-ended"
    placeholder) or begin on 0001-01-01: the day after the one, or a year before the other, has
    a number even where it has no `date`.
    """
    index = start.year * 12 + start.month - 1 + count
    year, month = divmod(index, 12)
    day = start.day
    if day > 28:  # only then can the month be too short (calendar.monthrange, without the weekday)
        last = 29 if month == 1 and _leap(year) else _DAYS[month]
        day = min(day, last)
    if 0 < year < 10000:  # a date that exists: C counts its days (a batch asks 200.000 times)
        return date(year, month + 1, day).toordinal()
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _BEFORE[month] + (month > 1 and _leap(year)) + day


@lru_cache(maxsize=2**14)  # the same contract and rule dates come back across a portfolio
def add_months(start: date, count: int) -> date:
    """`start` moved `count` calendar months on; a 31st steps to the last day of a shorter month.

    Beyond the dates Python can hold it stays at `date.min` or `date.max`, which compares the same
    way with every date that exists.
    """
    ordinal = _shifted(start, count)
    return date.fromordinal(min(max(ordinal, 1), _MAX))


_MAX = date.max.toordinal()


@lru_cache(maxsize=2**16)  # a portfolio asks for the same contract periods again and again
def months_between(first: date, last: date) -> Decimal:
    """Months from `first` to `last`, both days inclusive: whole months, then the rest as a fraction.

    The rest is measured against the length of the month that follows the whole months, so
    1 Apr – 31 Mar is 12, 1 Apr – 30 Sep is 6 and 1 Feb – 14 Feb 2026 is 14/28.
    """
    if last < first:
        return ZERO
    stop = last.toordinal() + 1  # the day after the last, as a number: 9999-12-31 has one too
    whole = (last.year - first.year) * 12 + last.month - first.month + 1
    anchor, after = _shifted(first, whole), None  # the day `whole` months on, and a month later
    while whole > 0 and anchor > stop:
        whole, after = whole - 1, anchor
        anchor = _shifted(first, whole)
    if after is None:
        after = _shifted(first, whole + 1)
    while after <= stop:
        whole, anchor = whole + 1, after
        after = _shifted(first, whole + 1)
    rest = stop - anchor
    if rest == 0:
        return Decimal(whole)
    return Decimal(whole) + Decimal(rest) / Decimal(after - anchor)


def date_after_months(first: date, months: Decimal) -> date:
    """The last day (inclusive) of a period of `months` months that starts on `first`.

    The inverse of `months_between`, used to cut a placement at a block's maximum months.
    """
    whole = int(months)
    anchor = _shifted(first, whole)
    fraction = months - whole
    if fraction == 0:
        return date.fromordinal(anchor - 1)
    length = _shifted(first, whole + 1) - anchor
    # a fraction like 5/29 times 29 lands a hair above 5 at 28 digits: settle it before the ceiling
    days = int((fraction * length).quantize(Decimal("1e-12")).to_integral_value(rounding=ROUND_CEILING))
    return date.fromordinal(anchor + days - 1)
