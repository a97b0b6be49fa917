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

from pydantic import BaseModel, ConfigDict, Field

from sroi_cli.domain.report import ContractResult, ContributionResult, Finding, Report


class TraceStep(BaseModel):
    model_config = ConfigDict(frozen=True)

    step: str
    text: str
    rule: str | None
    source: str | None


class ReportedFinding(Finding):
    message: str


class ReportedContract(ContractResult):
    reason: str  # type: ignore[assignment]  # said in words; its key is reason_code
    reason_code: str
    findings: tuple[ReportedFinding, ...]
    contributions: tuple[ContributionResult, ...] = Field(
        description="Each contribution's result. `check` always fills it; `batch` only with "
        "`--detail contributions` or `--detail trace` (by default it is empty)."
    )
    trace: tuple[TraceStep, ...] = Field(  # type: ignore[assignment]
        description="Every step of the calculation. `check` always fills it; `batch` only with "
        "`--detail trace` (by default it is empty)."
    )


class ReportedReport(Report):
    contracts: tuple[ReportedContract, ...]
    findings: tuple[ReportedFinding, ...] = ()
    errors: tuple[ReportedFinding, ...] = ()
    lang: str
