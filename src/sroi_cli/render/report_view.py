"""The JSON view of the report (`sroi.report/1`): the one definition of the document's shape. `sroi
schema report` prints these models' schema, and the JSON writer (render/json_out.py, which builds
the document fast and streams it) is held to them: its document read into `ReportedReport` and
dumped again is the same document (tests/render/test_report_view.py).

The view is the report model with its texts said in one language: the reason in words (its key in
`reason_code`), each finding with its `message`, a trace step as {step, text, rule, source}, and the
report naming its `lang`. Derived figures are the report model's own (`ContractResult.coverage`,
`ContractResult.realisation`); renderers format them and never work them out again.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from sroi_cli.domain.args import Param
from sroi_cli.domain.location import NOWHERE, Where
from sroi_cli.domain.report import (
    PARAMS_HELP,
    Banen,
    ContributionResult,
    Fig,
    Placements,
    Report,
    RulesRef,
    Severity,
    Verdict,
)


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class TraceStep(_View):
    step: str
    text: str
    rule: str | None
    source: str | None


# `Finding` (domain/report.py, a lean dataclass) as the JSON writes it: with its message. (Comments,
# not docstrings: a docstring would become the schema's description.)
class ReportedFinding(_View):
    code: str
    severity: Severity
    params: dict[str, Param] = Field(default_factory=dict, description=PARAMS_HELP)
    location: Where = NOWHERE
    contract: str | None = None
    message: str


# `ContractResult` (domain/report.py) as the JSON writes it, field for field in its order
# (tests/render/test_report_view.py holds the two to the same fields).
class ReportedContract(_View):
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
    reason: str  # said in words; its key is reason_code
    verdict: Verdict
    obligation: Fig
    realised: Fig
    planned: Fig
    expected_to_date: Fig
    shortfall: Fig
    penalty: Fig
    coverage: Fig | None = None
    fte_years: Fig
    placements: Placements | None = None
    banenafspraak: Banen
    candidates: int
    contributions: tuple[ContributionResult, ...] = Field(
        description="Each contribution's result. `check` always fills it; `batch` only with "
        "`--detail contributions` or `--detail trace` (by default it is empty)."
    )
    findings: tuple[ReportedFinding, ...]
    trace: tuple[TraceStep, ...] = Field(
        description="Every step of the calculation. `check` always fills it; `batch` only with "
        "`--detail trace` (by default it is empty)."
    )
    location: Where = NOWHERE
    notes: str | None = None
    reason_code: str


class ReportedReport(Report):
    contracts: tuple[ReportedContract, ...]  # type: ignore[assignment]  # the view of each contract
    findings: tuple[ReportedFinding, ...] = ()  # type: ignore[assignment]
    errors: tuple[ReportedFinding, ...] = ()  # type: ignore[assignment]
    lang: str
