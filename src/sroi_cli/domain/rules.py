"""Rule sets: one issuer's dated versions of applicability, obligation, valuation and Banenafspraak."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sroi_cli.domain import bounds as b
from sroi_cli.domain.errors import Problem, RulesError
from sroi_cli.domain.eu import EuKind, EuPeriod, EuTable
from sroi_cli.domain.inputs import ContractType

# the ranges every number is checked against where it is read (bounds.py, README "Number ranges")
Amount = b.Money
Share = b.Share


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Rule):
    """A public document a value comes from."""

    id: str | None = None
    title: str
    url: str | None = None
    note: str | None = None


class EuThreshold(_Rule):
    """The threshold is the EU procurement threshold of a kind, in force on the contract's date."""

    eu: EuKind


Threshold = Amount | EuThreshold


class ThresholdByType(_Rule):
    """A threshold per contract type (an amount or an EU kind each)."""

    works: Threshold | None = None
    services: Threshold | None = None
    supplies: Threshold | None = None


class Applicability(_Rule):
    contract_types: tuple[ContractType, ...]
    threshold: Threshold | ThresholdByType = Field(
        description="An amount such as '215000.00'; {eu: works|central|sub_central}, the EU threshold "
        "in force on the award date (else the start); or per contract type: {works: ..., services: "
        "..., supplies: ...}, each an amount or {eu: ...}."
    )
    threshold_inclusive: bool = True
    # what the threshold is compared with: the contract value, or the wage bill when the contract
    # gives one (else the value, with a finding)
    threshold_basis: Literal["value_excl_vat", "wage_bill"] = "value_excl_vat"
    min_duration_months: b.MonthsDecimal = Decimal(0)
    # per contract type, the least share of labour in the value for social return to apply at all
    min_labour_share: dict[ContractType, Share] = Field(default_factory=dict)
    source: str | None = None

    @model_validator(mode="after")
    def _every_type_has_a_threshold(self) -> Applicability:
        if isinstance(self.threshold, ThresholdByType):
            missing = [t.value for t in self.contract_types if getattr(self.threshold, t.value) is None]
            if missing:
                raise ValueError(f"threshold has no value for {', '.join(missing)}")
        return self

    def threshold_text(self) -> str:
        """The threshold as the rule file states it: `215000.00`, `EU sub_central`, or per type."""

        def one(value: Threshold) -> str:
            return f"EU {value.eu.value}" if isinstance(value, EuThreshold) else format(value, "f")

        if isinstance(self.threshold, ThresholdByType):
            by_type = [(t, getattr(self.threshold, t)) for t in ("works", "services", "supplies")]
            return "; ".join(f"{t}: {one(v)}" for t, v in by_type if v is not None)
        return one(self.threshold)

    def threshold_of(self, kind: ContractType) -> Threshold:
        """The threshold that applies to contracts of this type (an amount or an EU kind)."""
        if isinstance(self.threshold, ThresholdByType):
            found = getattr(self.threshold, kind.value)
            return found if found is not None else Decimal(0)
        return self.threshold


class ObligationMethod(StrEnum):
    PERCENTAGE = "percentage"
    FIXED = "fixed"
    PLACEMENTS = "placements"
    NONE = "none"


class LowLabour(_Rule):
    below_share: Share
    percentage: Share


class Obligation(_Rule):
    method: ObligationMethod
    percentage: Share | None = None
    amount: Amount | None = None
    count: b.Count | None = None
    # the contract value, the wage bill (loonsom) or the turnover invoiced so far (gefactureerde omzet)
    basis: Literal["value_excl_vat", "wage_bill", "invoiced_turnover"] = "value_excl_vat"
    # a contract without the wage bill uses this instead, with a finding; None: an input error
    basis_fallback: Literal["value_excl_vat"] | None = None
    maximum: Amount | None = None
    low_labour: LowLabour | None = None
    penalty_share: Share = Decimal(1)
    source: str | None = None

    @model_validator(mode="after")
    def _method_has_its_value(self) -> Obligation:
        needs = {"percentage": "percentage", "fixed": "amount", "placements": "count"}
        key = needs.get(self.method)
        if key and getattr(self, key) is None:
            raise ValueError(f"method {self.method} needs '{key}'")
        return self


