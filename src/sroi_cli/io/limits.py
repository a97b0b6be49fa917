"""Limits that keep hostile input from eating the machine; a user can raise each one (`--limit`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace

from sroi_cli.domain.errors import Problem, UsageError
from sroi_cli.domain.location import Location


@dataclass(frozen=True)
class Limits:
    file_mb: int = 200  # one input file on disk
    yaml_mb: int = 50  # one YAML document
    yaml_nodes: int = 1_000_000  # YAML nodes once aliases are expanded ("billion laughs")
    unpacked_mb: int = 1024  # an xlsx's parts unpacked, in all
    ratio: int = 200  # unpacked ÷ packed for any xlsx part; tenders compress 5 to 30 times
    rows: int = 2_000_000  # records in one file
    cells: int = 25_000_000  # a sheet's used range, A1 to its last row and column: 1.048.576 × 23

    @classmethod
    def parse(cls, items: list[str]) -> Limits:
        """`["rows=5000000", "file_mb=500"]` on top of the defaults; a bad item is a usage error."""
        known = {f.name for f in fields(cls)}
        changes: dict[str, int] = {}
        for item in items:
            name, _, value = item.partition("=")
            if name.strip() not in known or not value.strip().isdigit() or int(value) <= 0:
                raise UsageError(
                    Problem("--limit", "bad_limit", {"found": item, "known": ", ".join(sorted(known))})
                )
            changes[name.strip()] = int(value)
        return replace(cls(), **changes)


_CURRENT: ContextVar[Limits] = ContextVar("sroi_limits", default=Limits())  # noqa: B039 - frozen


def current() -> Limits:
    return _CURRENT.get()


def set_for_run(limits: Limits) -> None:
    """The limits for the rest of this run (the CLI sets them once, from `sroi --limit`)."""
    _CURRENT.set(limits)


@contextlib.contextmanager
def using(limits: Limits) -> Iterator[None]:
    token = _CURRENT.set(limits)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def refuse(name: Location | str, what: str, limit: str) -> Problem:  # what: a catalogue term
    """The problem of an input past a limit, naming the option that raises it."""
    from sroi_cli.domain.args import Term

    return Problem(name, "too_large", {"what": Term(what), "limit": limit})
