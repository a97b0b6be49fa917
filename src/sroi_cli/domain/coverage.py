"""Coverage of social return over public lots: per authority and year, audit flags, the pipeline.

Pure: the lots come assessed (rule set, applicability, obligation) from the use case; this module
counts and sums them into the one report model every coverage format reads.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from sroi_cli.domain.inputs import Contract, ContractStatus, ContractType
from sroi_cli.domain.location import Where
from sroi_cli.domain.money import ZERO, cents
from sroi_cli.domain.months import add_months
from sroi_cli.domain.public import PublicLot, Stage, ValueKind, quarter
from sroi_cli.domain.report import Fig, TargetProgress

DEFAULT_MONTHS = 12  # a lot with a start but no end or duration is taken to run this long
DEFAULT_TYPE = ContractType.SERVICES


def name_key(name: str) -> str:
    """`Gemeente 's-Gravenhage` → `s gravenhage`: case, accents, punctuation and "gemeente" ignored."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    if words and words[0] == "gemeente":
        words = words[1:]
    return " ".join(words)


def kvk_key(number: str) -> str:
    """A KvK number as 8 digits: a spreadsheet that lost the leading zero gets it back."""
    digits = re.sub(r"\D", "", number)
    return digits.zfill(8) if digits else ""


@dataclass(frozen=True)
class AuthorityMap:
    names: dict[str, str]
    kvk: dict[str, str]

    def rules_for(self, lot: PublicLot) -> str | None:
        if lot.authority_kvk and (found := self.kvk.get(kvk_key(lot.authority_kvk))):
            return found
        return self.names.get(name_key(lot.authority)) if lot.authority else None


def contract_of(lot: PublicLot, rules: str | None) -> tuple[Contract, tuple[str, ...]]:
    """The lot as the engine's contract, and the defaults it needed (documented in the README)."""
    notes: list[str] = []
    if lot.type is None:
        notes.append("type")
    start = lot.start or lot.award_date or lot.published
    if lot.start is None:
        notes.append("start")
    end = lot.end
    if end is None and start is not None:
        end = add_months(start, lot.duration_months or DEFAULT_MONTHS) - dt.timedelta(days=1)
        if lot.duration_months is None:
            notes.append("end")
    if lot.value is None:
        notes.append("value")
    if lot.stage is Stage.AWARDED and lot.award_date is None:
        notes.append("award_date")
    start = start or dt.date(1900, 1, 1)
    contract = Contract(
        id=lot.id,
        title=lot.title,
        authority=lot.authority,
        type=lot.type or DEFAULT_TYPE,
        value_excl_vat=lot.value if lot.value is not None else ZERO,
        start=start,
        end=end if end is not None and end >= start else start,
        award_date=lot.award_date or (lot.published if lot.stage is Stage.AWARDED else None),
        status=ContractStatus.RUNNING if lot.stage is Stage.AWARDED else ContractStatus.TENDERING,
        supplier=lot.supplier,
        rules=rules,
    )
    return contract, tuple(notes)


@dataclass(frozen=True)
class Assessed:
    """One lot and what its mapped rules make of it; `applicable` None when it could not be judged."""

    lot: PublicLot
    rules: str | None
    applicable: bool | None
    obligation: Decimal
    threshold: Decimal | None
    notes: tuple[str, ...]
    supplies_covered: bool = False  # the rule set asks social return on supplies

    @property
    def year(self) -> int | None:
        day = self.lot.award_date or self.lot.published or self.lot.start
        return day.year if day else None


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class CoverageRow(_Out):
    authority: str
    year: int | None
    rules: str | None
    lots: int
    value: Fig
    estimated: int  # of which the value is the estimate (no final value published)
    applicable: int
    obligation: Fig
    signal: int
    applicable_without_signal: int
    not_judged: int


class CoverageFlag(_Out):
    code: str  # applicable_no_signal | social_return_on_supplies | split_under_threshold
    authority: str
    year: int | None
    lot: str
    link: str | None
    value: Fig
    detail: str = ""


class PipelineRow(_Out):
    quarter: str
    authority: str
    rules: str | None
    lots: int
    value: Fig
    applicable: int
    obligation: Fig


class Unmapped(_Out):
    authority: str
    kvk: str | None
    lots: int


class LotNote(_Out):
    lot: str
    field: str  # type | start | end | value | award_date | rules_in_force
    place: Where


class NoteCount(_Out):
    field: str
    lots: int


class InputFile(_Out):
    path: str
    sha256: str
    lots: int


class CoverageReport(_Out):
    as_of: dt.date
    input: tuple[InputFile, ...]
    rows: tuple[CoverageRow, ...]
    totals: CoverageRow
    flags: tuple[CoverageFlag, ...]
    pipeline: tuple[PipelineRow, ...]
    unmapped: tuple[Unmapped, ...]
    notes: tuple[LotNote, ...]
    note_counts: tuple[NoteCount, ...] = ()
    targets: tuple[TargetProgress, ...] = ()


