"""A lot from public tender data (TenderNed's dataset, OCDS): what a notice says, whatever its format.

A frozen slotted dataclass rather than a Pydantic model: the readers have already parsed every
value, and a national dataset makes a quarter of a million of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from sroi_cli.domain.inputs import ContractType
from sroi_cli.domain.location import Where


class Signal(StrEnum):
    """A sign in the notice that social return or social purpose was asked."""

    SOCIAL_OBJECTIVE = "social_objective"  # eForms strategic procurement soc-obj; OCDS social
    EMPLOYMENT = "employment"  # eForms: employment opportunities for the long-term unemployed…
    RESERVED_PARTICIPATION = "reserved_participation"  # sheltered workshops, social enterprises
    RESERVED_EXECUTION = "reserved_execution"  # execution in sheltered employment programmes


class Stage(StrEnum):
    AWARDED = "awarded"
    ANNOUNCED = "announced"  # a contract notice with no award (yet)


class ValueKind(StrEnum):
    FINAL = "final"
    ESTIMATED = "estimated"


@dataclass(frozen=True, slots=True)
class PublicLot:
    """One lot of one published tender, as read; `None` where the notice says nothing."""

    id: str  # the publication id, with the lot id when the tender has lots: "312345/2"
    tender: str  # what ties the lots of one tender together (TenderNed kenmerk, OCDS ocid)
    stage: Stage
    place: Where  # `file Sheet!A7` or `file:line`, for messages
    link: str | None = None
    title: str | None = None
    authority: str | None = None
    authority_kvk: str | None = None
    supplier: str | None = None
    type: ContractType | None = None
    value: Decimal | None = None
    value_kind: ValueKind | None = None
    published: dt.date | None = None
    award_date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    duration_months: int | None = None
    cpv: str | None = None
    signals: frozenset[Signal] = field(default_factory=frozenset)
    rules: str | None = None  # the rule set a contract of sroi's own input names for itself


def quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
