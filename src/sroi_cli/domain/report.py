"""The one report model every output format reads: figures stored rounded, texts as message keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from sroi_cli.domain.args import Param
from sroi_cli.domain.location import NOWHERE, Location, Where, located
from sroi_cli.domain.trace import Step

# The schema of the report, and the marker every format of it carries so sroi never reads it back.
REPORT_MARK = "sroi.report/1"
# Money and shares are written as strings, so no reader ever sees a float.
Fig = Annotated[Decimal, PlainSerializer(lambda d: format(d, "f"), return_type=str)]


class Verdict(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    OPEN = "open"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    COMPLIANT = "compliant"
    NON_COMPLIANT = "non_compliant"


class Detail(StrEnum):
    """How much of each contract a report carries: `check` all of it, `batch` the figures only."""

    CONTRACTS = "contracts"  # the per-contract figures, verdict and findings
    CONTRIBUTIONS = "contributions"  # and the result of every contribution
    TRACE = "trace"  # and every step of the calculation


COUNTED = ("realised", "accepted")  # contribution statuses that count toward a contract


@dataclass(frozen=True, slots=True)
class Period:
    """A candidate's counted contribution, as the checks across contracts need it (and no more)."""

    index: int
    block: str
    candidate: str
    outcome: str | None
    months: Decimal | None
    counted_from: dt.date | None
    counted_to: dt.date | None
    location: Where


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


# The results made for every contract (a finding, a contribution's result, the contract's own) are
# slotted frozen dataclasses: a 100.000-contract batch makes over a million of them, and a Pydantic
# model costs eight times the memory and a validation each. Nothing reads them in from outside; the
# report around them (and the JSON view, render/report_view.py) is Pydantic and writes them by the
# same annotations (`Fig`, `Where`, `Param`).

