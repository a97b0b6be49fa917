"""Find and read every input file (YAML, Excel, CSV pairs, folders) into one portfolio."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Portfolio
from sroi_cli.io import limits
from sroi_cli.io.records import RawRecord, build_portfolio, collect_portfolio

YAML_SUFFIXES = {".yaml", ".yml"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
SUFFIXES = YAML_SUFFIXES | EXCEL_SUFFIXES | {".csv"}


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders searched (sorted) for inputs. CSV contributions ride with contracts.

    In a folder, the reports sroi wrote itself are left out (`own_reports`); an entry that is no
    regular file (a FIFO, a link to a device) is kept, for its reader to refuse with a line.
    """
    return [path for path, skipped in _walk(paths) if not skipped]


def own_reports(paths: list[Path]) -> list[Path]:
    """The files in the folders among `paths` that sroi wrote itself, which `expand` leaves out."""
    return [path for path, skipped in _walk(paths) if skipped]


def _walk(paths: list[Path]) -> Iterator[tuple[Path, bool]]:
    from sroi_cli.io.own_reports import mark_of_file

    for path in paths:
        if not path.is_dir():
            yield path, False
            continue
        for found in sorted(path.rglob("*")):
            if _is_input(found) and not found.is_dir():
                yield found, mark_of_file(found) is not None


def _is_input(path: Path) -> bool:
    if path.name.startswith((".", "~$")):
        return False
    if path.suffix.lower() == ".csv":
        return "contributions" not in path.stem.lower() and "bijdragen" not in path.stem.lower()
    return path.suffix.lower() in SUFFIXES


def _read_bytes(path: Path, name: str) -> bytes:
    """The whole file, if it is a regular one and no larger than `file_mb` (counted as it is read)."""
    from sroi_cli.io.files import read_limited

    return read_limited(path, name, limits.current().file_mb * 2**20, "file_mb")


def _read_one(path: Path, data: bytes, name: str) -> list[RawRecord]:
    from sroi_cli.io.own_reports import ANNOTATED, mark_of

    suffix = path.suffix.lower()
    mark = mark_of(data, suffix)
    if mark is not None and mark != ANNOTATED:  # an annotated copy still holds its source's rows
        raise InputError(Problem(name, "sroi_report", {"marker": mark}))
    if suffix in YAML_SUFFIXES:
        from sroi_cli.io.yaml_input import read_yaml_input

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(Problem(name, "unreadable", {"reason": "not UTF-8 text"})) from None
        return read_yaml_input(text, name)
    if suffix in EXCEL_SUFFIXES:
        from sroi_cli.io.excel import read_excel

        return read_excel(path, name)
    if suffix == ".csv":
        return _read_csv_pair(path, name)
    raise InputError(
        Problem(
            name,
            "unsupported_file",
            {"suffix": suffix or "(none)", "expected": ".yaml, .yml, .xlsx or a .csv pair"},
        )
    )


def _read_csv_pair(path: Path, name: str) -> list[RawRecord]:
    from sroi_cli.io.csvfiles import read_csv

    records = read_csv(path, name, "contract")
    for stem in ("contributions", "bijdragen"):
        partner = path.with_name(path.name.lower().replace("contracts", stem).replace("contracten", stem))
        if partner != path and partner.is_file():
            records += read_csv(partner, str(Path(name).with_name(partner.name)), "contribution")
            break
    return records


def check_file(path: Path, allow_bsn: bool = False) -> tuple[Portfolio, list[Problem]]:
    """One file read for `validate`: its valid records, and every problem of the rest (not raised)."""
    name = str(path)
    try:
        data = _read_bytes(path, name)
        records = _read_one(path, data, name)
    except InputError as error:
        return Portfolio(contracts=(), contributions=()), error.problems
    return collect_portfolio(records, [(name, hashlib.sha256(data).hexdigest())], allow_bsn)


def _read_all(paths: list[Path]) -> tuple[list[RawRecord], list[Problem], list[tuple[str, str]]]:
    """Every record of every readable file, the problems of the others, and the files' digests."""
    files = expand(paths)
    if not files:
        raise InputError(Problem(", ".join(map(str, paths)), "no_input"))
    records: list[RawRecord] = []
    problems: list[Problem] = []
    digests: list[tuple[str, str]] = []
    for path in files:
        name = str(path)
        try:
            data = _read_bytes(path, name)
            found = _read_one(path, data, name)
        except InputError as error:
            problems.extend(error.problems)
            continue
        most = limits.current().rows
        if len(found) > most:  # every reader, whatever its own bounds
            problems.append(limits.refuse(name, "the number of rows", f"{most} (rows)"))
            continue
        records.extend(found)
        digests.append((name, hashlib.sha256(data).hexdigest()))
    return records, problems, digests


def load_portfolio(paths: list[Path], allow_bsn: bool = False) -> Portfolio:
    """Read every input; raise one InputError listing every problem in every file."""
    records, problems, digests = _read_all(paths)
    if problems:
        raise InputError(problems)
    if not any(record.kind == "contract" for record in records):  # headers, but no row filled in
        raise InputError([Problem(name, "no_contract_rows") for name, _ in digests])
    return build_portfolio(_one_by_one(records), digests, allow_bsn)


def collect_inputs(paths: list[Path], allow_bsn: bool = False) -> tuple[Portfolio, list[Problem]]:
    """Read every input, keeping what is valid: the portfolio of good records and every problem."""
    records, problems, digests = _read_all(paths)
    portfolio, more = collect_portfolio(_one_by_one(records), digests, allow_bsn)
    return portfolio, problems + more


def _one_by_one(records: list[RawRecord]) -> Iterator[RawRecord]:
    """The records in order, each let go of once validated: the raw rows and the models they become
    are never all in memory together."""
    records.reverse()
    while records:
        yield records.pop()
