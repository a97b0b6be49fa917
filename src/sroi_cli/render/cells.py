"""The report as spreadsheet cells: the columns csv and xlsx share, and text that never runs as a formula."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sroi_cli.domain.fields import BY_NAME, CHOICES, Record, Value, fields_of

# the one neutralising every spreadsheet writer shares, reports and templates alike
from sroi_cli.domain.inert import FORMULA_STARTS as FORMULA_STARTS
from sroi_cli.domain.inert import neutralise as neutralise
from sroi_cli.domain.inert import visible_lines
from sroi_cli.domain.report import ContractResult, ContributionResult, Finding, Report
from sroi_cli.domain.trace import Step
from sroi_cli.render.fmt import date, money, number, share
from sroi_cli.render.texts import finding_text, phrase, say


class Kind(StrEnum):
    TEXT = "text"  # user or report text, neutralised
    TERM = "term"  # a code said in the chosen language (verdict, type, status)
    STEP = "step"  # a reason or trace step, said in the chosen language
    FLAG = "flag"  # yes / no
    MONEY = "money"
    NUMBER = "number"
    SHARE = "share"
    COUNT = "count"
    DATE = "date"


NUMERIC = {Kind.MONEY, Kind.NUMBER, Kind.SHARE, Kind.COUNT}


@dataclass(frozen=True)
class Column:
    """One column: its heading (a phrase key), what kind of value it holds, and where the value is."""

    header: str
    kind: Kind
    get: Callable[[Any], Any]


def term(code: str, lang: str) -> str:
    """A code (`running`, `behind`) in the chosen language; a code without a phrase stays as it is."""
    try:
        return phrase(code, lang)
    except KeyError:
        return code


def _said(kind: Kind, value: Any, lang: str) -> str:
    if kind is Kind.TERM:
        return term(str(value), lang)
    if kind is Kind.STEP:
        return say(value, lang) if isinstance(value, Step) else str(value)
    if kind is Kind.FLAG:
        return phrase("yes" if value else "no", lang)
    return str(value)


def text_value(column: Column, obj: Any, lang: str) -> str:
    """The value as CSV text: figures plain and exact (`62500.00`), dates ISO, text neutralised."""
    value = column.get(obj)
    if value is None:
        return ""
    if column.kind in NUMERIC:
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    if column.kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return neutralise(_said(column.kind, value, lang))


def shown(column: Column, obj: Any, lang: str) -> str:
    """A value as people read it (table, md, html): money and dates in the language's way."""
    value = column.get(obj)
    if value is None:
        return ""
    if column.kind is Kind.MONEY:
        return money(value, lang)
    if column.kind is Kind.SHARE:
        return share(value, lang)
    if column.kind is Kind.NUMBER:
        return number(value, lang)
    if column.kind is Kind.DATE:
        return date(value, lang)
    return text_value(column, obj, lang)


def cell_value(column: Column, obj: Any, lang: str) -> Any:
    """The value for a spreadsheet cell: figures as exact Decimals, dates as dates, text neutralised."""
    value = column.get(obj)
    if value is None or column.kind in NUMERIC or column.kind is Kind.DATE:
        return value
    return neutralise(_said(column.kind, value, lang))


def text_of(column: Column, lang: str) -> Callable[[Any], str]:
    """`text_value` of this column for any item, worked out once per report: the kind decided
    here, each code's words looked up once (a batch of 100.000 contracts has 3,6 million cells)."""
    get = column.get
    if column.kind in NUMERIC:
        return lambda obj: (
            "" if (v := get(obj)) is None else format(v, "f") if isinstance(v, Decimal) else str(v)
        )
    if column.kind is Kind.DATE:
        return lambda obj: (
            "" if (v := get(obj)) is None else v.isoformat() if isinstance(v, dt.date) else str(v)
        )
    if column.kind is Kind.TERM:
        return _memo(get, lambda v: neutralise(term(str(v), lang)))
    if column.kind is Kind.FLAG:
        return _memo(get, lambda v: neutralise(phrase("yes" if v else "no", lang)))
    return lambda obj: "" if (v := get(obj)) is None else neutralise(_said(column.kind, v, lang))


def _memo(get: Callable[[Any], Any], said: Callable[[Any], str]) -> Callable[[Any], str]:
    """A column of a few distinct values (codes, flags): each value said once."""
    known: dict[Any, str] = {None: ""}

    def text(obj: Any) -> str:
        value = get(obj)
        found = known.get(value)
        if found is None:
            found = known[value] = said(value)
        return found

    return text


