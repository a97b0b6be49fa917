"""Typed message arguments: a figure travels as its value, and each output writes it its own way.

A step, finding or problem carries its parameters as these values (or a plain `str`, which is text
shown exactly as written, whatever it starts with). The renderer formats each one once, in the
reader's language (`render/fmt.py::said`); nothing is ever parsed back from a string. `str(arg)`
is the plain form the JSON report writes: money and numbers as decimals, a date in ISO form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from pydantic import PlainSerializer

from sroi_cli.domain.money import money_str


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in euros (`€ 1.250,00`, `€1,250.00`)."""

    amount: Decimal

    def __str__(self) -> str:
        return money_str(self.amount)


@dataclass(frozen=True, slots=True)
class Share:
    """A share of a whole, `0.05` written as `5%`."""

    value: Decimal

    def __str__(self) -> str:
        return format(self.value.normalize(), "f")


@dataclass(frozen=True, slots=True)
class Number:
    """A number of months, hours or FTE: up to two decimals, no trailing zeros (`10,77`)."""

    value: Decimal

    def __str__(self) -> str:
        return format(self.value, "f")


@dataclass(frozen=True, slots=True)
class Count:
    """A whole count (contracts, placements, an index): a plural may depend on it."""

    value: int

    def __str__(self) -> str:
        return str(self.value)


@dataclass(frozen=True, slots=True)
class Date:
    """A day, or none (`…`)."""

    value: dt.date | None

    def __str__(self) -> str:
        return self.value.isoformat() if self.value else ""


@dataclass(frozen=True, slots=True)
class Term:
    """A word or sentence of the catalogue by its key, said in the message's language."""

    key: str

    def __str__(self) -> str:
        return self.key


Text = str  # text from an input or a rule file: shown exactly as written
Arg = Money | Share | Number | Count | Date | Term | str

# In a model, a parameter is kept as its typed value and written as its plain form.
Param = Annotated[Any, PlainSerializer(str, return_type=str)]


def plain(params: dict[str, Arg]) -> dict[str, str]:
    """The parameters as the JSON report writes them."""
    return {k: str(v) for k, v in params.items()}
