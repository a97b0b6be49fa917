"""Input that cannot be evaluated under its rule set: unknown codes and missing fields, all located."""

from __future__ import annotations

from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inputs import Contract, Contribution
from sroi_cli.domain.rules import PersonBlock, RuleSet

_NEEDS = {
    "per_year": ("start", "hours_per_week"),
    "per_month": ("start",),
    "per_hour": ("hours",),
    "share_of_amount": ("amount",),
    "actual_cost": ("amount",),
}


def input_problems(
    contract: Contract, items: list[tuple[int, Contribution]], rules: RuleSet, table: RuleSet
) -> list[Problem]:
    """Every reason this contract's input cannot be evaluated with `rules` (valued by `table`)."""
    problems = []
    o = rules.obligation
    if o.basis == "wage_bill" and contract.wage_bill is None and o.basis_fallback is None:
        problems.append(
            Problem(
                _at(contract, "wage_bill"),
                "needs_field",
                {"block": f"obligation ({rules.id})", "method": "wage_bill", "field": "wage_bill"},
            )
        )
    for _, c in items:
        problems.extend(_contribution_problems(c, table))
    return problems


def _contribution_problems(c: Contribution, table: RuleSet) -> list[Problem]:
    blocks = table.valuation.blocks
    block = blocks.get(c.block)
    if block is None:
        return [
            Problem(
                _at(c, "block"),
                "unknown_block",
                {
                    "block": c.block,
                    "rules": f"{table.id} {table.version}",
                    "known": ", ".join(blocks),
                },
            )
        ]
    problems = [
        Problem(_at(c, field), "needs_field", {"block": c.block, "method": block.method, "field": field})
        for field in _NEEDS[block.method]
        if getattr(c, field) is None
    ]
    bonuses = table.valuation.bonuses
    for code in c.bonuses:
        if code not in bonuses:
            problems.append(
                Problem(
                    _at(c, "bonuses"),
                    "unknown_bonus",
                    {
                        "bonus": code,
                        "rules": f"{table.id} {table.version}",
                        "known": ", ".join(bonuses) or "-",
                    },
                )
            )
    if c.bonuses and not isinstance(block, PersonBlock) and not problems:
        problems.append(
            Problem(
                _at(c, "bonuses"),
                "needs_field",
                {
                    "block": c.block,
                    "method": block.method,
                    "field": "a placement block for bonuses",
                },
            )
        )
    return problems


def _at(record: Contract | Contribution, field: str) -> str:
    return record.origin.at(field) if record.origin else ""
