"""Contracts and contributions as the engine sees them, whatever file they came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import replace
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, TypeAdapter, model_validator
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic.json_schema import SkipJsonSchema
from pydantic_core import ArgsKwargs, CoreSchema, PydanticCustomError, core_schema

from sroi_cli.domain import bounds as b
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.location import NOWHERE, Location

# the ranges every number is checked against where it is read (bounds.py, README "Number ranges")
Money = b.Money
Share = b.Share
Hours = b.HoursPerWeek
# A buyer's remarks: shown in the reports as plain text, never read as markup or a formula.
Notes = Annotated[str, Field(max_length=2000)]


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


class Origin:
    """Where a record came from: its file, a place for the whole record, and a place per field.

    A place is a `Location` without its file (a line, or a sheet and cell), given its file when
    asked (`at`). A small immutable object rather than a model: a 300.000-row sheet makes one per
    row, and `fields` may be a `RowPlaces` that works each field's cell out when asked instead of
    storing it.
    """

    __slots__ = ("_fields", "_place", "file")
    file: str
    _place: Location | None
    _fields: Mapping[str, Location]

    def __init__(
        self, file: str, place: Location | None = NOWHERE, fields: Mapping[str, Location] | None = None
    ) -> None:
        """`place` None: a table row's, worked out from its `RowPlaces` when asked."""
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "_place", place)
        object.__setattr__(self, "_fields", {} if fields is None else fields)

    @property
    def place(self) -> Location:
        place = self._place
        if place is not None:
            return place
        fields = self._fields
        return fields.row_place() if isinstance(fields, RowPlaces) else NOWHERE

    @property
    def fields(self) -> Mapping[str, Location]:
        return self._fields

    def at(self, field: str | None = None) -> Location:
        """The location (`file:line` in YAML, `file Sheet!C7` in Excel) of one field, else of the record."""
        place = self.place
        if field:
            found = self._fields.get(field)
            if found:
                place = found
            else:
                nested = (v for k, v in self._fields.items() if k.startswith(field + "."))
                place = next(nested, self.place)
        return place.in_file(self.file)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Origin is immutable; cannot set {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Origin):
            return NotImplemented
        return (self.file, self.place, dict(self._fields)) == (other.file, other.place, dict(other._fields))

    def __hash__(self) -> int:
        return hash((self.file, self.place))

    def __repr__(self) -> str:
        return f"Origin(file={self.file!r}, place={self.place!r}, fields={dict(self._fields)!r})"

    def __reduce__(self) -> tuple[type[Origin], tuple[str, Location, dict[str, Location]]]:
        return (Origin, (self.file, self.place, dict(self._fields)))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.is_instance_schema(cls)


class RowPlaces(Mapping[str, Location]):
    """The place of each field of one table row, made when asked: sheet `Bijdragen`, cell `F` + `12`.

    `columns` (field → its column's letters) is shared by every row of a sheet; a CSV row has no
    sheet (`sheet` None), and every field is at the row's line. `first`: the letters of the row's
    first column, where the record as a whole is (`Bijdragen!A12`).
    """

    __slots__ = ("_columns", "_first", "_row", "_sheet")

    def __init__(
        self, columns: Mapping[str, str], row: int, sheet: str | None = None, first: str = ""
    ) -> None:
        self._columns = columns
        self._row = row
        self._sheet = sheet
        self._first = first

    def row_place(self) -> Location:
        if self._sheet is None:
            return Location(line=self._row)
        return Location(sheet=self._sheet, cell=f"{self._first}{self._row}")

    def __getitem__(self, key: str) -> Location:
        column = self._columns[key]
        if self._sheet is None:
            return Location(line=self._row)
        return Location(sheet=self._sheet, cell=f"{column}{self._row}")

    def __contains__(self, key: object) -> bool:
        return key in self._columns

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


class _Record:
    """The few model methods callers use, on records that are slotted dataclasses validated by
    Pydantic: a 1.000.000-contract portfolio is four million records, and a `BaseModel` costs a
    dict and a set per instance (about 1,2 KB) where slots cost 8 bytes a field."""

    __slots__ = ()

    @classmethod
    def model_validate(cls: type[R], data: Any) -> R:
        """The record from a mapping of its fields, validated (a ValidationError lists what is wrong)."""
        return cls.__pydantic_validator__.validate_python(data)  # type: ignore[attr-defined,no-any-return]

    def model_copy(self: R, *, update: Mapping[str, Any]) -> R:
        """A copy with some fields changed (and validated again)."""
        return replace(self, **update)  # type: ignore[type-var]

    def model_dump(self, **options: Any) -> dict[str, Any]:
        """The fields as plain data, as `BaseModel.model_dump` gives them (`exclude`, `exclude_none`)."""
        kind = type(self)
        adapter = _ADAPTERS.get(kind) or _ADAPTERS.setdefault(kind, TypeAdapter(kind))
        return adapter.dump_python(self, **options)  # type: ignore[no-any-return]


