"""Calendar months between dates, as the rule sets count them (design §5.5)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from functools import lru_cache

from sroi_cli.domain.money import ZERO

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(start: date, count: int) -> date:
    """`start` moved `count` calendar months on; a 31st steps to the last day of a shorter month."""
    index = start.year * 12 + start.month - 1 + count
    year, month = divmod(index, 12)
    day = start.day
    if day > 28:  # only then can the month be too short (calendar.monthrange, without the weekday)
        last = _DAYS[month]
        if month == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            last = 29
        day = min(day, last)
    return date(year, month + 1, day)


@lru_cache(maxsize=2**16)  # a portfolio asks for the same contract periods again and again
def months_between(first: date, last: date) -> Decimal:
    """Months from `first` to `last`, both days inclusive: whole months, then the rest as a fraction.

    The rest is measured against the length of the month that follows the whole months, so
    1 Apr – 31 Mar is 12, 1 Apr – 30 Sep is 6 and 1 Feb – 14 Feb 2026 is 14/28.
    """
    if last < first:
        return ZERO
    stop = last + timedelta(days=1)
    whole = (stop.year - first.year) * 12 + stop.month - first.month
    while whole > 0 and add_months(first, whole) > stop:
        whole -= 1
    while add_months(first, whole + 1) <= stop:
        whole += 1
    anchor = add_months(first, whole)
    rest = (stop - anchor).days
    if rest == 0:
        return Decimal(whole)
    month_length = (add_months(first, whole + 1) - anchor).days
    return Decimal(whole) + Decimal(rest) / Decimal(month_length)


def date_after_months(first: date, months: Decimal) -> date:
    """The last day (inclusive) of a period of `months` months that starts on `first`.

    The inverse of `months_between`, used to cut a placement at a block's maximum months.
    """
    whole = int(months)
    anchor = add_months(first, whole)
    fraction = months - whole
    if fraction == 0:
        return anchor - timedelta(days=1)
    length = (add_months(first, whole + 1) - anchor).days
    # a fraction like 5/29 times 29 lands a hair above 5 at 28 digits: settle it before the ceiling
    days = int((fraction * length).quantize(Decimal("1e-12")).to_integral_value(rounding=ROUND_CEILING))
    return anchor + timedelta(days=days - 1)
