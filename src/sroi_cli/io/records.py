"""Turn raw records from any reader into validated contracts and contributions, listing every problem."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import ValidationError

from sroi_cli.domain.args import Date, Term
from sroi_cli.domain.errors import InputError, Problem, Words, distinct
from sroi_cli.domain.fields import Value, fields_of
from sroi_cli.domain.inputs import RECORD_RULES, Contract, Contribution, Origin, Portfolio
from sroi_cli.domain.location import NOWHERE, Location
from sroi_cli.domain.privacy import find_bsn, hide_value, masked_file, value_has_bsn
from sroi_cli.io import values as v

Parser = Callable[[Any], Any]

# One parser per kind of value (domain/fields.py says each field's kind).
PARSERS: dict[Value, Parser] = {
    Value.TEXT: v.to_text,
    Value.CODE: v.to_code,
    Value.CODES: v.to_codes,
    Value.MONEY: v.to_money,
    Value.SHARE: v.to_share,
    Value.DECIMAL: v.to_decimal,
    Value.INT: v.to_int,
    Value.DATE: v.to_date,
    Value.BOOL: v.to_bool,
    Value.CONTRACT_TYPE: v.choice(v.CONTRACT_TYPES),
    Value.CONTRACT_STATUS: v.choice(v.CONTRACT_STATUSES),
    Value.CONTRIBUTION_STATUS: v.choice(v.CONTRIBUTION_STATUSES),
}
CONTRACT_FIELDS: dict[str, Parser] = {f.name: PARSERS[f.value] for f in fields_of("contract")}
CONTRIBUTION_FIELDS: dict[str, Parser] = {f.name: PARSERS[f.value] for f in fields_of("contribution")}
FIELDS = {"contract": CONTRACT_FIELDS, "contribution": CONTRIBUTION_FIELDS}
# Amounts and hours are not searched for a BSN: a 9-digit euro amount is a plausible contract value,
# and one in eleven of them would pass the elfproef.
_NUMERIC = {v.to_money, v.to_decimal, v.to_share, v.to_int}


@dataclass(slots=True)
class RawRecord:
    """One contract or contribution as a reader found it: field name → raw value, and its origin."""

    kind: str  # "contract" | "contribution" | "texts" (a workbook's other texts holding a BSN) | "notice"
    values: dict[str, Any]
    origin: Origin
    fixed: dict[str, Any] | None = None  # typed values a reader settled itself (public data's defaults)
    notice: Problem | None = None  # kind "notice": a warning of the reader's (a column it left unread)


def notice_records(problems: Iterable[Problem]) -> list[RawRecord]:
    """A reader's warnings, carried with its records to the portfolio (`Portfolio.notices`)."""
    return [
        RawRecord("notice", {}, Origin(p.location.file, p.location.in_file("")), notice=p) for p in problems
    ]


# The column a record cannot do without; a row with nothing but unread columns is no record.
_KEY = {"contract": "id", "contribution": "contract"}


def show(value: Any) -> str:
    """A found value as an error shows it: short, quoted when text (BSNs are masked later)."""
    value = v.plain(value)
    text = v.clip(value.isoformat() if hasattr(value, "isoformat") else str(value))
    return f"'{text}'" if isinstance(value, str) else text


def out_of_range(where: Location, field: str, found: Any, item: Any) -> Problem:
    """A number outside the range its field allows, with that range (one message per range)."""
    expected = Term(item["ctx"]["range"])
    return Problem(
        where, "bad_value", {"field": field, "found": show(found), "expected": expected, "choices": ""}
    )


def unknown_key_problem(location: Location | str, key: str, known: Iterable[str]) -> Problem:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    hint = Term("did_you_mean") if close else ""
    return Problem(
        location, "unknown_key", {"key": v.clip(key), "hint": hint, "suggestion": close[0] if close else ""}
    )


