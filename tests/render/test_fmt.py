"""Figures are written as Babel writes them for nl_NL and en_GB, without Babel's cost per figure."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from sroi_cli.render import fmt

LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "en_GB"}  # any other language is written as English
figures = st.decimals(min_value=-(10**15), max_value=10**15, allow_nan=False, places=6) | st.sampled_from(
    [
        Decimal(s)
        for s in ("0", "-0", "0.00", "-0.00", "0.004", "-0.005", "999.995", "1000", "1E+3", "12.3E+5")
    ]
)
languages = st.sampled_from(sorted(LOCALES))


@given(figures, languages)
def test_money_as_babel_writes_it(value: Decimal, lang: str) -> None:
    exact = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    expected = format_currency(exact, "EUR", locale=LOCALES[lang]).replace("\u00a0", " ")
    assert fmt.money(value, lang) == expected


@given(figures, languages, st.integers(min_value=0, max_value=4))
def test_numbers_as_babel_writes_them(value: Decimal, lang: str, places: int) -> None:
    exact = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    pattern = "#,##0." + "0" * places if places else "#,##0"
    assert fmt.number(value, lang, places) == format_decimal(exact, format=pattern, locale=LOCALES[lang])


@given(figures, languages)
def test_short_numbers_as_babel_writes_them(value: Decimal, lang: str) -> None:
    exact = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    expected = format_decimal(exact, format="#,##0.##", locale=LOCALES[lang])
    assert fmt.short_number(value, lang) == expected
    assert fmt.share(value / 100, lang) == fmt.short_number(value / 100 * 100, lang) + "%"


def test_examples() -> None:
    assert fmt.money(Decimal("1250000"), "nl") == "€ 1.250.000,00"
    assert fmt.money(Decimal("-1250.005"), "en") == "-€1,250.01"
    assert fmt.short_number(Decimal("10.7700"), "nl") == "10,77"
    assert fmt.short_number(Decimal("6.00"), "en") == "6"
