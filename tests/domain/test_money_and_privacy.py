"""Money rounds half up to cents only when shown; the BSN guard finds, and hides, elfproef numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sroi_cli.domain.money import cents, money_str
from sroi_cli.domain.privacy import MASK, find_bsn, is_bsn, mask_bsn


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0.005", "0.01"),
        ("0.004999", "0.00"),
        ("2.675", "2.68"),
        ("-2.675", "-2.68"),
        ("13333.333333", "13333.33"),
        ("0", "0.00"),
        ("1250000", "1250000.00"),
    ],
)
def test_cents_round_half_up(amount: str, shown: str) -> None:
    assert money_str(Decimal(amount)) == shown


@given(st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=6))
def test_cents_is_within_half_a_cent(amount: Decimal) -> None:
    rounded = cents(amount)
    assert abs(rounded - amount) <= Decimal("0.005")
    assert rounded == rounded.quantize(Decimal("0.01"))


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("123456782", True),
        ("111222333", True),
        ("123456789", False),
        ("000000000", False),
        ("12345678", False),
        ("1234567820", False),
    ],
)
def test_elfproef(digits: str, valid: bool) -> None:
    assert is_bsn(digits) is valid


def test_mask_hides_only_bsn_runs() -> None:
    text = "candidate 123456782 at row 123456789, id 1234567820"
    assert mask_bsn(text) == f"candidate {MASK} at row 123456789, id 1234567820"
    assert find_bsn(text) and not find_bsn("K-0007")


@given(st.integers(min_value=100_000_000, max_value=999_999_999))
def test_no_bsn_survives_masking(number: int) -> None:
    text = f"found '{number}', expected a date"
    assert not find_bsn(mask_bsn(text))