def _contains_bsn(key: str, raw: Any, parser: Parser | None) -> bool:
    """A BSN in any written form (privacy.py) in a text or identifier field, or in an unknown key."""
    if parser is None and find_bsn(key):  # a known field's name holds no digits
        return True
    if parser in _NUMERIC:
        return False
    kind = raw.__class__
    if kind is str:  # the common case, made cheap: no BSN without eight characters
        return len(raw) >= 8 and find_bsn(raw)
    if kind in _NO_NUMBER:  # a date cell, a yes/no: nothing that could be written as a number
        return False
    return value_has_bsn(raw)  # a number too: 123456782.0, 1.23456782e+8, 11261572 (zero dropped)


# Exactly these classes (not subclasses, which might write themselves as numbers) hold no BSN.
_NO_NUMBER = frozenset({dt.date, dt.datetime, dt.time, bool, type(None)})


_RUN_KEY = secrets.token_bytes(32)  # per run: tokens match within a run, never across runs


def bsn_key() -> bytes:
    """The run's key of BSN tokens under --allow-bsn: an output showing input shows the same token."""
    return _RUN_KEY


def numeric_fields() -> frozenset[str]:
    """The fields holding amounts, hours and counts, which are never searched for a BSN."""
    return frozenset(
        key for fields in FIELDS.values() for key, parser in fields.items() if parser in _NUMERIC
    )


def _split(name: str) -> tuple[str, str]:
    head, dot, tail = name.partition(".")
    return (head, tail) if dot else ("", "")


def _hidden(raw: Any) -> Any:
    return hide_value(raw, _RUN_KEY)


def _coerce(record: RawRecord, allow_bsn: bool, problems: list[Problem]) -> dict[str, Any] | None:
    """The record's values parsed, each by its field's parser (`PLANS`, worked out once per field);
    None when a value is refused (its problem added)."""
    plan = PLANS[record.kind]
    data: dict[str, Any] = {}
    ok = True
    for key, raw in record.values.items():
        step = plan.get(key)
        if step is None:  # an unknown key, or a column the reader left unread
            ok = _unplanned(record, key, raw, allow_bsn, problems) and ok
            continue
        parser, scanned, head, tail = step
        if raw is None:
            continue
        if scanned and has_bsn(raw):
            if not allow_bsn:
                problems.append(Problem(record.origin.at(key), "bsn"))
                ok = False
                continue
            raw = _hidden(raw)  # allowed in, but never carried into a report or a message
        if isinstance(raw, str) and not raw.strip():
            continue
        try:
            value = parser(raw)
        except v.ValueProblem as problem:
            problems.append(_bad_value(record, key, raw, problem))
            ok = False
            continue
        if head:
            data.setdefault(head, {})[tail] = value
        else:
            data[key] = value
    return data if ok else None


def _bad_value(record: RawRecord, key: str, raw: Any, problem: v.ValueProblem) -> Problem:
    params: dict[str, Words] = {
        "field": key,
        "found": show(raw),
        "expected": Term(problem.expected),
        "choices": problem.choices,
    }
    return Problem(record.origin.at(key), "bad_value", params)


def _unplanned(record: RawRecord, key: str, raw: Any, allow_bsn: bool, problems: list[Problem]) -> bool:
    """A key no field has: refused as unknown, unless the reader left its column unread (`-…`);
    either way its name and value pass the BSN guard."""
    if _contains_bsn(key, raw, None) and not allow_bsn:
        problems.append(Problem(record.origin.at(key), "bsn"))
        return False
    if key[0] == "-":
        return True
    problems.append(unknown_key_problem(record.origin.at(key), key, FIELDS[record.kind]))
    return False


def has_bsn(raw: Any) -> bool:
    """`_contains_bsn` for a field that is searched: one test per value, texts seen before remembered."""
    kind = raw.__class__
    if kind is str:
        return len(raw) >= 8 and _text_has_bsn(raw)
    if kind in _NO_NUMBER:
        return False
    return value_has_bsn(raw)


# A portfolio repeats its texts (a contract's id in each of its contributions, the same authority,
# block and date in many rows): each is searched once per load (cleared after each portfolio).
_text_has_bsn = functools.lru_cache(maxsize=1 << 16)(find_bsn)

