"""The error types every layer raises: each problem names its place, and is said in either language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sroi_cli.domain.args import Date, Term
from sroi_cli.domain.inert import visible
from sroi_cli.domain.location import Location
from sroi_cli.domain.privacy import mask_bsn

# A problem's parameter is text as it came (a value from an input, a file name), a sentence of
# the catalogue (`Term`), said in the problem's language, or a day, written as that language writes it.
Words = str | Term | Date


def masked(params: Mapping[str, Words]) -> dict[str, Words]:
    """The parameters with a suspected BSN masked in their text (a catalogue term holds none)."""
    return {k: mask_bsn(v) if isinstance(v, str) else v for k, v in params.items()}


@dataclass(frozen=True, init=False)
class Problem:
    """One thing wrong with an input or rule file, at one place (`file:line` or `file Sheet!C7`).

    The location is kept as its parts; a `str` given for it is a file name alone (or none: "").
    """

    location: Location
    key: str
    params: Mapping[str, Words] = field(default_factory=dict)

    def __init__(self, location: Location | str, key: str, params: Mapping[str, Words] | None = None) -> None:
        object.__setattr__(self, "location", Location(location) if isinstance(location, str) else location)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", {} if params is None else params)

    # The sentence is the catalogue's (sroi_cli.catalogue.problem_text): the domain says only which.


def distinct(problems: Iterable[Problem]) -> list[Problem]:
    """Each problem once, in order: one found twice at one place (a nested contribution inherits its
    contract's id, and its line, so a BSN in that id is found there twice) is one line."""
    seen: dict[tuple[Location, str, tuple[tuple[str, Words], ...]], Problem] = {}
    for p in problems:
        seen.setdefault((p.location, p.key, tuple(sorted(p.params.items()))), p)
    return list(seen.values())


class SroiError(Exception):
    """Base of every expected failure; carries one or more located problems."""

    exit_code = 1

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = distinct([problems] if isinstance(problems, Problem) else problems)
        # The keys only, never a sentence or an input value (which may hold a BSN).
        super().__init__("; ".join(f"{visible(mask_bsn(str(p.location)))}: {p.key}" for p in self.problems))


class InputError(SroiError):
    """An input file is unreadable or invalid (exit 3)."""

    exit_code = 3


class RulesError(SroiError):
    """A rule set is invalid, or no version is in force on the date asked (exit 4)."""

    exit_code = 4


class UsageError(SroiError):
    """The command was asked for something it cannot do as asked (exit 2, like Typer's own)."""

    exit_code = 2


class OutputError(SroiError):
    """The report could not be written: a missing folder, a directory, read-only, a full disk (exit 5).

    An older report at that path is kept, and no temporary file is left behind.
    """

    exit_code = 5