Label = dict[Literal["nl", "en"], str]
Note = Annotated[str, Field(min_length=1)]


class _Block(_Rule):
    label: Label | None = None
    source: str | None = None
    note: str | None = None
    banenafspraak: bool = False  # placements in this block count as Banenafspraak jobs


class PersonBlock(_Block):
    """A placement of a person, valued per full-time year or per month, prorated by hours and months."""

    method: Literal["per_year", "per_month"]
    amount: Amount
    max_months: b.Months | None = None
    # how the cap counts: calendar months, or months of full-time work (a half-time month uses half)
    cap_by: Literal["calendar_months", "worked_hours"] = "calendar_months"


class PerHourBlock(_Block):
    method: Literal["per_hour"]
    amount: Amount


class ShareBlock(_Block):
    """Invoices from a social enterprise (or a register), counted at a share of the amount."""

    method: Literal["share_of_amount"]
    share: b.Factor


class CostBlock(_Block):
    method: Literal["actual_cost"]


Block = Annotated[PersonBlock | PerHourBlock | ShareBlock | CostBlock, Field(discriminator="method")]


class Bonus(_Rule):
    """An extra value on top of a placement: per year (prorated like it) or once."""

    method: Literal["per_year", "once"]
    amount: Amount
    blocks: tuple[str, ...] | None = None  # the blocks that may carry it; None: every person block
    label: Label | None = None
    source: str | None = None


class Valuation(_Rule):
    norm_hours_per_week: b.NormHours = Decimal(36)
    # a placement of fewer hours a week than this is valued at nothing (e.g. "minimaal 12 uur")
    min_hours_per_week: Annotated[Decimal, Field(gt=0, le=168)] | None = None
    pre_start_months: b.Months = 0
    blocks: dict[str, Block]
    bonuses: dict[str, Bonus] = Field(default_factory=dict)
    progress_tolerance: Share = Decimal("0.10")
    source: str | None = None

    @model_validator(mode="after")
    def _minimum_within_norm(self) -> Valuation:
        low = self.min_hours_per_week
        if low is not None and low > self.norm_hours_per_week:
            norm = self.norm_hours_per_week
            raise ValueError(f"min_hours_per_week {low} is above norm_hours_per_week {norm}")
        return self

    @model_validator(mode="after")
    def _bonuses_name_person_blocks(self) -> Valuation:
        for code, bonus in self.bonuses.items():
            for block in bonus.blocks or ():
                if not isinstance(self.blocks.get(block), PersonBlock):
                    raise ValueError(f"bonus '{code}' names '{block}', which is not a placement block")
        return self


class QuotumYear(_Rule):
    """One calendar year of the quotum: the share per sector where published, and whether a levy
    was imposed over it (None: not published, or not decided yet)."""

    government: Share | None = None
    market: Share | None = None
    levy_imposed: bool | None = None
    source: str | None = None
    note: str | None = None


class Reform(_Rule):
    """A later regime of the quotum (the Wet banenafspraak, 36449): dated, in force only when
    activated."""

    name: str
    valid_from: dt.date
    active: bool = False
    bonus_per_job: Amount | None = None  # the banenafspraakbonus per realised job
    source: str | None = None
    note: str | None = None


class Banenafspraak(_Rule):
    hours_per_job_per_week: b.NormHours = Decimal("25.5")
    hours_per_job_per_year: b.HoursPerYear = Decimal(1331)
    quotum: dict[int, Share] = Field(default_factory=dict)  # calendar year -> share (government)
    years: dict[int, QuotumYear] = Field(default_factory=dict)  # per year: shares, levy imposed
    min_paid_hours: Amount | None = None  # the quotum applies only to employers with more
    levy_per_job: Amount | None = None
    reform: Reform | None = None
    source: str | None = None

    def year(self, year: int) -> QuotumYear | None:
        """The year's quotum: its own entry, else a bare share of `quotum`."""
        if year in self.years:
            return self.years[year]
        share = self.quotum.get(year)
        return QuotumYear(government=share) if share is not None else None


