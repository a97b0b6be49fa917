"""Contracts and contributions as the engine sees them, whatever file they came from."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

Money = Annotated[Decimal, Field(ge=0, max_digits=18, decimal_places=6)]
Share = Annotated[Decimal, Field(ge=0, le=1)]
Hours = Annotated[Decimal, Field(ge=0, le=168)]


class ContractType(StrEnum):
    WORKS = "works"
    SERVICES = "services"
    SUPPLIES = "supplies"


class ContractStatus(StrEnum):
    PLANNED = "planned"
    TENDERING = "tendering"
    RUNNING = "running"
    COMPLETED = "completed"


class ContributionStatus(StrEnum):
    PLANNED = "planned"
    REALISED = "realised"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Origin(BaseModel):
    """Where a record came from: its file, a place for the whole record, and a place per field."""

    model_config = ConfigDict(frozen=True)

    file: str
    place: str = ""
    fields: dict[str, str] = Field(default_factory=dict)

    def at(self, field: str | None = None) -> str:
        """`file:line` (YAML) or `file Sheet!C7` (Excel) of one field, else of the record."""
        place = self.place
        if field:
            nested = (v for k, v in self.fields.items() if k.startswith(field + "."))
            place = self.fields.get(field) or next(nested, self.place)
        if not place:
            return self.file
        return f"{self.file}:{place}" if place[0].isdigit() else f"{self.file} {place}"


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    origin: SkipJsonSchema[Origin | None] = Field(default=None, exclude=True)


class Agreed(_Input):
    """A per-contract agreement (Maatwerk voor Mensen) that replaces the rule set's obligation."""

    obligation: Money | None = None
    percentage: Share | None = None
    placements: Annotated[int, Field(ge=1)] | None = None
    valuation: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Agreed:
        given = [k for k in ("obligation", "percentage", "placements") if getattr(self, k) is not None]
        if len(given) > 1:
            raise ValueError(f"agree on one of obligation, percentage or placements, not {given}")
        return self


class Declared(_Input):
    """What a tender template itself states about the rule set (checked by `sroi validate`)."""

    threshold: Money | None = None
    percentage: Share | None = None


class Pso(_Input):
    """A Prestatieladder Socialer Ondernemen certificate of the supplier."""

    level: str
    valid_from: dt.date
    valid_until: dt.date


class Contract(_Input):
    """A tender or contract that may carry a social-return obligation."""

    id: Annotated[str, Field(min_length=1, max_length=200)]
    title: str | None = None
    authority: str | None = None
    category: str | None = None
    type: ContractType
    value_excl_vat: Money
    wage_bill: Money | None = None
    labour_share: Share | None = None
    start: dt.date
    end: dt.date
    award_date: dt.date | None = None
    status: ContractStatus = ContractStatus.RUNNING
    supplier: str | None = None
    rules: str | None = None
    agreed: Agreed | None = None
    pso: Pso | None = None
    declared: Declared | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Contract:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    @property
    def rule_date(self) -> dt.date:
        """The date that picks the rule-set version: the award date, else the start."""
        return self.award_date or self.start


class Contribution(_Input):
    """One social-return contribution: a placement, a purchase, activity hours or a cost."""

    contract: str
    block: str
    candidate: str | None = None
    hours_per_week: Hours | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    bonuses: tuple[str, ...] = ()
    doelgroepregister: bool = False
    outcome: str | None = None
    hirer: str | None = None
    status: ContributionStatus = ContributionStatus.REALISED
    amount: Money | None = None
    date: dt.date | None = None
    hours: Annotated[Decimal, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Contribution:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    @property
    def counts(self) -> bool:
        """Realised or accepted: counts toward realisation."""
        return self.status in (ContributionStatus.REALISED, ContributionStatus.ACCEPTED)


class Portfolio(BaseModel):
    """Everything one run read: contracts with their contributions, in input order."""

    model_config = ConfigDict(frozen=True)

    contracts: tuple[Contract, ...]
    contributions: tuple[Contribution, ...]
    files: tuple[tuple[str, str], ...] = ()  # (path, sha256)

    def by_contract(self) -> dict[str, list[tuple[int, Contribution]]]:
        """Each contract's contributions with their input index, in one pass."""
        grouped: dict[str, list[tuple[int, Contribution]]] = {c.id: [] for c in self.contracts}
        for index, contribution in enumerate(self.contributions):
            grouped.setdefault(contribution.contract, []).append((index, contribution))
        return grouped
