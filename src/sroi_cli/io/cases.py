"""`sroi rules test`'s case files: found in a file, a folder, a rule-set folder or a bundled id, and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem, Words
from sroi_cli.domain.location import Location

_REQUIRED = ("as_of", "input", "expect")
_SUFFIXES = ("*.yaml", "*.yml")


def find_cases(target: str) -> list[tuple[Path, Path | None]]:
    """(case file, the rule-set folder it tests, if any), in a stable order."""
    path = Path(target)
    if not path.exists():
        from sroi_cli.io.rules_loader import RuleLibrary

        path = RuleLibrary().files(target)[0].parent  # a bundled id; an unknown one is refused here
    if not path.is_dir():  # a case file, or a FIFO or device its reader refuses with a line
        return [(path, None)]
    found: list[tuple[Path, Path | None]]
    if (path / "tests").is_dir():
        found = [(case, path) for case in _yaml_files(path / "tests")]
    elif any((sub / "tests").is_dir() for sub in path.iterdir()):
        subs = sorted(sub for sub in path.iterdir() if (sub / "tests").is_dir())
        found = [(case, sub) for sub in subs for case in _yaml_files(sub / "tests")]
    else:
        found = [(case, None) for case in _yaml_files(path)]
    if not found:
        raise InputError(Problem(str(path), "no_cases"))
    return found


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for pattern in _SUFFIXES for p in folder.glob(pattern) if not p.name.startswith("."))


def read_case(path: Path, name: str) -> Any:
    from sroi_cli.io.files import read_yaml_doc
    from sroi_cli.io.yamlsafe import YMap

    case = read_yaml_doc(path, name)  # a regular file, within yaml_mb
    if not isinstance(case, YMap):
        params: dict[str, Words] = {"found": type(case).__name__, "expected": Term("expect_mapping")}
        raise InputError(Problem(name, "wrong_shape", params))
    missing = [key for key in _REQUIRED if key not in case]
    if missing:
        raise InputError(
            [Problem(Location(name, line=case.line), "missing_field", {"field": key}) for key in missing]
        )
    return case


def beside(case: Path, name: str) -> Path | None:
    """The file or folder `name` next to a case file, when there is one (a case's own rules)."""
    near = case.parent / name
    return near if near.exists() else None