class RuleSet(_Rule):
    """One version of one issuer's rules, in force from `valid_from`."""

    schema_: Literal["sroi.rules/1"] = Field(alias="schema")
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    version: str
    valid_from: dt.date
    valid_until: dt.date | None = None
    title: str
    extends: str | None = None
    sources: tuple[Source, ...] = Field(min_length=1)
    last_checked: dt.date
    notes: str | None = None
    applicability: Applicability
    obligation: Obligation
    valuation: Valuation
    pso_discount: dict[str, Share] = Field(default_factory=dict)
    banenafspraak: Banenafspraak = Field(default_factory=Banenafspraak)
    # Values the issuer has not published (`assumed`) or that its sources contradict (`contested`):
    # a dotted key of this file (`applicability.threshold`, `valuation.blocks.no_benefit.amount`)
    # to a short reason; `rules validate` refuses a key that names no value (see `has_key`).
    assumed: dict[str, Note] = Field(
        default_factory=dict,
        description="Values the issuer has not published: a dotted key of this file "
        "(e.g. applicability.threshold, valuation.blocks.no_benefit.amount) to a short reason.",
    )
    contested: dict[str, Note] = Field(
        default_factory=dict,
        description="Values the sources contradict: a dotted key of this file to a text quoting "
        "both readings and their sources.",
    )
    sha256: str = Field(default="", exclude=True)
    path: str = Field(default="", exclude=True)
    eu_table: EuTable | None = Field(default=None, exclude=True)  # filled in by the loader

    def threshold_on(self, kind: ContractType, day: dt.date) -> tuple[Decimal, EuPeriod | None, bool]:
        """The threshold amount for a contract of `kind` dated `day`; for an EU threshold also the
        period it comes from and whether `day` lies inside it (else the nearest period was used)."""
        value = self.applicability.threshold_of(kind)
        if not isinstance(value, EuThreshold):
            return value, None, True
        if self.eu_table is None:
            raise RulesError(Problem(self.path, "no_eu_table", {"rules": f"{self.id} {self.version}"}))
        period, inside = self.eu_table.on(day)
        return period.of(value.eu).amount, period, inside

    @functools.cached_property
    def memo(self) -> dict[tuple[str | None, ...], Any]:
        """What is worked out once per version (its reference, citations, block sources), kept on
        the version itself: it lives and goes with it, and is never mistaken for another's."""
        return {}

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> RuleSet:
        copied = super().model_copy(update=update, deep=deep)
        copied.__dict__.pop("memo", None)  # a changed copy works its own values out
        return copied

    def source_of(self, ref: str | None) -> Source:
        """The source a value names (by id), else the rule set's first source."""
        for source in self.sources:
            if ref is not None and source.id == ref:
                return source
        return self.sources[0]

    @property
    def label(self) -> str:
        return f"{self.id} {self.version} (valid from {self.valid_from.isoformat()})"


MARKS = ("assumed", "contested")
_NOT_VALUES = frozenset({"assumed", "contested", "sha256", "path", "eu_table"})


def has_key(rules: BaseModel, key: str) -> bool:
    """Whether the dotted `key` names a value of the rule set: a field (even one left empty), or an
    entry of a mapping (a block code, a bonus, a quotum year). `assumed` and `contested` name values,
    never themselves."""
    node: object = rules
    for depth, part in enumerate(key.split(".")):
        if isinstance(node, BaseModel):
            fields = {f.alias or name: name for name, f in type(node).model_fields.items()}
            if part not in fields or (depth == 0 and part in _NOT_VALUES):
                return False
            node = getattr(node, fields[part])
        elif isinstance(node, dict):
            found = [k for k in node if str(k) == part]
            if not found:
                return False
            node = node[found[0]]
        else:
            return False
    return True


class RuleHistory(BaseModel):
    """All versions of one rule set, oldest first; picks the one in force on a date."""

    model_config = ConfigDict(frozen=True)

    id: str
    versions: tuple[RuleSet, ...]

    def in_force(self, on: dt.date) -> RuleSet:
        """The latest version whose `valid_from` is on or before `on` (and not past `valid_until`)."""
        current = [v for v in self.versions if v.valid_from <= on]
        if not current or (current[-1].valid_until and current[-1].valid_until < on):
            first = self.versions[0].valid_from.isoformat() if self.versions else "-"
            raise RulesError(
                Problem("", "no_version", {"id": self.id, "date": on.isoformat(), "first": first})
            )
        return current[-1]
