"""One contract's JSON document, built straight from its result: what `model_dump` and the texts make.

A batch report's JSON is mostly its contracts; Pydantic's `model_dump` of each one and then walking
the dump again to put the texts in was two thirds of the writing. This builds the same dictionary
in one pass (tests/render/test_json_contract.py holds it to `report_json` for every detail), and
says each distinct sentence once: a portfolio repeats the same few reasons, steps and findings.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sroi_cli.domain.args import Arg, plain
from sroi_cli.domain.report import ContractResult, ContributionResult, Finding, RulesRef
from sroi_cli.domain.trace import Step
from sroi_cli.render.texts import finding_sentence


class Sayer:
    """`phrase(key, lang, **params)`, a sentence of text parameters only said once.

    A figure or a date as a parameter (domain/args.py) hashes in Python, which costs more than the
    sentence saves: those are said each time. Text-only ones (a rule set's assumed and contested
    values, nearly half the findings of a portfolio) repeat from contract to contract."""

    __slots__ = ("_said", "lang")

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._said: dict[tuple[object, ...], str] = {}

    def __call__(self, key: str, params: dict[str, Arg]) -> str:
        values = tuple(params.values())
        if not all(v.__class__ is str for v in values):
            return finding_sentence(key, params, self.lang)
        memo = (key, *params, *values)  # as many names as values: no two parameter sets alike
        text = self._said.get(memo)
        if text is None:
            text = self._said[memo] = finding_sentence(key, params, self.lang)
        return text


def _fig(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _rules(ref: RulesRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    valid_from = ref.valid_from.isoformat()
    return {"id": ref.id, "version": ref.version, "valid_from": valid_from, "sha256": ref.sha256}


def finding_data(f: Finding, said: Sayer) -> dict[str, Any]:
    return {
        "code": f.code,
        "severity": f.severity.value,
        "params": plain(f.params),
        "location": str(f.location),
        "contract": f.contract,
        "message": said(f.code, f.params),
    }


def _step(s: Step, said: Sayer) -> dict[str, Any]:
    return {"step": s.key, "text": said(s.key, s.params), "rule": s.rule, "source": s.source}


def _contribution(c: ContributionResult) -> dict[str, Any]:
    return {
        "index": c.index,
        "block": c.block,
        "status": c.status,
        "candidate": c.candidate,
        "months": _fig(c.months),
        "value": format(c.value, "f"),
        "planned_value": format(c.planned_value, "f"),
        "bonus_value": format(c.bonus_value, "f"),
        "outcome": c.outcome,
        "counted_from": _day(c.counted_from),
        "counted_to": _day(c.counted_to),
        "source": c.source,
        "location": str(c.location),
        "notes": c.notes,
    }


def contract_data(c: ContractResult, said: Sayer) -> dict[str, Any]:
    """`report_json(c, lang)`: the contract's fields in the model's order, texts said, money as strings."""
    p, b = c.placements, c.banenafspraak
    return {
        "id": c.id,
        "title": c.title,
        "authority": c.authority,
        "category": c.category,
        "supplier": c.supplier,
        "type": c.type,
        "status": c.status,
        "start": c.start.isoformat(),
        "end": c.end.isoformat(),
        "value_excl_vat": format(c.value_excl_vat, "f"),
        "rules": _rules(c.rules),
        "valuation_rules": _rules(c.valuation_rules),
        "applicable": c.applicable,
        "reason": said(c.reason.key, c.reason.params),
        "verdict": c.verdict.value,
        "obligation": format(c.obligation, "f"),
        "realised": format(c.realised, "f"),
        "planned": format(c.planned, "f"),
        "expected_to_date": format(c.expected_to_date, "f"),
        "shortfall": format(c.shortfall, "f"),
        "penalty": format(c.penalty, "f"),
        "coverage": _fig(c.coverage),
        "fte_years": format(c.fte_years, "f"),
        "placements": None
        if p is None
        else {"required": p.required, "realised": p.realised, "planned": p.planned},
        "banenafspraak": {"jobs_now": format(b.jobs_now, "f"), "job_years": format(b.job_years, "f")},
        "candidates": c.candidates,
        "contributions": [_contribution(x) for x in c.contributions],
        "findings": [finding_data(f, said) for f in c.findings],
        "trace": [_step(s, said) for s in c.trace],
        "location": str(c.location),
        "notes": c.notes,
        "reason_code": c.reason.key,
    }
