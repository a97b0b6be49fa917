"""What deserves a look in one contract: overlaps, cut months, bonuses, PSO gaps, stale rules."""

from __future__ import annotations

import datetime as dt
import functools
import itertools

from sroi_cli.domain.args import Arg, Count, Term
from sroi_cli.domain.inputs import Contract, ContractStatus
from sroi_cli.domain.location import NOWHERE, Location
from sroi_cli.domain.marks import mark_findings
from sroi_cli.domain.months import add_months
from sroi_cli.domain.obligation import Owed, lacks_wage_bill
from sroi_cli.domain.report import Finding, Severity
from sroi_cli.domain.rules import RuleSet
from sroi_cli.domain.trace import day, pct
from sroi_cli.domain.valuation import Valued

STALE_AFTER_MONTHS = 12
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def contract_findings(
    contract: Contract,
    valued: list[Valued],
    owed: Owed,
    rules: RuleSet,
    as_of: dt.date,
    table: RuleSet | None = None,
    applicable: bool = True,
) -> tuple[Finding, ...]:
    """Every finding of one contract, sorted: severity first, then place in the input."""
    where = contract.origin.at() if contract.origin else NOWHERE
    found = [
        _from_valued(contract, v, code, severity, params)
        for v in valued
        for code, severity, params in v.findings
    ]
    found += _overlaps(contract, valued)
    found += _status_against_dates(contract, as_of)
    found += [
        Finding(code=f"default_{field}", severity=Severity.INFO, contract=contract.id, location=where)
        for field in contract.defaults
    ]
    if owed.pso_gap and contract.pso:
        found.append(
            Finding(
                code="pso_gap",
                severity=Severity.WARNING,
                contract=contract.id,
                location=contract.origin.at("pso.valid_until") if contract.origin else NOWHERE,
                params={
                    "level": contract.pso.level,
                    "valid_from": day(contract.pso.valid_from),
                    "valid_until": day(contract.pso.valid_until),
                },
            )
        )
    found += _rule_inputs_missing(contract, owed, rules, where)
    if owed.pso_unknown:
        found.append(
            Finding(
                code="pso_level_unknown",
                severity=Severity.WARNING,
                contract=contract.id,
                location=where,
                params={"level": owed.pso_unknown, "rules": rules.id},
            )
        )
    if add_months(rules.last_checked, STALE_AFTER_MONTHS) < as_of:
        found.append(
            Finding(
                code="rules_stale",
                severity=Severity.WARNING,
                contract=contract.id,
                location=Location(rules.path),
                params={
                    "rules": f"{rules.id} {rules.version}",
                    "checked": day(rules.last_checked),
                    "months": Count(STALE_AFTER_MONTHS),
                    "as_of": day(as_of),
                },
            )
        )
    found += mark_findings(contract, valued, rules, table or rules, applicable)
    found += _eu_outside(contract, rules)
    if contract.type in rules.applicability.contract_types and lacks_wage_bill(contract, rules):
        found.append(
            Finding(
                code="wage_bill_missing",
                severity=Severity.WARNING,
                contract=contract.id,
                location=contract.origin.at("wage_bill") if contract.origin else where,
                params={"rules": f"{rules.id} {rules.version}"},
            )
        )
    return tuple(sorted(found, key=finding_order)) if len(found) > 1 else tuple(found)


def _rule_inputs_missing(contract: Contract, owed: Owed, rules: RuleSet, where: Location) -> list[Finding]:
    """What the rule set needs to know of the contract and was not told, so an assumption stood in."""
    found = []
    at = contract.origin.at if contract.origin else (lambda _field: where)
    if owed.labour_share_needed is not None:
        found.append(
            Finding(
                code="labour_share_unknown",
                severity=Severity.WARNING,
                contract=contract.id,
                location=at("labour_share") or where,
                params={
                    "type": Term(contract.type.value),
                    "min_share": pct(owed.labour_share_needed),
                    "rules": f"{rules.id} {rules.version}",
                },
            )
        )
    if owed.basis_missing:
        found.append(
            Finding(
                code="basis_stand_in",
                severity=Severity.WARNING,
                contract=contract.id,
                location=at(owed.basis_missing) or where,
                params={"basis_name": Term(owed.basis_missing), "rules": f"{rules.id} {rules.version}"},
            )
        )
    return found