def typed_value(column: Column, obj: Any, lang: str) -> Any:
    """The value for a writer that types each cell (XlsxWriter's string cells): figures as exact
    Decimals, dates as dates, text as written with control characters shown. A text cell is never
    read as a formula, so `=1+1` from an input needs no apostrophe there: it is shown as typed."""
    value = column.get(obj)
    if value is None or column.kind in NUMERIC or column.kind is Kind.DATE:
        return value
    return visible_lines(_said(column.kind, value, lang))


def _marks(code: str) -> Callable[[ContractResult], str | None]:
    """The assumed (or contested) rule values a contract rests on, as its finding names them."""

    def get(c: ContractResult) -> str | None:
        keys = [f.params.get("keys", "") for f in c.findings if f.code == code]
        return "; ".join(keys) if keys else None

    return get


def _placements(name: str) -> Callable[[ContractResult], int | None]:
    return lambda c: getattr(c.placements, name) if c.placements is not None else None


_KINDS = {Value.MONEY: Kind.MONEY, Value.DATE: Kind.DATE, **dict.fromkeys(CHOICES, Kind.TERM)}


def _input(record: Record, name: str) -> Column:
    """An input field's column as the registry (domain/fields.py) says: heading, kind and attribute."""
    field = BY_NAME[record][name]
    assert field.report is not None, name
    path = field.report.attr.split(".")
    if record == "contribution":  # a row is (contract, contribution); `contract.id` is the first's
        at = 0 if path[0] == "contract" else 1
        path = path[1:] if at == 0 else path
        return Column(field.report.header, _KINDS.get(field.value, Kind.TEXT), lambda r: _get(r[at], path))
    return Column(field.report.header, _KINDS.get(field.value, Kind.TEXT), lambda c: _get(c, path))


def _get(obj: Any, path: list[str]) -> Any:
    for name in path:
        obj = getattr(obj, name)
    return obj


def _rest(record: Record, placed: tuple[Column, ...]) -> tuple[Column, ...]:
    """The registry's report columns not placed by name: a new one needs no edit here."""
    headers = {c.header for c in placed}
    shown = (f for f in fields_of(record) if f.report is not None and f.report.header not in headers)
    return tuple(_input(record, f.name) for f in shown)


# What a reader scans for comes first: the contract, its verdict and its figures; then where they come from.
_CONTRACT_COLUMNS: tuple[Column, ...] = (
    _input("contract", "id"),
    _input("contract", "title"),
    Column("h_verdict", Kind.TERM, lambda c: c.verdict.value),
    Column("h_obligation", Kind.MONEY, lambda c: c.obligation),
    Column("h_realised", Kind.MONEY, lambda c: c.realised),
    Column("h_planned", Kind.MONEY, lambda c: c.planned),
    Column("h_expected", Kind.MONEY, lambda c: c.expected_to_date),
    Column("h_shortfall", Kind.MONEY, lambda c: c.shortfall),
    Column("h_penalty", Kind.MONEY, lambda c: c.penalty),
    Column("h_coverage", Kind.SHARE, lambda c: c.coverage),
    Column("h_applicable", Kind.FLAG, lambda c: c.applicable),
    Column("h_reason", Kind.STEP, lambda c: c.reason),
    _input("contract", "type"),
    _input("contract", "status"),
    _input("contract", "value_excl_vat"),
    _input("contract", "start"),
    _input("contract", "end"),
    _input("contract", "authority"),
    _input("contract", "category"),
    _input("contract", "supplier"),
)
_CONTRACT_SOURCES: tuple[Column, ...] = (
    _input("contract", "rules"),
    Column("h_rules_version", Kind.TEXT, lambda c: c.rules.version),
    Column("h_rules_valid_from", Kind.DATE, lambda c: c.rules.valid_from),
    Column(
        "h_valuation_rules",
        Kind.TEXT,
        lambda c: f"{c.valuation_rules.id} {c.valuation_rules.version}" if c.valuation_rules else None,
    ),
    Column("h_assumed_values", Kind.TEXT, _marks("rules_assumed")),
    Column("h_contested_values", Kind.TEXT, _marks("rules_contested")),
    Column("h_fte", Kind.NUMBER, lambda c: c.fte_years),
    Column("h_placements_required", Kind.COUNT, _placements("required")),
    Column("h_placements_realised", Kind.COUNT, _placements("realised")),
    Column("h_placements_planned", Kind.COUNT, _placements("planned")),
    Column("h_jobs_now", Kind.NUMBER, lambda c: c.banenafspraak.jobs_now),
    Column("h_job_years", Kind.NUMBER, lambda c: c.banenafspraak.job_years),
    Column("h_candidates", Kind.COUNT, lambda c: c.candidates),
    Column("h_contributions", Kind.COUNT, lambda c: c.contribution_count or len(c.contributions)),
    Column("h_findings", Kind.COUNT, lambda c: len(c.findings)),
    _input("contract", "notes"),
)
# a reported input field the lists above do not place goes after the supplier
CONTRACT_COLUMNS: tuple[Column, ...] = (
    *_CONTRACT_COLUMNS,
    *_rest("contract", _CONTRACT_COLUMNS + _CONTRACT_SOURCES),
    *_CONTRACT_SOURCES,
)