def _row(authority: str, year: int | None, rules: str | None, items: list[Assessed]) -> CoverageRow:
    judged = [a for a in items if a.applicable is not None]
    applicable = [a for a in judged if a.applicable]
    return CoverageRow(
        authority=authority,
        year=year,
        rules=rules,
        lots=len(items),
        value=cents(sum((a.lot.value or ZERO for a in items), ZERO)),
        estimated=sum(1 for a in items if a.lot.value_kind is ValueKind.ESTIMATED),
        applicable=len(applicable),
        obligation=cents(sum((a.obligation for a in applicable), ZERO)),
        signal=sum(1 for a in items if a.lot.signals),
        applicable_without_signal=sum(1 for a in applicable if not a.lot.signals),
        not_judged=len(items) - len(judged),
    )


def coverage_rows(awarded: Iterable[Assessed]) -> tuple[tuple[CoverageRow, ...], CoverageRow]:
    groups: dict[tuple[str, int | None], list[Assessed]] = defaultdict(list)
    everything: list[Assessed] = []
    for item in awarded:
        groups[(item.lot.authority or "", item.year)].append(item)
        everything.append(item)
    rows = []
    for (authority, year), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        rules = sorted({a.rules for a in items if a.rules})
        rows.append(_row(authority, year, ", ".join(rules) or None, items))
    return tuple(rows), _row("", None, None, everything)


def audit_flags(awarded: list[Assessed]) -> tuple[CoverageFlag, ...]:
    """The flags an audit office asks for, sorted by authority, year and lot."""
    flags = []
    for a in awarded:
        if a.applicable and not a.lot.signals:
            flags.append(_flag("applicable_no_signal", a))
        if a.lot.type is ContractType.SUPPLIES and (a.lot.signals or (a.applicable and a.supplies_covered)):
            flags.append(_flag("social_return_on_supplies", a))
    flags.extend(_split_flags(awarded))
    return tuple(sorted(flags, key=lambda f: (f.authority, f.year or 0, f.lot, f.code)))


def _flag(code: str, a: Assessed, detail: str = "") -> CoverageFlag:
    return CoverageFlag(
        code=code,
        authority=a.lot.authority or "",
        year=a.year,
        lot=a.lot.id,
        link=a.lot.link,
        value=cents(a.lot.value or ZERO),
        detail=detail,
    )


def _split_flags(awarded: list[Assessed]) -> list[CoverageFlag]:
    """Lots of one tender each below the threshold whose sum reaches it."""
    tenders: dict[str, list[Assessed]] = defaultdict(list)
    for a in awarded:
        if a.applicable is False and a.threshold is not None and a.lot.value is not None:
            tenders[a.lot.tender].append(a)
    flags: list[CoverageFlag] = []
    for items in tenders.values():
        lots = {a.lot.id: a for a in items}
        if len(lots) < 2:
            continue
        total = sum((a.lot.value or ZERO for a in lots.values()), ZERO)
        threshold = items[0].threshold
        below = threshold is not None and all((a.lot.value or ZERO) < threshold for a in lots.values())
        if below and threshold is not None and total >= threshold:
            detail = f"{len(lots)}:{cents(total)}"
            flags.extend(_flag("split_under_threshold", a, detail) for a in lots.values())
    return flags


def pipeline(announced: Iterable[Assessed]) -> tuple[PipelineRow, ...]:
    """Announced lots of tenders with no award yet, by quarter (the start, else the publication)."""
    groups: dict[tuple[str, str], list[Assessed]] = defaultdict(list)
    for a in announced:
        day = a.lot.start or a.lot.published
        groups[(quarter(day) if day else "", a.lot.authority or "")].append(a)
    rows = []
    for (when, authority), items in sorted(groups.items()):
        applicable = [a for a in items if a.applicable]
        rows.append(
            PipelineRow(
                quarter=when,
                authority=authority,
                rules=", ".join(sorted({a.rules for a in items if a.rules})) or None,
                lots=len(items),
                value=cents(sum((a.lot.value or ZERO for a in items), ZERO)),
                applicable=len(applicable),
                obligation=cents(sum((a.obligation for a in applicable), ZERO)),
            )
        )
    return tuple(rows)


def unmapped(assessed: Iterable[Assessed]) -> tuple[Unmapped, ...]:
    counts: dict[tuple[str, str | None], int] = defaultdict(int)
    for a in assessed:
        if a.rules is None:
            counts[(a.lot.authority or "", a.lot.authority_kvk)] += 1
    return tuple(Unmapped(authority=k[0], kvk=k[1], lots=n) for k, n in sorted(counts.items(), key=str))


def lot_notes(assessed: Iterable[Assessed]) -> tuple[LotNote, ...]:
    return tuple(LotNote(lot=a.lot.id, field=n, place=a.lot.place) for a in assessed for n in a.notes)


def note_counts(notes: Iterable[LotNote]) -> tuple[NoteCount, ...]:
    counts: dict[str, int] = defaultdict(int)
    for note in notes:
        counts[note.field] += 1
    return tuple(NoteCount(field=f, lots=n) for f, n in sorted(counts.items()))
