"""Column headers as people write them (Dutch or English, any case) mapped to the registry's fields
(domain/fields.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sroi_cli.domain.errors import Problem
from sroi_cli.domain.fields import Record, fields_of
from sroi_cli.domain.location import Location
from sroi_cli.domain.privacy import find_bsn
from sroi_cli.io.records import unknown_key_problem
from sroi_cli.io.values import clip

# The column a table cannot do without: it ties each row to its contract.
KEY_FIELD = {"contract": "id", "contribution": "contract"}
# Punctuation and symbols that people put in headers but that carry no meaning: "Bedrag (€)".
_NOISE = re.compile(r"[.:;,()\[\]{}*?!'\"‘’“”_/\\#€%-]+")


def normalise(header: Any) -> str:
    """`" Opdrachtwaarde (excl. BTW)*"` → `"opdrachtwaarde excl btw"`."""
    return " ".join(_NOISE.sub(" ", str(header)).casefold().split())


def _index(record: Record) -> dict[str, str]:
    """Every header of the record's fields (domain/fields.py), normalised, to its field."""
    return {normalise(header): f.name for f in fields_of(record) for header in f.headers()}


HEADERS: dict[str, dict[str, str]] = {"contract": _index("contract"), "contribution": _index("contribution")}


def field_for(header: Any, kind: str) -> str | None:
    """The canonical field a header names in a `kind` ("contract"/"contribution") table, or None;
    the run's `--columns` map first ("-": a column to read past)."""
    from sroi_cli.io.columns import current

    key = normalise(header)
    own = current().headers.get(kind)
    return (own.get(key) if own else None) or HEADERS[kind].get(key)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def count_known(headers: Iterable[Any], kind: str) -> int:
    """How many of the cells are known headers of `kind`; a header row has at least two."""
    return sum(1 for h in headers if not is_blank(h) and field_for(h, kind) is not None)


# The field name of a column left unread: `-` and its position. Its cells still pass the BSN guard
# (records.py), so a column sroi ignores is no way past it.
IGNORED = "-"


@dataclass
class HeaderMatch:
    """A header row read: position → field, each field's header location, what was wrong, and the
    columns left unread (a warning each)."""

    columns: dict[int, str] = field(default_factory=dict)
    where: dict[str, Location] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    ignored: list[Problem] = field(default_factory=list)

    def unread_as_unknown(self) -> list[Problem]:
        """The columns left unread, as errors: when the row lacks its key column it may be no
        header at all (another delimiter, a title), and every header it does not know is a clue."""
        return [
            Problem(
                p.location, "unknown_header", {"header": p.params["header"], "hint": "", "suggestion": ""}
            )
            for p in self.ignored
        ]


def match_headers(cells: Iterable[tuple[int, Any, Location]], kind: str) -> HeaderMatch:
    """Map (position, header, location) cells to fields; repeated headers, and unknown ones close
    to a known header (a typo: the suggestion is given), are problems. Any other unknown header is
    a column left unread, with a warning. Empty headers are skipped: a blank column between tables.
    """
    match = HeaderMatch()
    for position, header, location in cells:
        if is_blank(header):
            continue
        name = field_for(header, kind)
        if name == "-" or is_result_column(header):  # --columns reads it past; sroi's own results
            continue
        if name is None:
            problem = unknown_header_problem(location, header, kind)
            if problem.params["suggestion"] or find_bsn(str(header)):  # a typo; or a BSN: refused, masked
                match.problems.append(problem)
            else:
                match.ignored.append(ignored_problem(location, header))
                match.columns[position] = f"{IGNORED}{position}"
        elif name in match.where:
            match.problems.append(
                Problem(
                    location,
                    "duplicate_column",
                    {"header": clip(str(header).strip()), "field": name, "first": str(match.where[name])},
                )
            )
        else:
            match.columns[position] = name
            match.where[name] = location
    return match


RESULT_PREFIX = "sroi:"  # the columns `check --annotate` adds to a copy: results, never input


def is_result_column(header: Any) -> bool:
    """A header `sroi: Verdict` that an annotated copy carries: read past, as it is sroi's output."""
    return isinstance(header, str) and header.strip().lower().startswith(RESULT_PREFIX)


def ignored_problem(location: Location, header: Any) -> Problem:
    return Problem(location, "column_ignored", {"header": clip(str(header).strip())})


def unknown_header_problem(location: Location, header: Any, kind: str) -> Problem:
    """An unknown header, shown as written, with the nearest known header suggested."""
    params = unknown_key_problem(location, normalise(header), HEADERS[kind]).params
    return Problem(
        location,
        "unknown_header",
        {"header": clip(str(header).strip()), "hint": params["hint"], "suggestion": params["suggestion"]},
    )
