"""Rule test cases: expected figures per contract compared with a report, and the outcome per case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sroi_cli.domain.args import Param
from sroi_cli.domain.errors import Words, masked
from sroi_cli.domain.location import NOWHERE, Location
from sroi_cli.domain.privacy import mask_bsn


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class CaseFailure(_Out):
    """Why a case failed: a report phrase (a figure differs) or a located input or rule problem."""

    key: str
    params: dict[str, Param] = Field(default_factory=dict)
    location: str = ""
    problem: bool = False  # True: `key` is an error message (a Problem), else a report phrase


def failure_of(key: str, params: Mapping[str, Words], location: Location = NOWHERE) -> CaseFailure:
    """A case's input or rule problem as its failure (a suspected BSN masked: JSON shows params)."""
    return CaseFailure(key=key, params=masked(params), location=mask_bsn(str(location)), problem=True)


class CaseResult(_Out):
    path: str
    name: str
    failures: tuple[CaseFailure, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.failures


class RulesTestReport(_Out):
    schema_: str = Field(default="sroi.rules-test/1", alias="schema")
    cases: tuple[CaseResult, ...]
    passed: int
    failed: int

    model_config = ConfigDict(frozen=True, populate_by_name=True)


def rules_test_report(cases: list[CaseResult]) -> RulesTestReport:
    passed = sum(c.passed for c in cases)
    return RulesTestReport(cases=tuple(cases), passed=passed, failed=len(cases) - passed)


def pick(data: Any, dotted: str) -> Any:
    """`contributions.0.value` or `findings.codes` (the sorted distinct codes) out of a contract."""
    if dotted == "findings.codes":
        return sorted({f["code"] for f in data["findings"]})
    for part in dotted.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def same(expected: Any, got: Any) -> bool:
    """Equal, where a bare YAML number or date also equals the report's string for it."""
    if expected == got:
        return True
    if isinstance(expected, dt.date) and isinstance(got, str):
        return expected.isoformat() == got
    if isinstance(expected, Decimal | int) and not isinstance(expected, bool) and isinstance(got, str):
        try:
            return Decimal(got) == expected
        except InvalidOperation:
            return False
    return False


def compare(contracts: list[dict[str, Any]], expect: Mapping[Any, Any]) -> list[CaseFailure]:
    """Every expected figure that the report (JSON-ready contracts) does not show."""
    by_id = {c["id"]: c for c in contracts}
    failures = []
    for contract_id, expected in expect.items():
        contract = by_id.get(str(contract_id))
        if contract is None:
            params = {"contract": str(contract_id), "known": ", ".join(by_id) or "-"}
            failures.append(CaseFailure(key="case_no_contract", params=params))
            continue
        for key, value in expected.items():
            params = {"contract": str(contract_id), "key": str(key)}
            try:
                got = pick(contract, str(key))
            except (KeyError, IndexError, ValueError, TypeError):
                failures.append(CaseFailure(key="case_no_figure", params=params))
                continue
            if not same(value, got):
                params |= {"expected": _shown(value), "got": _shown(got)}
                failures.append(CaseFailure(key="case_mismatch", params=params))
    return failures


def _shown(value: Any) -> str:
    if isinstance(value, Decimal | dt.date):
        return str(value)
    return mask_bsn(repr([*value]) if isinstance(value, list) else repr(value))
