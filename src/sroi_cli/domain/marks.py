"""Which assumed or contested rule values one contract's figures rest on (rule files' `assumed:`
and `contested:`), as findings every report shows."""

from __future__ import annotations

from collections.abc import Mapping

from sroi_cli.domain.args import Arg
from sroi_cli.domain.banen import counts_as_job
from sroi_cli.domain.inputs import Contract
from sroi_cli.domain.location import Location
from sroi_cli.domain.report import Finding, Severity
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.valuation import Valued

# the values that decide whether social return applies and how much is owed: an assumed one warns
DECIDING = ("applicability.threshold", "obligation.percentage")


def marked(marks: dict[str, str] | tuple[str, ...], key: str) -> bool:
    """`key`, a part of it, or a section above it is marked."""
    return any(k == key or k.startswith(key + ".") or key.startswith(k + ".") for k in marks)


def unsourced(rules: RuleSet) -> list[str]:
    """The deciding values (threshold, percentage) the issuer does not publish: marked `assumed`.

    (A section that names no `source` of its own cites the file's first source, so an unmarked
    value always has one.)"""
    keys = [DECIDING[0]]
    if rules.obligation.percentage is not None:
        keys.append(DECIDING[1])
    return [key for key in keys if marked(rules.assumed, key)]


class _Use:
    """What of a rule set one contract used: its contributions' blocks and bonuses, and more."""

    def __init__(self, contract: Contract, valued: list[Valued], table: RuleSet, applicable: bool) -> None:
        self.applicable = applicable
        self.pso = contract.pso is not None
        self.blocks = {v.contribution.block for v in valued}
        self.bonuses = {b for v in valued for b in v.contribution.bonuses}
        self.people = any(v.contribution.hours_per_week is not None for v in valued)
        self.jobs = any(counts_as_job(v, table) for v in valued)

    def kind(self) -> tuple[str, ...]:
        """Everything `of` reads, as a key: two contracts of one kind use the same rule values."""
        flags = f"{self.applicable:d}{self.pso:d}{self.people:d}{self.jobs:d}"
        return (flags, "\x00".join(sorted(self.blocks)), "\x00".join(sorted(self.bonuses)))

    def of(self, key: str) -> bool:
        parts = key.split(".")
        top = parts[0]
        if top == "obligation":
            return self.applicable
        if top == "pso_discount":
            return self.applicable and self.pso
        if top == "banenafspraak":
            return self.jobs
        if top != "valuation":
            return True  # valid_from (which picked the version), applicability, the rest
        section = parts[1] if len(parts) > 1 else ""
        if section == "blocks":
            return parts[2] in self.blocks if len(parts) > 2 else bool(self.blocks)
        if section == "bonuses":
            return parts[2] in self.bonuses if len(parts) > 2 else bool(self.bonuses)
        if section == "progress_tolerance":
            return self.applicable
        return self.people if section else bool(self.blocks)


def _own(key: str, s: RuleSet, rules: RuleSet, table: RuleSet) -> bool:
    """A contract valued with another rule set's table uses only that set's valuation."""
    if rules is table:
        return True
    return key.startswith("valuation") == (s is table)


def mark_findings(
    contract: Contract, valued: list[Valued], rules: RuleSet, table: RuleSet, applicable: bool
) -> list[Finding]:
    """`rules_assumed` and `rules_contested`, naming the marked values this contract's figures use:
    applicability and obligation from `rules`, the valuation from `table` (its own rule set or an
    agreed other one). An assumed threshold or percentage is a warning, the rest an info."""
    sets = [rules] if table is rules else [rules, table]
    if not any(s.assumed or s.contested for s in sets):
        return []
    use = _Use(contract, valued, table, applicable)
    found = []
    for s in sets:
        for code, marks in (("rules_assumed", s.assumed), ("rules_contested", s.contested)):
            said = _marked_keys(code, marks, s, rules, table, use)
            if said is None:
                continue
            severity, location, params = said
            found.append(
                Finding(code=code, severity=severity, contract=contract.id, location=location, params=params)
            )
    return found


def _marked_keys(
    code: str, marks: Mapping[str, object], s: RuleSet, rules: RuleSet, table: RuleSet, use: _Use
) -> tuple[Severity, Location, dict[str, Arg]] | None:
    """The finding's severity (an assumed deciding value warns), place and parameters (the marked
    keys a contract of this use names, joined), or None when it names none.

    Worked out once per rule version and kind of use: a portfolio's contracts use the same few
    blocks and bonuses, and each would otherwise test every marked key of its rule set again. The
    place and the parameters are shared by the findings of every such contract (never changed)."""
    memo = (code, "marks", str(rules is table), str(s is table), *use.kind())
    if memo in s.memo:
        known: tuple[Severity, Location, dict[str, Arg]] | None = s.memo[memo]
        return known
    keys = [k for k in marks if _own(k, s, rules, table) and use.of(k)]
    said = None
    if keys:
        deciding = code == "rules_assumed" and any(marked(tuple(keys), d) for d in DECIDING)
        params: dict[str, Arg] = {"rules": f"{s.id} {s.version}", "id": s.id, "keys": ", ".join(keys)}
        said = Severity.WARNING if deciding else Severity.INFO, Location(s.path), params
    s.memo[memo] = said
    return said