# A contribution row is a (contract, contribution) pair, so each row names its contract.
ContributionRow = tuple[ContractResult, ContributionResult]

_CONTRIBUTION_COLUMNS: tuple[Column, ...] = (
    _input("contribution", "contract"),
    Column("#", Kind.COUNT, lambda r: r[1].index),
    _input("contribution", "block"),
    _input("contribution", "status"),
    _input("contribution", "candidate"),
    Column("h_counted_from", Kind.DATE, lambda r: r[1].counted_from),
    Column("h_counted_to", Kind.DATE, lambda r: r[1].counted_to),
    Column("h_months", Kind.NUMBER, lambda r: r[1].months),
    Column("h_value", Kind.MONEY, lambda r: r[1].value),
    Column("h_bonus_value", Kind.MONEY, lambda r: r[1].bonus_value),
    Column("h_planned", Kind.MONEY, lambda r: r[1].planned_value),
    Column("h_source_column", Kind.TEXT, lambda r: r[1].source),
    Column("h_where", Kind.TEXT, lambda r: str(r[1].location)),
)
CONTRIBUTION_COLUMNS: tuple[Column, ...] = (
    *_CONTRIBUTION_COLUMNS,
    *_rest("contribution", _CONTRIBUTION_COLUMNS),
)


def all_findings(report: Report) -> list[Finding]:
    """Every finding of a report: the input errors of the contracts left out (`--keep-going`), each
    contract's, then those across contracts (a portfolio's)."""
    return [*report.errors, *(f for c in report.contracts for f in c.findings), *report.findings]


def finding_columns(lang: str) -> tuple[Column, ...]:
    """The findings table; the message is said in `lang`, as a finding stores only its code."""
    return (
        Column("h_contract", Kind.TEXT, lambda f: f.contract),
        Column("h_severity", Kind.TERM, lambda f: f.severity.value),
        Column("h_code", Kind.TEXT, lambda f: f.code),
        Column("h_where", Kind.TEXT, lambda f: str(f.location)),
        Column("h_message", Kind.TEXT, lambda f: finding_text(f, lang)),
    )


def header(column: Column, lang: str) -> str:
    return column.header if column.header == "#" else phrase(column.header, lang)


def mark_banners(report: Report, lang: str) -> list[str]:
    """A line for the top of a report when contracts rest on assumed or contested rule values:
    how many of the contracts, and which rule versions."""
    marks = Marks()
    for c in report.contracts:
        marks.add(c)
    return marks.banners(len(report.contracts), lang)


class Marks:
    """The contracts resting on assumed or contested rule values, counted a contract at a time
    (a batch's xlsx counts them as its rows go by)."""

    _CODES = (("rules_assumed", "banner_assumed"), ("rules_contested", "banner_contested"))

    def __init__(self) -> None:
        self._contracts = [0 for _ in self._CODES]
        self._sets: list[dict[str, None]] = [{} for _ in self._CODES]

    def add(self, c: ContractResult) -> None:
        for i, (code, _) in enumerate(self._CODES):
            found = [f for f in c.findings if f.code == code]
            if found:
                self._contracts[i] += 1
                self._sets[i].update(dict.fromkeys(f.params.get("rules", "") for f in found))

    def banners(self, total: int, lang: str) -> list[str]:
        return [
            phrase(key, lang, count=str(count), total=str(total), rules=", ".join(sorted(sets)))
            for (_, key), count, sets in zip(self._CODES, self._contracts, self._sets, strict=True)
            if count
        ]
