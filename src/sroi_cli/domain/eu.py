"""The EU procurement thresholds per two-year period, and the one in force on a date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class EuKind(StrEnum):
    WORKS = "works"
    CENTRAL = "central"  # supplies and services of central government authorities
    SUB_CENTRAL = "sub_central"  # supplies and services of sub-central authorities


class _Eu(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EuAmount(_Eu):
    amount: Annotated[Decimal, Field(gt=0)]
    source: str | None = None
    assumed: str | None = None  # no stored source was read for this amount


class EuPeriod(_Eu):
    valid_from: dt.date
    valid_until: dt.date
    regulation: str
    url: str | None = None
    works: EuAmount
    central: EuAmount
    sub_central: EuAmount

    def of(self, kind: EuKind) -> EuAmount:
        amount: EuAmount = getattr(self, kind.value)
        return amount

    @property
    def label(self) -> str:
        return f"{self.valid_from.year}–{self.valid_until.year}"


class EuTable(_Eu):
    schema_: Literal["sroi.eu-thresholds/1"] = Field(alias="schema")
    last_checked: dt.date
    periods: tuple[EuPeriod, ...] = Field(min_length=1)

    def on(self, day: dt.date) -> tuple[EuPeriod, bool]:
        """The period in force on `day`, and whether it is (False: the nearest one, outside the table)."""
        for period in self.periods:
            if period.valid_from <= day <= period.valid_until:
                return period, True
        first, last = self.periods[0], self.periods[-1]
        return (first if day < first.valid_from else last), False