def _eu_outside(contract: Contract, rules: RuleSet) -> list[Finding]:
    """An EU threshold for a date outside sroi's table: the nearest period's amount was used."""
    _, period, inside = rules.threshold_on(contract.type, contract.rule_date)
    if period is None or inside:
        return []
    return [
        Finding(
            code="eu_threshold_outside",
            severity=Severity.WARNING,
            contract=contract.id,
            location=contract.origin.at("award_date") if contract.origin else NOWHERE,
            params={
                "date": day(contract.rule_date),
                "valid_from": day(period.valid_from),
                "valid_until": day(period.valid_until),
                "rules": f"{rules.id} {rules.version}",
            },
        )
    ]


_PHASE_OF_STATUS = {
    ContractStatus.PLANNED: "phase_not_started",
    ContractStatus.TENDERING: "phase_not_started",
    ContractStatus.RUNNING: "phase_running",
    ContractStatus.COMPLETED: "phase_ended",
}


def _status_against_dates(contract: Contract, as_of: dt.date) -> list[Finding]:
    """A `status` that says another phase than the dates do: the dates decide, the status is flagged.

    `running` is the default status, so it is flagged only when the input says it.
    """
    if as_of < contract.start:
        phase = "phase_not_started"
    elif as_of > contract.end:
        phase = "phase_ended"
    else:
        phase = "phase_running"
    status = contract.status
    if _PHASE_OF_STATUS[status] == phase:
        return []
    if status is ContractStatus.RUNNING and not contract.status_stated:
        return []
    return [
        Finding(
            code="status_contradicts_dates",
            severity=Severity.WARNING,
            contract=contract.id,
            location=contract.origin.at("status") if contract.origin else NOWHERE,
            params={
                "status": Term(status.value),
                "phase": Term(phase),
                "start": day(contract.start),
                "end": day(contract.end),
                "as_of": day(as_of),
            },
        )
    ]


def finding_order(f: Finding) -> tuple[object, ...]:
    """Severity first, then the place in natural order (line 9 before line 10), then the code."""
    return (_RANK[f.severity], f.contract or "", _natural(f.location), f.code)


@functools.lru_cache(maxsize=2**12)
def _natural(location: Location) -> tuple[object, ...]:
    """A place in natural order; one contract's findings name its rows and rule file again and again."""
    return location.order()


# the field of a contribution each of its findings points at (else the whole record)
_FIELD_OF = {
    "hours_above_norm": "hours_per_week",
    "below_min_hours": "hours_per_week",
    "outside_contract": "start",
    "dated_outside_contract": "date",
    "bonus_not_allowed": "bonuses",
    "banenafspraak_unregistered": "doelgroepregister",
}


def _from_valued(contract: Contract, v: Valued, code: str, severity: str, params: dict[str, Arg]) -> Finding:
    c = v.contribution
    location = c.origin.at(_FIELD_OF.get(code)) if c.origin else NOWHERE
    return Finding(
        code=code,
        severity=Severity(severity),
        contract=contract.id,
        location=location,
        params={"index": Count(v.index), **params},
    )


def _overlaps(contract: Contract, valued: list[Valued]) -> list[Finding]:
    """The same candidate counted twice on the same days within this contract."""
    by_candidate: dict[str, list[Valued]] = {}
    for v in valued:
        if v.contribution.candidate and v.window and v.contribution.counts:
            by_candidate.setdefault(v.contribution.candidate, []).append(v)
    found = []
    for candidate, items in by_candidate.items():
        items.sort(key=lambda v: (v.window[0] if v.window else dt.date.min, v.index))
        for before, after in itertools.pairwise(items):
            assert before.window and after.window
            if after.window[0] <= before.window[1]:
                c = after.contribution
                found.append(
                    Finding(
                        code="candidate_overlap",
                        severity=Severity.WARNING,
                        contract=contract.id,
                        location=c.origin.at("start") if c.origin else NOWHERE,
                        params={
                            "candidate": candidate,
                            "index": Count(after.index),
                            "other": str(before.index),
                        },
                    )
                )
    return found
