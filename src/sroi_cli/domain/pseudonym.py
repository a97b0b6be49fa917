"""Stable keyed pseudonyms for candidate references, so a report can leave the building."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from sroi_cli.domain.report import ContractResult, Finding, Report

if TYPE_CHECKING:  # a batch's report: its module is loaded by the batch, not by every command
    from sroi_cli.domain.stream import ReportStream

R = TypeVar("R", Report, "ReportStream")  # a report, or a batch's in the making


def pseudonym(reference: str, key: bytes) -> str:
    """The same reference and key always give the same `P-` + 12 hex digits; without the key,
    the reference cannot be found back (HMAC-SHA256)."""
    return "P-" + hmac.new(key, reference.encode("utf-8"), hashlib.sha256).hexdigest()[:12]


def _finding(f: Finding, key: bytes) -> Finding:
    if "candidate" not in f.params:
        return f
    return replace(f, params={**f.params, "candidate": pseudonym(f.params["candidate"], key)})


def _contract(c: ContractResult, key: bytes) -> ContractResult:
    items = tuple(
        replace(i, candidate=pseudonym(i.candidate, key)) if i.candidate else i for i in c.contributions
    )
    return replace(c, contributions=items, findings=tuple(_finding(f, key) for f in c.findings))


def pseudonymise(report: R, key: bytes) -> R:
    """The report with every candidate reference replaced by its keyed pseudonym; a batch's as each
    contract passes, and its findings across contracts at the end."""
    if not isinstance(report, Report):  # a ReportStream
        return replace(report, show=lambda c: _contract(c, key), show_finding=lambda f: _finding(f, key))
    return report.model_copy(
        update={
            "contracts": tuple(_contract(c, key) for c in report.contracts),
            "findings": tuple(_finding(f, key) for f in report.findings),
        }
    )