# Per field of each kind: its parser, whether its value is searched for a BSN, and where it goes
# (`agreed.obligation` → head `agreed`, tail `obligation`; a flat field has head "").
Step = tuple[Parser, bool, str, str]
PLANS: dict[str, dict[str, Step]] = {
    kind: {name: (parser, parser not in _NUMERIC, *_split(name)) for name, parser in fields.items()}
    for kind, fields in FIELDS.items()
}


def _validation_problems(error: ValidationError, record: RawRecord) -> list[Problem]:
    problems = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"] if not isinstance(part, int))
        where = record.origin.at(field or None)
        if item["type"] == "missing":
            problems.append(Problem(where, "missing_field", {"field": field}))
            continue
        if item["type"] in RECORD_RULES:  # the record's own rule: a sentence of the catalogue
            said = {k: Date(x) if isinstance(x, dt.date) else str(x) for k, x in item.get("ctx", {}).items()}
            problems.append(Problem(where, item["type"], {"field": field or record.kind, **said}))
            continue
        detail = str(item["msg"]).removeprefix("Value error, ")
        found = record.values.get(field, item.get("input")) if field else None
        if item["type"] == "out_of_range":  # a number beyond its sane range (domain/bounds.py)
            problems.append(out_of_range(where, field, found, item))
            continue
        if found is None or isinstance(found, dict):
            problems.append(
                Problem(where, "invalid_record", {"field": field or record.kind, "detail": detail})
            )
        else:
            problems.append(
                Problem(where, "invalid", {"field": field, "found": show(found), "detail": detail})
            )
    return problems


def _model(
    record: RawRecord, data: dict[str, Any], problems: list[Problem]
) -> Contract | Contribution | None:
    model: type[Contract | Contribution] = Contract if record.kind == "contract" else Contribution
    data["origin"] = record.origin
    if record.fixed:
        data.update(record.fixed)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems.extend(_validation_problems(error, record))
        return None


def build_portfolio(
    records: Iterable[RawRecord], files: Iterable[tuple[str, str]] = (), allow_bsn: bool = False
) -> Portfolio:
    """Validate every record; raise one InputError listing all problems, else return the portfolio."""
    portfolio, problems = collect_portfolio(records, files, allow_bsn)
    if problems:
        raise InputError(problems)
    return portfolio


def collect_portfolio(
    records: Iterable[RawRecord],
    files: Iterable[tuple[str, str]] = (),
    allow_bsn: bool = False,
    earlier: dict[str, Origin] | None = None,
) -> tuple[Portfolio, list[Problem]]:
    """The valid records and the problems of the others, not raised (`validate` checks both).

    A contract id given twice (in one file or two, valid or not) is an error naming both places,
    and every copy of it is left out with its contributions: one source per contract, never merged.
    `earlier` holds where the contract ids of files read before were first seen (`validate` reads
    each file on its own but still refuses an id that another file holds); this file's are added.
    """
    before = {} if earlier is None else earlier
    notices: list[Problem] = []
    try:
        found, contracts, contributions, seen, twice = _validate_records(records, allow_bsn, before, notices)
    finally:
        _text_has_bsn.cache_clear()  # the texts are the input's: not kept past its load
    files = tuple(files)  # after the records: a stream of them adds its files as it is read
    problems = [] if allow_bsn else [Problem(n, "bsn_file_name") for n, _ in files if masked_file(n)]
    for key, origin in seen.items():
        before.setdefault(key, origin)
    problems += found
    problems += _orphans(contributions, seen)
    if twice:
        contracts = [c for c in contracts if c.id not in twice]
        contributions = [c for c in contributions if c.contract not in twice]
    portfolio = Portfolio(
        contracts=tuple(contracts),
        contributions=tuple(contributions),
        files=tuple(files),
        notices=tuple(notices),
    )
    return portfolio, distinct(problems)


