"""The quick reads of plain dates and numbers say exactly what the full parsers say."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from hypothesis import given
from hypothesis import strategies as st

from sroi_cli.io import values as v

PATTERNS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")
digits = st.text(alphabet="0123456789", min_size=1, max_size=5)


def strptime_date(text: str) -> dt.date | None:
    for pattern in PATTERNS:
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def read_date(text: str) -> dt.date | None:
    try:
        return v.to_date(text)
    except v.ValueProblem:
        return None


@given(digits, digits, digits, st.sampled_from("-/."), st.booleans())
def test_dates_as_strptime_reads_them(a: str, b: str, c: str, mark: str, spaced: bool) -> None:
    for text in (f"{a}{mark}{b}{mark}{c}", f"{c}-{b}-{a}"):
        text = f" {text} " if spaced else text
        assert read_date(text) == strptime_date(text)


def full_number(text: str, money: bool) -> Decimal | None:
    try:
        return v._number_text(text, money)
    except (ValueError, InvalidOperation):
        return None


def read_number(text: str, money: bool) -> Decimal | None:
    try:
        return v.to_decimal(text, money)
    except v.ValueProblem:
        return None


@given(digits, digits, st.sampled_from(["", "-"]), st.sampled_from(["", ",", "."]), st.booleans())
def test_numbers_as_the_full_parser_reads_them(a: str, b: str, sign: str, mark: str, money: bool) -> None:
    text = f"{sign}{a}{mark}{b}" if mark else f"{sign}{a}"
    quick, full = read_number(text, money), full_number(text, money)
    assert (quick, str(quick)) == (full, str(full))
