"""Exact money: Decimal throughout, rounded half up to cents only where a figure is shown or stored."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal(0)
ONE = Decimal(1)


def cents(amount: Decimal) -> Decimal:
    """Round half up to whole cents (0.005 → 0.01)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def round_to(amount: Decimal, places: int) -> Decimal:
    """Round half up to `places` decimals, for shares, months and job counts."""
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money_str(amount: Decimal) -> str:
    """Money as the report stores it: a string with exactly two decimals."""
    return f"{cents(amount):f}"