PARAMS_HELP = (
    "The message's parameters in their plain form: money and numbers as decimals "
    "(`1250.00`), shares as fractions (`0.05`), dates as ISO dates (empty: none), text as written."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    code: str
    severity: Severity
    params: Annotated[dict[str, Param], Field(description=PARAMS_HELP)] = field(default_factory=dict)
    location: Where = NOWHERE
    contract: str | None = None

    def __post_init__(self) -> None:
        # what the model's validation did: a rule file's path stands for a place in it
        if self.location.__class__ is not Location:
            object.__setattr__(self, "location", located(self.location))
        if self.severity.__class__ is not Severity:
            object.__setattr__(self, "severity", Severity(self.severity))


# An input problem kept as a finding (`batch --keep-going`): code `input_error`, the problem's key in
# the parameter `problem`, and its own parameters beside it; said in the reader's language when shown.
INPUT_ERROR = "input_error"
INPUT_PROBLEM = "problem"


@dataclass(frozen=True, slots=True, kw_only=True)
class RulesRef:
    id: str
    version: str
    valid_from: dt.date
    sha256: str
    path: Annotated[str, Field(exclude=True)] = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ContributionResult:
    index: int
    block: str
    status: str
    candidate: str | None = None
    months: Fig | None = None
    value: Fig
    planned_value: Fig
    bonus_value: Fig
    outcome: str | None = None
    counted_from: dt.date | None = None
    counted_to: dt.date | None = None
    source: str = ""
    location: Where = NOWHERE
    notes: str | None = None  # the buyer's remarks, as written: plain text in every format


@dataclass(frozen=True, slots=True, kw_only=True)
class Banen:
    jobs_now: Fig
    job_years: Fig


@dataclass(frozen=True, slots=True, kw_only=True)
class Placements:
    required: int
    realised: int
    planned: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ContractResult:
    id: str
    title: str | None = None
    authority: str | None = None
    category: str | None = None
    supplier: str | None = None
    type: str
    status: str
    start: dt.date
    end: dt.date
    value_excl_vat: Fig
    rules: RulesRef
    valuation_rules: RulesRef | None = None
    applicable: bool
    reason: Step
    verdict: Verdict
    obligation: Fig
    realised: Fig
    planned: Fig
    expected_to_date: Fig
    shortfall: Fig
    penalty: Fig
    coverage: Fig | None = None  # (realised + planned) / obligation, for contracts not yet started
    fte_years: Fig
    placements: Placements | None = None
    banenafspraak: Banen
    candidates: int
    contributions: tuple[ContributionResult, ...]  # empty unless the detail asks for them
    contribution_count: Annotated[int, Field(exclude=True)] = 0  # shown by the tables, not in JSON
    findings: tuple[Finding, ...]
    trace: tuple[Step, ...]  # empty unless the detail asks for it
    location: Where = NOWHERE
    notes: str | None = None  # the buyer's remarks, as written: plain text in every format

    @property
    def realisation(self) -> Decimal | None:
        """The share of the obligation realised (unrounded), worked out here once for every format
        that shows it; None when nothing is owed."""
        return self.realised / self.obligation if self.obligation > 0 else None

    def worst_level(self) -> int:
        """0 nothing, 1 warning, 2 behind, 3 non-compliant: what `--fail-on` compares against."""
        if self.verdict is Verdict.NON_COMPLIANT:
            return 3
        if self.verdict is Verdict.BEHIND:
            return 2
        return 1 if any(f.severity is not Severity.INFO for f in self.findings) else 0


class Summary(_Out):
    contracts: int
    applicable: int
    obligation: Fig
    realised: Fig
    planned: Fig
    shortfall: Fig
    penalty: Fig
    by_verdict: dict[str, int]
    findings: dict[str, int]


class GroupRow(_Out):
    key: tuple[str, ...]
    contracts: int
    applicable: int
    obligation: Fig
    realised: Fig
    shortfall: Fig
    penalty: Fig
    by_verdict: dict[str, int]


class Grouping(_Out):
    """Totals per value of one dimension (or a combination, such as category × authority)."""

    by: tuple[str, ...]
    rows: tuple[GroupRow, ...]


class People(_Out):
    """The people behind the money, over a whole portfolio."""

    candidates: int
    lasting_outcomes: int
    by_block: dict[str, int]
    jobs_now: Fig
    job_years: Fig


class PipelineRow(_Out):
    """Planned and tendering contracts starting in one quarter, with what they will carry."""

    quarter: str
    contracts: int
    applicable: int
    value: Fig
    obligation: Fig
    ids: tuple[str, ...]


class InputFile(_Out):
    path: str
    sha256: str


class TargetProgress(_Out):
    """A programme target's standing on the as-of date (`--targets`, in batch and coverage)."""

    id: str
    label: str | None
    measure: str
    authority: str | None
    category: str | None
    start: dt.date
    deadline: dt.date
    target: Fig
    actual: Fig
    share: Fig  # actual / target
    expected: Fig  # where the linear path from start to deadline stands on the as-of date
    ahead: Fig  # actual - expected: below zero is behind the path
    gap: Fig  # target - actual, never below zero


class Report(_Out):
    schema_: str = Field(default=REPORT_MARK, alias="schema")
    as_of: dt.date
    input: tuple[InputFile, ...]
    contracts: tuple[ContractResult, ...]
    summary: Summary
    # a portfolio (`sroi batch`) adds these; a `check` leaves them empty
    groups: tuple[Grouping, ...] = ()
    people: People | None = None
    pipeline: tuple[PipelineRow, ...] = ()
    findings: tuple[Finding, ...] = ()
    # `batch --keep-going`: the input problems of the contracts left out (severity error)
    errors: tuple[Finding, ...] = ()
    # `batch --targets`: the programme's goals, each with its progress, path and gap
    targets: tuple[TargetProgress, ...] = ()

    model_config = ConfigDict(frozen=True, populate_by_name=True)


def summarise(contracts: Iterable[ContractResult]) -> Summary:
    """Totals as sums of the per-contract figures shown, so every report adds up to the cent."""
    sums = Sums()
    for c in contracts:
        sums.add(c)
    return sums.done()


class Sums:
    """The summary a contract at a time, added up in input order: the same sums as `sum` per figure."""

    __slots__ = (
        "applicable",
        "by_verdict",
        "contracts",
        "findings",
        "obligation",
        "penalty",
        "planned",
        "realised",
        "shortfall",
    )

    def __init__(self) -> None:
        self.by_verdict: dict[str, int] = {}
        self.findings: dict[str, int] = {}
        self.contracts = self.applicable = 0
        zero = Decimal("0.00")
        self.obligation = self.realised = self.planned = self.shortfall = self.penalty = zero

    def add(self, c: ContractResult) -> None:
        self.contracts += 1
        self.by_verdict[c.verdict.value] = self.by_verdict.get(c.verdict.value, 0) + 1
        for f in c.findings:
            self.findings[f.severity.value] = self.findings.get(f.severity.value, 0) + 1
        self.applicable += c.applicable
        self.obligation += c.obligation
        self.realised += c.realised
        self.planned += c.planned
        self.shortfall += c.shortfall
        self.penalty += c.penalty

    def done(self) -> Summary:
        return Summary(
            contracts=self.contracts,
            applicable=self.applicable,
            obligation=self.obligation,
            realised=self.realised,
            planned=self.planned,
            shortfall=self.shortfall,
            penalty=self.penalty,
            by_verdict=dict(sorted(self.by_verdict.items())),
            findings=dict(sorted(self.findings.items())),
        )