def _validate_records(
    records: Iterable[RawRecord], allow_bsn: bool, earlier: dict[str, Origin], notices: list[Problem]
) -> tuple[list[Problem], list[Contract], list[Contribution], dict[str, Origin], set[str]]:
    """The problems, the valid contracts and contributions, where each contract id was first seen
    (valid or not), and the ids seen more than once (here, or here and in an `earlier` file); the
    readers' warnings are added to `notices`."""
    problems: list[Problem] = []
    contracts: list[Contract] = []
    contributions: list[Contribution] = []
    seen: dict[str, Origin] = {}
    twice: set[str] = set()
    share = _Sharing()
    for record in records:
        if record.kind == "texts":  # a workbook's texts outside the records that hold a BSN
            if not allow_bsn:
                problems += [Problem(record.origin.file, key) for key in record.values]
            continue
        if record.notice is not None:
            notices.append(record.notice)
            continue
        data = _coerce(record, allow_bsn, problems)
        if _KEY[record.kind] not in record.values and all(k[0] == "-" for k in record.values):
            continue  # a row with nothing but unread columns (a remark below the table)
        model = _model(record, data, problems) if data is not None else None
        if isinstance(model, Contribution):
            contributions.append(share(model, _SHARED_CONTRIBUTION))
            continue
        if record.kind != "contract":
            continue
        if isinstance(model, Contract):
            contracts.append(share(model, _SHARED_CONTRACT))
        key = model.id if isinstance(model, Contract) else _raw_id(record)
        first = earlier.get(key) or seen.setdefault(key, record.origin)
        seen.setdefault(key, record.origin)  # this file's contributions naming it are no orphans
        if first is not record.origin and key:
            twice.add(key)
            problems.append(
                Problem(
                    record.origin.at("id"),
                    "duplicate_id",
                    {"id": v.clip(key), "first": str(first.at("id"))},
                )
            )
    return problems, contracts, contributions, seen, twice


# The fields whose equal values one load's records share (a contribution's `contract` is its
# contract's `id`); hours per week by their written form, so `8.0` stays `8.0` beside `8`.
_SHARED_CONTRACT = ("id", "authority", "category", "supplier", "rules", "start", "end", "award_date")
_SHARED_CONTRIBUTION = ("contract", "block", "candidate", "hirer", "outcome", "start", "end", "date")
_SHARED_BY_TEXT = ("hours_per_week",)

M = TypeVar("M", Contract, Contribution)


class _Sharing:
    """Equal texts, days and hours of one load's records made one object. A portfolio repeats the
    same authorities, blocks, contract ids and days row after row, and every cell read is an
    object of its own: at a million contracts and three million contributions that is hundreds of
    megabytes of copies. The records are frozen; their values are swapped for an equal one."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}  # a str or a date: equal means the same text or day

    def __call__(self, record: M, names: tuple[str, ...]) -> M:
        seen = self._seen
        for name in names:
            value = getattr(record, name)
            if value is not None:
                kept = seen.setdefault(value, value)
                if kept is not value:
                    object.__setattr__(record, name, kept)
        if isinstance(record, Contribution):
            for name in _SHARED_BY_TEXT:
                value = getattr(record, name)
                if value is not None:
                    kept = seen.setdefault((name, str(value)), value)
                    if kept is not value:
                        object.__setattr__(record, name, kept)
        return record


def _raw_id(record: RawRecord) -> str:
    try:
        return v.to_text(record.values.get("id", ""))
    except v.ValueProblem:
        return ""


def _orphans(contributions: list[Contribution], seen: dict[str, Origin]) -> list[Problem]:
    """Contributions naming no contract in the input.

    A contribution whose contract is in the input but invalid is not called an orphan: the
    contract's own problem says what is wrong.
    """
    return [
        Problem(_where(c.origin, "contract"), "orphan", {"contract": v.clip(c.contract)})
        for c in contributions
        if c.contract not in seen
    ]


def _where(origin: Origin | None, field: str) -> Location:
    return origin.at(field) if origin else NOWHERE
