"""`coverage`: how much of a year of awards falls under social return, and how much shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sroi_cli.app.settings import Settings
from sroi_cli.domain import coverage as cov
from sroi_cli.domain.errors import InputError, Problem, RulesError
from sroi_cli.domain.inputs import Contract, ContractStatus, ContractType
from sroi_cli.domain.location import NOWHERE
from sroi_cli.domain.money import ZERO
from sroi_cli.domain.obligation import applicability, obligation
from sroi_cli.domain.privacy import file_label, masked_file
from sroi_cli.domain.public import PublicLot, Stage, ValueKind
from sroi_cli.domain.report import TargetProgress
from sroi_cli.domain.rules import RuleHistory, RuleSet
from sroi_cli.domain.targets import COVERAGE_MEASURES, Measure, Programme, progress


@dataclass
class Sources:
    """The lots read, and the files they came from."""

    lots: list[PublicLot] = field(default_factory=list)
    files: list[cov.InputFile] = field(default_factory=list)


def read_lots(paths: list[Path], settings: Settings) -> Sources:
    """Public data files as lots; any other input (sroi's own formats) as a portfolio made lots."""
    from sroi_cli.io.inputs import expand, load_portfolio
    from sroi_cli.io.public import digest, read_bytes, read_public

    sources, others, problems = Sources(), [], []
    per_file: list[list[PublicLot]] = []
    files = expand(paths) if paths else []
    if not files:
        raise InputError(Problem(", ".join(map(str, paths)), "no_input"))
    for path in files:
        name = file_label(path)  # the one policy for file names: any BSN masked in every output
        if masked_file(name) and not settings.allow_bsn:
            problems.append(Problem(name, "bsn_file_name"))
            continue
        try:
            data = read_bytes(path, name)
            lots = read_public(path, data, name)
        except InputError as error:
            problems.extend(error.problems)
            continue
        if lots is None:
            others.append(path)
            continue
        sources.lots.extend(lots)
        per_file.append(lots)
        sources.files.append(cov.InputFile(path=name, sha256=digest(data), lots=len(lots)))
    if problems:
        raise InputError(problems)
    _refuse_twice(per_file)
    if others:
        portfolio = load_portfolio(others, settings.allow_bsn)
        sources.lots.extend(_as_lot(c) for c in portfolio.contracts)
        counts = {p: 0 for p, _ in portfolio.files}
        for c in portfolio.contracts:
            if c.origin and c.origin.file in counts:
                counts[c.origin.file] += 1
        sources.files.extend(cov.InputFile(path=p, sha256=s, lots=counts[p]) for p, s in portfolio.files)
    return sources


SHOWN_TWICE = 20  # lots named in two places listed one by one; the rest counted in one more line


def _refuse_twice(files: list[list[PublicLot]]) -> None:
    """A lot read from two files (the TenderNed workbook and the OCDS of the same notices, or a copy)
    would be counted twice in every figure: an input error naming both places, never a sum."""
    first: dict[str, tuple[int, PublicLot]] = {}
    twice: list[Problem] = []
    for number, lots in enumerate(files):
        for lot in lots:
            index, seen = first.setdefault(lot.id, (number, lot))
            if index != number:
                twice.append(
                    Problem(lot.place, "public_lot_twice", {"lot": lot.id, "first": str(seen.place)})
                )
    if len(twice) > SHOWN_TWICE:
        more = Problem("", "public_lots_twice_more", {"count": str(len(twice) - SHOWN_TWICE)})
        twice = [*twice[:SHOWN_TWICE], more]
    if twice:
        raise InputError(twice)


def _as_lot(contract: Contract) -> PublicLot:
    """A contract of sroi's own input as a lot: awarded unless still planned or tendering."""
    announced = contract.status in (ContractStatus.PLANNED, ContractStatus.TENDERING)
    return PublicLot(
        id=contract.id,
        tender=contract.id,
        stage=Stage.ANNOUNCED if announced else Stage.AWARDED,
        place=contract.origin.at() if contract.origin else NOWHERE,
        title=contract.title,
        authority=contract.authority,
        supplier=contract.supplier,
        type=contract.type,
        value=contract.value_excl_vat,
        value_kind=ValueKind.FINAL,
        award_date=None if announced else contract.award_date or contract.start,
        start=contract.start,
        end=contract.end,
        rules=contract.rules,
    )


class _Assessor:
    """Judges each lot by its authority's rule set, each rule version looked up once."""

    def __init__(self, authorities: cov.AuthorityMap, settings: Settings, fixed: str | None) -> None:
        self.authorities = authorities
        self.settings = settings
        self.fixed = fixed  # --rules: one rule set for every lot
        self.histories: dict[str, RuleHistory] = {}

    def _in_force(self, rule_id: str, contract: Contract) -> RuleSet | None:
        history = self.histories.get(rule_id)
        if history is None:
            history = self.histories[rule_id] = self.settings.library.history(rule_id)
        try:
            return history.in_force(contract.rule_date)
        except RulesError:
            return None

    def __call__(self, lot: PublicLot) -> cov.Assessed:
        # --rules, else the contract's own rule set (as check judges it), else the authority's
        rule_id = self.fixed or lot.rules or self.authorities.rules_for(lot)
        contract, notes = cov.contract_of(lot, rule_id)
        if rule_id is None:
            return cov.Assessed(lot, None, None, ZERO, None, notes)
        rules = self._in_force(rule_id, contract)
        if rules is None:
            return cov.Assessed(lot, rule_id, None, ZERO, None, (*notes, "rules_in_force"))
        covers_supplies = ContractType.SUPPLIES in rules.applicability.contract_types
        threshold = rules.threshold_on(contract.type, contract.rule_date)[0]
        if lot.value is None:
            return cov.Assessed(lot, rule_id, None, ZERO, threshold, notes, covers_supplies)
        applicable, _ = applicability(contract, rules)
        owed = obligation(contract, rules).amount if applicable else ZERO
        return cov.Assessed(lot, rule_id, applicable, owed, threshold, notes, covers_supplies)


def coverage(
    paths: list[Path],
    settings: Settings,
    authorities: Path | None = None,
    targets: Path | None = None,
) -> cov.CoverageReport:
    """Read, map, judge and count every lot; the programme's targets when given."""
    from sroi_cli.io.authorities import load_authorities

    programme = _programme(targets)
    amap = load_authorities(authorities, set(settings.library.ids()))
    sources = read_lots(paths, settings)
    judge = _Assessor(amap, settings, settings.rules)
    awarded: list[cov.Assessed] = []
    announced: list[cov.Assessed] = []
    for lot in sources.lots:
        (awarded if lot.stage is Stage.AWARDED else announced).append(judge(lot))
    rows, totals = cov.coverage_rows(awarded)
    tenders = {a.lot.tender for a in awarded}
    pending = [a for a in announced if a.lot.tender not in tenders]  # the rest were awarded since
    notes = cov.lot_notes(awarded + pending)
    return cov.CoverageReport(
        as_of=settings.as_of,
        input=tuple(sources.files),
        rows=rows,
        totals=totals,
        flags=cov.audit_flags(awarded),
        pipeline=cov.pipeline(pending),
        unmapped=cov.unmapped(awarded + pending),
        notes=notes,
        note_counts=cov.note_counts(notes),
        targets=_progress(programme, awarded, settings) if programme else (),
    )


def _programme(path: Path | None) -> Programme | None:
    if path is None:
        return None
    from sroi_cli.io.targets import load_targets

    return load_targets(path, COVERAGE_MEASURES)


def _progress(
    programme: Programme, awarded: list[cov.Assessed], settings: Settings
) -> tuple[TargetProgress, ...]:
    found = []
    for target in programme.targets:
        mine = [
            a
            for a in awarded
            if (
                target.authority is None
                or cov.name_key(a.lot.authority or "") == cov.name_key(target.authority)
            )
            and a.lot.award_date is not None
            and target.start <= a.lot.award_date <= min(target.deadline, settings.as_of)
        ]
        found.append(progress(target, _actual(target.measure, mine), settings.as_of))
    return tuple(found)


def _actual(measure: Measure, lots: list[cov.Assessed]) -> Decimal:
    if measure is Measure.APPLICABLE_LOTS:
        return Decimal(sum(1 for a in lots if a.applicable))
    if measure is Measure.SIGNAL_LOTS:
        return Decimal(sum(1 for a in lots if a.lot.signals))
    if measure is Measure.OBLIGATION:
        return sum((a.obligation for a in lots if a.applicable), ZERO)
    return ZERO  # a portfolio measure: refused by load_targets, coverage has no contributions
