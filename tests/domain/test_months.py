"""Calendar months as design §5.5 defines them, by example and by property."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sroi_cli.domain.months import add_months, date_after_months, months_between

D = dt.date


@pytest.mark.parametrize(
    ("first", "last", "months"),
    [
        (D(2026, 4, 1), D(2027, 3, 31), Decimal(12)),
        (D(2026, 4, 1), D(2026, 9, 30), Decimal(6)),
        (D(2026, 2, 1), D(2026, 2, 14), Decimal("0.5")),  # 14/28
        (D(2024, 2, 1), D(2024, 2, 14), Decimal(14) / Decimal(29)),  # a leap February
        (D(2026, 1, 31), D(2026, 2, 27), Decimal(1)),  # the 31st steps to 28 February
        (D(2026, 1, 1), D(2026, 1, 1), Decimal(1) / Decimal(31)),  # one day
        (D(2026, 3, 1), D(2028, 2, 29), Decimal(24)),
        (D(2026, 5, 2), D(2026, 5, 1), Decimal(0)),  # ends before it starts
    ],
)
def test_months_between(first: dt.date, last: dt.date, months: Decimal) -> None:
    assert months_between(first, last) == months


def test_add_months_keeps_the_day_or_the_last_day() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 1, 31), 2) == D(2026, 3, 31)
    assert add_months(D(2026, 3, 15), -14) == D(2025, 1, 15)


dates = st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31))


@given(dates, st.integers(min_value=0, max_value=400))
def test_whole_months_are_whole(first: dt.date, count: int) -> None:
    last = add_months(first, count) - dt.timedelta(days=1)
    assert months_between(first, last) == count


@given(dates, st.integers(min_value=0, max_value=3000))
def test_months_grow_with_the_end_date(first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    shorter = months_between(first, last)
    longer = months_between(first, last + dt.timedelta(days=1))
    assert Decimal(0) < shorter < longer
    # never more than a calendar month per 28 days, never less than one per 31
    slack = Decimal("1e-20")  # both sides are 28-digit quotients
    assert Decimal(days + 1) / 31 - slack <= shorter <= Decimal(days + 1) / 28 + slack


@given(dates, st.integers(min_value=0, max_value=2000))
def test_date_after_months_inverts_months_between(first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    assert date_after_months(first, months_between(first, last)) == last


@given(dates, st.integers(min_value=-1200, max_value=1200))
def test_add_months_is_the_calendar_s(start: dt.date, count: int) -> None:
    """The fast month lengths agree with `calendar.monthrange` (leap years included)."""
    import calendar

    index = start.year * 12 + start.month - 1 + count
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        return
    last = calendar.monthrange(year, month + 1)[1]
    assert add_months(start, count) == dt.date(year, month + 1, min(start.day, last))
