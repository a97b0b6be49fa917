"""Read an authority map (`--authorities map.yaml`: authority name or KvK → rule-set id)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sroi_cli.domain.coverage import AuthorityMap, kvk_key, name_key
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.location import Location
from sroi_cli.io.records import unknown_key_problem
from sroi_cli.io.rules_loader import RuleLibrary
from sroi_cli.io.yamlsafe import YMap

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "authorities.yaml"
_TOP = ("schema", "authorities")


def load_authorities(path: Path | None, known: set[str]) -> AuthorityMap:
    """The user's map (if any) before the bundled one; every entry must name a known rule set."""
    bundled = _read(BUNDLED, str(BUNDLED.name), known)
    if path is None:
        return bundled
    own = _read(path, str(path), known)
    return AuthorityMap(names={**bundled.names, **own.names}, kvk={**bundled.kvk, **own.kvk})


def _read(path: Path, name: str, known: set[str]) -> AuthorityMap:
    from sroi_cli.io.files import read_yaml_doc

    doc = read_yaml_doc(path, name)
    if not isinstance(doc, YMap) or not isinstance(doc.get("authorities"), YMap):
        raise InputError(Problem(name, "public_bad_map", {}))
    problems = [
        unknown_key_problem(Location(name, line=doc.key_lines[k]), str(k), _TOP) for k in doc if k not in _TOP
    ]
    entries: YMap = doc["authorities"]
    names: dict[str, str] = {}
    kvk: dict[str, str] = {}
    for key, rules in entries.items():
        where = Location(name, line=entries.key_lines[key])
        if not isinstance(rules, str) or rules not in known:
            problems.append(
                Problem(
                    where,
                    "public_unknown_rules",
                    {"found": str(rules)[:60], "known": ", ".join(sorted(known))},
                )
            )
            continue
        text_key = str(key).strip()
        if text_key.isdigit():
            kvk[kvk_key(text_key)] = rules
        else:
            names[name_key(text_key)] = rules
    if problems:
        raise InputError(problems)
    return AuthorityMap(names=names, kvk=kvk)


# What check, batch and validate use for public data read this run (set by the run's settings).
_RUN: dict[str, Any] = {}


def set_for_run(path: Path | None, library: RuleLibrary) -> None:
    """Read the run's map now (a bad map fails before any input is read); the bundled one alone
    is read when a public-data file first needs it."""
    _RUN.clear()
    _RUN["library"] = library
    if path is not None:
        _RUN["map"] = load_authorities(path, set(library.ids()))


def current() -> tuple[AuthorityMap, RuleLibrary]:
    """The run's map (the user's before the bundled one, or the bundled one) and rule library."""
    library = _RUN.get("library")
    if library is None:
        library = _RUN["library"] = RuleLibrary()
    found = _RUN.get("map")
    if found is None:
        found = _RUN["map"] = load_authorities(None, set(library.ids()))
    return found, library