R = TypeVar("R", bound=_Record)
_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


# A record: frozen, slotted, keyword-only; unknown fields refused, as the models did.
_FORBID = ConfigDict(extra="forbid")


@pydantic_dataclass(config=_FORBID, frozen=True, slots=True, kw_only=True)
class _Input(_Record):
    origin: SkipJsonSchema[Origin | None] = Field(default=None, exclude=True)


# A record's own rule broken: the error's type is a catalogue key and its context the arguments,
# said in the reader's language by io/records.py (a plain ValueError would carry an English sentence).
RECORD_RULES = frozenset({"agreed_one_kind", "end_before_start"})


def _end_before_start(start: dt.date, end: dt.date) -> PydanticCustomError:
    return PydanticCustomError("end_before_start", "end before start", {"start": start, "end": end})


@pydantic_dataclass(config=_FORBID, frozen=True, slots=True, kw_only=True)
class Agreed(_Input):
    """A per-contract agreement (Maatwerk voor Mensen) that replaces the rule set's obligation."""

    obligation: Money | None = None
    percentage: Share | None = None
    placements: b.Count | None = None
    valuation: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Agreed:
        given = [k for k in ("obligation", "percentage", "placements") if getattr(self, k) is not None]
        if len(given) > 1:
            raise PydanticCustomError("agreed_one_kind", "agree on one kind", {"given": str(given)})
        return self


@pydantic_dataclass(config=_FORBID, frozen=True, slots=True, kw_only=True)
class Declared(_Input):
    """What a tender template itself states about the rule set (checked by `sroi validate`)."""

    threshold: Money | None = None
    percentage: Share | None = None


@pydantic_dataclass(config=_FORBID, frozen=True, slots=True, kw_only=True)
class Pso(_Input):
    """A Prestatieladder Socialer Ondernemen certificate of the supplier."""

    level: str
    valid_from: dt.date
    valid_until: dt.date


@pydantic_dataclass(config=_FORBID, frozen=True, slots=True, kw_only=True)
class Contract(_Input):
    """A tender or contract that may carry a social-return obligation."""

    id: Annotated[str, Field(min_length=1, max_length=200)]
    title: str | None = None
    authority: str | None = None
    category: str | None = None
    type: ContractType
    value_excl_vat: Money
    wage_bill: Money | None = None
    invoiced_turnover: Money | None = None  # gefactureerde omzet so far, for a rule set based on it
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
    notes: Notes | None = None
    # the fields public tender data lacked and the documented default that stood in (`type`, `end`…)
    defaults: SkipJsonSchema[tuple[str, ...]] = Field(default=(), exclude=True)
    # whether the input said the status (or `running` stood in): worked out as the record is read
    status_stated: SkipJsonSchema[bool] = Field(default=False, exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _status_stated(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {**data, "status_stated": "status" in data}
        if isinstance(data, ArgsKwargs) and data.kwargs is not None:
            return ArgsKwargs(data.args, {**data.kwargs, "status_stated": "status" in data.kwargs})
        return data

    @model_validator(mode="after")
    def _dates_in_order(self) -> Contract:
        if self.end < self.start:
            raise _end_before_start(self.start, self.end)
        return self

    @property
    def rule_date(self) -> dt.date:
        """The date that picks the rule-set version: the award date, else the start."""
        return self.award_date or self.start


@pydantic_dataclass(config=_FORBID, frozen=True, slots=True, kw_only=True)
class Contribution(_Input):
    """One social-return contribution: a placement, a purchase, activity hours or a cost."""

    contract: str
    block: str
    candidate: str | None = None
    hours_per_week: Hours | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    bonuses: tuple[str, ...] = ()
    doelgroepregister: bool | None = None  # None: not stated (a Banenafspraak block then counts)
    outcome: str | None = None
    hirer: str | None = None
    status: ContributionStatus = ContributionStatus.REALISED
    amount: Money | None = None
    date: dt.date | None = None
    hours: b.Hours | None = None
    notes: Notes | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Contribution:
        if self.start and self.end and self.end < self.start:
            raise _end_before_start(self.start, self.end)
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
    notices: tuple[Problem, ...] = ()  # the readers' warnings: a column left unread

    def by_contract(self) -> dict[str, list[tuple[int, Contribution]]]:
        """Each contract's contributions with their input index, in one pass."""
        grouped: dict[str, list[tuple[int, Contribution]]] = {c.id: [] for c in self.contracts}
        for index, contribution in enumerate(self.contributions):
            grouped.setdefault(contribution.contract, []).append((index, contribution))
        return grouped
