"""How much of a long list a person's format shows: the first N, and a note that says so.

A batch of 100.000 contracts is a table nobody reads on a terminal and a page no browser scrolls:
the terminal table (`table`) shows the first TERMINAL contracts and checks across contracts, an HTML
page and a Markdown document the first PAGE contracts and findings, each with a "first N of M" line
that names the formats holding all of them (csv, xlsx, json). A `check` shows every contract it is
asked about, so only a portfolio (`batch`) is capped; totals are always over every contract.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from sroi_cli.domain.report import Report
from sroi_cli.render.fmt import number
from sroi_cli.render.texts import phrase

TERMINAL = 50
PAGE = 1000

T = TypeVar("T")


@dataclass(frozen=True)
class Shown(Generic[T]):
    """The items a format shows of a list, and how many the list has."""

    items: Sequence[T]
    total: int

    @property
    def cut(self) -> bool:
        return len(self.items) < self.total

    def note(self, key: str, lang: str) -> str | None:
        """`First 1.000 of 10.000 contracts; …` (phrase `key`) when the list is cut, else None."""
        if not self.cut:
            return None
        shown, total = (number(Decimal(n), lang, 0) for n in (len(self.items), self.total))
        return phrase(key, lang, shown=shown, total=total)


def first(items: Sequence[T], limit: int | None) -> Shown[T]:
    """The first `limit` items (all of them when `limit` is None)."""
    if limit is None or len(items) <= limit:
        return Shown(items, len(items))
    return Shown(items[:limit], len(items))


def limit(report: Report, cap: int) -> int | None:
    """The cap for this report: `cap` for a portfolio (`batch`), none for a `check`."""
    return cap if report.people is not None else None


CONTRACTS = "shown_contracts"  # the phrase of the note under a capped contracts table
FINDINGS = "shown_findings"  # the note under a capped list of findings
