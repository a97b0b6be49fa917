"""The JSON Schema of `sroi check -f json`: the report model as the JSON renderer writes it.

Generated from the report model, with the renderer's changes stated as models of their own: the
reason is said in words (with its key in `reason_code`), each finding carries its `message`, a
trace step is {step, text, rule, source}, and the report names its `lang`. Every object is closed
(no other keys), so a test that validates real output against this schema notices any drift.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sroi_cli.domain.report import ContractResult, ContributionResult, Finding, Report

DRAFT = "https://json-schema.org/draft/2020-12/schema"


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


def report_schema() -> dict[str, Any]:
    schema = ReportedReport.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
    for node in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in node:
            node["additionalProperties"] = False
    schema["title"] = "sroi report (sroi.report/1), as `sroi check --format json` writes it"
    return {"$schema": DRAFT, **schema}
