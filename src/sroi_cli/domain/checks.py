"""Input that cannot be evaluated under its rule set: unknown codes and missing fields, all located."""

from __future__ import annotations

from collections.abc import Mapping

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inputs import Contract, Contribution
from sroi_cli.domain.location import NOWHERE, Location
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
                "needs_basis",
                {
                    "rules": f"{rules.id} {rules.version}",
                    "basis": Term("tpl_basis_wage_bill"),
                    "field": "wage_bill",
                },
            )
        )
    for _, c in items:
        problems.extend(_contribution_problems(c, table))
    return problems


def _key(text: str) -> str:
    """How a block is compared: any case, `_` as a space, spaces collapsed."""
    return " ".join(text.replace("_", " ").casefold().split())


class _Names:
    """A rule version's block and bonus codes and labels (nl and en), by `_key`."""

    def __init__(self, rules: RuleSet) -> None:
        v = rules.valuation
        self.codes = {_key(code): code for code in (*v.blocks, *v.bonuses)}
        self.labels: dict[str, list[str]] = {}
        for code, item in (*v.blocks.items(), *v.bonuses.items()):
            for label in dict.fromkeys((item.label or {}).values()):
                self.labels.setdefault(_key(label), []).append(code)


def _names(rules: RuleSet) -> _Names:
    found: _Names | None = rules.memo.get(("names",))
    if found is None:
        found = rules.memo[("names",)] = _Names(rules)
    return found


def _code_for(written: str, known: Mapping[str, object], rules: RuleSet) -> list[str]:
    """The codes of `known` that `written` names: itself, in any case, or by a label (nl or en)."""
    if written in known:
        return [written]
    names = _names(rules)
    key = _key(written)
    code = names.codes.get(key)
    if code is not None and code in known:
        return [code]
    return [c for c in names.labels.get(key, []) if c in known]


def resolve_codes(
    items: list[tuple[int, Contribution]], table: RuleSet
) -> tuple[list[tuple[int, Contribution]], list[Problem]]:
    """Each contribution's block and bonuses as the rule set spells them: `Participatiewet`,
    `PARTICIPATIEWET` and the label `Participatiewet, korter dan 2 jaar` name their code. A label
    that two codes carry is an error naming both; an unknown word is left for `input_problems`."""
    v = table.valuation
    if all(c.block in v.blocks and all(b in v.bonuses for b in c.bonuses) for _, c in items):
        return items, []  # the common case: written as the codes
    resolved: list[tuple[int, Contribution]] = []
    problems: list[Problem] = []
    for index, c in items:
        block = _code_for(c.block, v.blocks, table)
        bonuses = [_code_for(b, v.bonuses, table) for b in c.bonuses]
        clash = [("block", c.block, block)] if len(block) > 1 else []
        clash += [
            ("bonuses", b, codes) for b, codes in zip(c.bonuses, bonuses, strict=True) if len(codes) > 1
        ]
        rules = f"{table.id} {table.version}"
        problems += [
            Problem(
                _at(c, field),
                "ambiguous_code",
                {"found": written, "rules": rules, "candidates": ", ".join(codes)},
            )
            for field, written, codes in clash
        ]
        if clash:
            continue
        code = block[0] if block else c.block
        named = tuple(codes[0] if codes else b for b, codes in zip(c.bonuses, bonuses, strict=True))
        if code != c.block or named != c.bonuses:
            c = c.model_copy(update={"block": code, "bonuses": named})
        resolved.append((index, c))
    return resolved, problems


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
        Problem(
            _at(c, field), "needs_field", {"block": c.block, "method": _method(block.method), "field": field}
        )
        for field in _NEEDS[block.method]
        if getattr(c, field) is None
    ]
    bonuses = table.valuation.bonuses
    for code in c.bonuses:
        if code not in bonuses:
            problems.append(
                Problem(
                    _at(c, "bonuses"),
                    "unknown_bonus" if bonuses else "no_bonuses",  # "one of: -" said nothing
                    {"bonus": code, "rules": f"{table.id} {table.version}", "known": ", ".join(bonuses)},
                )
            )
    if c.bonuses and not isinstance(block, PersonBlock) and not problems:
        problems.append(
            Problem(
                _at(c, "bonuses"),
                "bonus_needs_placement",
                {"block": c.block, "method": _method(block.method)},
            )
        )
    return problems


def _method(method: str) -> Term:
    """How a block is valued, in words (`per full-time year`, `per voltijdjaar`), not its code."""
    return Term(f"tpl_{method}")


def _at(record: Contract | Contribution, field: str) -> Location:
    return record.origin.at(field) if record.origin else NOWHERE
