"""The cells of one row of public tender data, parsed by field, each bad cell a located problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sroi_cli.domain.args import Term
from sroi_cli.domain.bounds import MONTHS_MAX
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inputs import ContractType
from sroi_cli.domain.location import NOWHERE, Location
from sroi_cli.io import values as v
from sroi_cli.io.headers import is_blank
from sroi_cli.io.records import show

_YES = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
_NO = {"nee", "n", "no", "false", "onwaar", "0", "-", "geen", "none"}


class LotFields:
    """Raw values by field, with where each was read; a bad value is added to `problems`."""

    def __init__(
        self,
        values: dict[str, Any],
        where: Mapping[str, Location],
        problems: list[Problem],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.values = values
        self.where = where
        self.problems = problems
        self.labels = labels or {}
        self.ok = True

    def label(self, name: str) -> str:
        """The field as the file names it (its header), for messages."""
        return self.labels.get(name, name)

    def _bad(self, name: str, raw: Any, expected: str, choices: str = "") -> None:
        self.ok = False
        self.problems.append(
            Problem(
                self.where.get(name, NOWHERE),
                "bad_value",
                {
                    "field": self.label(name),
                    "found": show(raw),
                    "expected": Term(expected),
                    "choices": choices,
                },
            )
        )

    def _parse(self, name: str, parser: Any) -> Any:
        raw = self.values.get(name)
        if is_blank(raw):
            return None
        try:
            return parser(raw)
        except v.ValueProblem as problem:
            self._bad(name, raw, problem.expected, problem.choices)
            return None

    def text(self, name: str) -> str | None:
        found = self._parse(name, v.to_text)
        return found or None

    def money(self, name: str) -> Decimal | None:
        return self._parse(name, v.to_money)  # type: ignore[no-any-return]

    def date(self, name: str) -> dt.date | None:
        return self._parse(name, v.to_date)  # type: ignore[no-any-return]

    def months(self, name: str) -> int | None:
        """A duration in months: `24`, `24 maanden`, `24.0`."""
        raw = self.values.get(name)
        if isinstance(raw, str):
            raw = raw.casefold().replace("maanden", "").replace("months", "").strip()
        if is_blank(raw):
            return None
        try:
            months = v.to_int(raw)
        except v.ValueProblem as problem:
            self._bad(name, self.values.get(name), problem.expected)
            return None
        if not 0 <= months <= MONTHS_MAX:  # the sane range (domain/bounds.py)
            self._bad(name, self.values.get(name), "range_months")
            return None
        return months

    def kind(self, name: str = "type") -> ContractType | None:
        found = self._parse(name, v.choice(v.CONTRACT_TYPES))
        return ContractType(found) if found else None

    def flag(self, name: str) -> bool:
        """A yes/no column; any other text (a code, a description) counts as yes."""
        raw = self.values.get(name)
        if is_blank(raw) or raw is False:
            return False
        text = str(v.plain(raw)).strip().casefold()
        return text not in _NO
