"""What changes between two rule-set versions: the values, and what that does to a portfolio's contracts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from sroi_cli.domain.args import Param
from sroi_cli.domain.errors import Problem, masked
from sroi_cli.domain.location import NOWHERE, Where
from sroi_cli.domain.money import ZERO
from sroi_cli.domain.report import ContractResult, Fig, RulesRef, Verdict
from sroi_cli.domain.rules import RuleSet


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class RuleChange(_Out):
    """One value at a flattened path (`valuation.blocks.ww.amount`); a whole block when added or removed."""

    path: str
    change: Literal["changed", "added", "removed"]
    old: Any = None
    new: Any = None


class Note(_Out):
    """Why a contract cannot be evaluated under one of the versions (an error message key)."""

    side: Literal["a", "b"]
    key: str
    params: dict[str, Param] = Field(default_factory=dict)
    location: Where = NOWHERE


class Figures(_Out):
    obligation: Fig
    realised: Fig
    shortfall: Fig
    verdict: Verdict


class ContractImpact(_Out):
    id: str
    a: Figures | None = None
    b: Figures | None = None
    obligation_change: Fig | None = None
    realised_change: Fig | None = None
    verdict_changed: bool = False
    notes: tuple[Note, ...] = ()


class RulesDiff(_Out):
    schema_: str = Field(default="sroi.rules-diff/1", alias="schema")
    a: RulesRef
    b: RulesRef
    changes: tuple[RuleChange, ...]
    portfolio: str | None = None
    as_of: dt.date | None = None
    contracts: int = 0  # contracts evaluated under both versions
    impacts: tuple[ContractImpact, ...] = ()
    obligation_change: Fig = ZERO
    realised_change: Fig = ZERO
    verdict_changes: int = 0

    model_config = ConfigDict(frozen=True, populate_by_name=True)


# What documents a value rather than sets one: shown only when asked for (`--all`). `extends` is
# here too: the versions are compared with their parents merged in, so its values are all there.
_DOCUMENTATION_TOP = {
    "schema",
    "version",
    "valid_from",
    "title",
    "extends",
    "notes",
    "sources",
    "last_checked",
    "assumed",  # what is assumed or contested is said about values, it is not one of them
    "contested",
}
_DOCUMENTATION_LEAF = {"label", "source", "note"}


def diff_values(a: RuleSet, b: RuleSet, documentation: bool = False) -> tuple[RuleChange, ...]:
    """Every value that differs, by flattened path; a block or bonus only on one side is one change.

    Labels, source references, notes and the version's own identity are left out unless
    `documentation` is set: a region wants to see what a new table does, not how it is worded.
    """
    changes = _diff(_tree(a), _tree(b), "")
    return tuple(c for c in changes if documentation or not is_documentation(c.path))


def is_documentation(path: str) -> bool:
    parts = path.split(".")
    return parts[0] in _DOCUMENTATION_TOP or bool(_DOCUMENTATION_LEAF.intersection(parts[1:]))


def _tree(rules: RuleSet) -> dict[str, Any]:
    data = rules.model_dump(mode="json", by_alias=True)
    # sources are a list, but each has an id: key them by it so a reordering is not a change
    data["sources"] = {str(s.get("id") or i): s for i, s in enumerate(data["sources"])}
    return data


def _diff(old: dict[str, Any], new: dict[str, Any], prefix: str) -> Iterable[RuleChange]:
    for key in [*old, *(k for k in new if k not in old)]:
        path = f"{prefix}{key}"
        if key not in new:
            yield RuleChange(path=path, change="removed", old=old[key])
        elif key not in old:
            yield RuleChange(path=path, change="added", new=new[key])
        elif isinstance(old[key], dict) and isinstance(new[key], dict):
            yield from _diff(old[key], new[key], path + ".")
        elif old[key] != new[key]:
            yield RuleChange(path=path, change="changed", old=old[key], new=new[key])


def figures(result: ContractResult) -> Figures:
    return Figures(
        obligation=result.obligation,
        realised=result.realised,
        shortfall=result.shortfall,
        verdict=result.verdict,
    )


def impact(
    contract_id: str, a: ContractResult | list[Problem], b: ContractResult | list[Problem]
) -> ContractImpact | None:
    """How one contract differs under B from under A; None when nothing that matters changes."""
    if isinstance(a, list) or isinstance(b, list):
        notes = [
            Note(
                side=side,
                key=p.key,
                params=masked(p.params),
                location=p.location,
            )
            for side, found in (("a", a), ("b", b))
            if isinstance(found, list)
            for p in found
        ]
        return ContractImpact(
            id=contract_id,
            a=None if isinstance(a, list) else figures(a),
            b=None if isinstance(b, list) else figures(b),
            notes=tuple(notes),
        )
    before, after = figures(a), figures(b)
    if (before.obligation, before.realised, before.verdict) == (
        after.obligation,
        after.realised,
        after.verdict,
    ):
        return None
    return ContractImpact(
        id=contract_id,
        a=before,
        b=after,
        obligation_change=after.obligation - before.obligation,
        realised_change=after.realised - before.realised,
        verdict_changed=before.verdict != after.verdict,
    )


def totals(impacts: Iterable[ContractImpact]) -> dict[str, Any]:
    """The portfolio's change in obligation and realised value, and how many verdicts turn."""
    listed = list(impacts)
    return {
        "obligation_change": sum((i.obligation_change or ZERO for i in listed), Decimal("0.00")),
        "realised_change": sum((i.realised_change or ZERO for i in listed), Decimal("0.00")),
        "verdict_changes": sum(i.verdict_changed for i in listed),
    }
