"""`--columns map.yaml|preset`: a register's own headers mapped onto sroi's fields for one run.

A map names, per table kind, header → field (a field of sroi's input, or "-" to read a column
past), and may name the encoding its CSV files use (the Rijk's register: Windows-1252).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.location import Location
from sroi_cli.io.yamlsafe import YMap

PRESETS = Path(__file__).resolve().parent.parent / "data" / "columns"
IGNORE = "-"
_TOP = ("schema", "encoding", "contract", "contribution")


@dataclass(frozen=True)
class ColumnMap:
    headers: dict[str, dict[str, str]] = field(default_factory=dict)  # kind → normalised header → field
    encoding: str | None = None


_RUN: list[ColumnMap] = [ColumnMap()]


def presets() -> list[str]:
    return sorted(p.stem for p in PRESETS.glob("*.yaml"))


def set_for_run(spec: str | None) -> None:
    """Use a preset's or a file's map this run; none: sroi's own headers only."""
    _RUN[0] = ColumnMap() if spec is None else load_columns(spec)


def current() -> ColumnMap:
    return _RUN[0]


def load_columns(spec: str) -> ColumnMap:
    from sroi_cli.io.headers import normalise
    from sroi_cli.io.records import FIELDS, unknown_key_problem

    path = PRESETS / f"{spec}.yaml" if spec in presets() else Path(spec)
    name = str(path) if path.parent != PRESETS else f"preset {spec}"
    from sroi_cli.io.files import read_yaml_doc

    doc = read_yaml_doc(path, name)  # a regular file, within yaml_mb
    if not isinstance(doc, YMap):
        raise InputError(Problem(name, "columns_bad_map", {"presets": ", ".join(presets())}))
    problems = [
        unknown_key_problem(Location(name, line=doc.key_lines[k]), str(k), _TOP) for k in doc if k not in _TOP
    ]
    headers: dict[str, dict[str, str]] = {}
    for kind in ("contract", "contribution"):
        entries = doc.get(kind) or YMap()
        known = [*FIELDS[kind], IGNORE]
        for header, target in entries.items():
            where = Location(name, line=entries.key_lines[header])
            if target not in known:
                problems.append(unknown_key_problem(where, str(target), known))
                continue
            headers.setdefault(kind, {})[normalise(header)] = str(target)
    encoding = doc.get("encoding")
    if encoding is not None and not _known_encoding(str(encoding)):
        where = Location(name, line=doc.key_lines["encoding"])
        problems.append(Problem(where, "columns_encoding", {"found": str(encoding)[:40]}))
    if problems:
        raise InputError(problems)
    return ColumnMap(headers=headers, encoding=str(encoding) if encoding else None)


def _known_encoding(name: str) -> bool:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
