"""Find and read every input file (YAML, Excel, CSV pairs, folders) into one portfolio."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Origin, Portfolio
from sroi_cli.domain.privacy import file_label
from sroi_cli.io import limits
from sroi_cli.io.records import RawRecord, collect_portfolio

YAML_SUFFIXES = {".yaml", ".yml"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
JSON_SUFFIXES = {".json", ".jsonl", ".gz"}  # OCDS data (public tender data)
SUFFIXES = YAML_SUFFIXES | EXCEL_SUFFIXES | JSON_SUFFIXES | {".csv"}


CONTRACT_STEMS = ("contracts", "contracten")
CONTRIBUTION_STEMS = ("contributions", "bijdragen")


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; folders searched (sorted) for inputs. CSV contributions ride with contracts:
    a contributions CSV is read through its contracts CSV, and stays on the list (to be refused)
    only when it has none.

    In a folder, the reports sroi wrote itself are left out (`own_reports`); an entry that is no
    regular file (a FIFO, a link to a device) is kept, for its reader to refuse with a line.
    """
    found = [path for path, skipped in _walk(paths) if not skipped]
    return list(dict.fromkeys(_through_contracts(p) for p in found))


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
    return path.suffix.lower() in SUFFIXES


def is_contributions_csv(path: Path) -> bool:
    stem = path.stem.lower()
    return path.suffix.lower() == ".csv" and any(s in stem for s in CONTRIBUTION_STEMS)


def partner(path: Path, stems: tuple[str, ...], others: tuple[str, ...]) -> Path | None:
    """The file next to `path` named as it is with one of `stems` turned into one of `others`, in
    any case: `Contracts.csv` pairs with `Contributions.csv`, `contracten.csv` with `BIJDRAGEN.csv`."""
    name = path.name.lower()
    wanted = {name.replace(stem, other) for stem in stems if stem in name for other in others} - {name}
    try:
        siblings = sorted(path.parent.iterdir())
    except OSError:
        return None
    # not only regular files: a partner that is a FIFO or a device is refused with a line, not ignored
    return next((p for p in siblings if p.name.lower() in wanted and not p.is_dir()), None)


def _through_contracts(path: Path) -> Path:
    if not is_contributions_csv(path):
        return path
    return partner(path, CONTRIBUTION_STEMS, CONTRACT_STEMS) or path


def _read_bytes(path: Path, name: str) -> bytes:
    """The whole file, if it is a regular one and no larger than `file_mb` (counted as it is read)."""
    from sroi_cli.io.files import read_limited

    return read_limited(path, name, limits.current().file_mb * 2**20, "file_mb")


def _read_one(
    path: Path, data: bytes, name: str, problems: list[Problem]
) -> tuple[Iterator[RawRecord], list[tuple[str, bytes]]]:
    """The records of one input (a workbook's as its rows are read, its problems then added to
    `problems`), and every further file read for it (a CSV pair's contributions)."""
    from sroi_cli.io.own_reports import ANNOTATED, mark_of

    mark = mark_of(data, path.suffix.lower())
    if mark is not None and mark != ANNOTATED:  # an annotated copy still holds its source's rows
        raise InputError(Problem(name, "sroi_report", {"marker": mark}))
    if path.suffix.lower() == ".csv":
        records, more = _read_csv_pair(path, data, name)
        return iter(records), more
    return _read_single(path, data, name, problems), []


def _read_single(path: Path, data: bytes, name: str, problems: list[Problem]) -> Iterator[RawRecord]:
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES | JSON_SUFFIXES:  # TenderNed's dataset or OCDS, by content
        from sroi_cli.io.public import read_public, records_of

        lots = read_public(path, data, name)
        if lots is not None:
            return iter(records_of(lots, name))
    if suffix in YAML_SUFFIXES:
        from sroi_cli.io.yaml_input import read_yaml_input

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(Problem(name, "unreadable", {"reason": Term("not_utf8_text")})) from None
        return iter(read_yaml_input(text, name))
    if suffix in EXCEL_SUFFIXES:
        from sroi_cli.io.excel import excel_records

        return _guarded(excel_records(path, name, problems), problems)
    raise InputError(
        Problem(
            name,
            "unsupported_file",
            {
                "suffix": suffix or "(none)",
                "expected": ".yaml, .yml, .xlsx, a .csv pair, or OCDS .json/.jsonl/.jsonl.gz",
            },
        )
    )


def _guarded(records: Iterator[RawRecord], problems: list[Problem]) -> Iterator[RawRecord]:
    """The records until a reader gives up on the whole file: then its problems join `problems`."""
    try:
        yield from records
    except InputError as error:
        problems.extend(error.problems)


def _read_csv_pair(path: Path, data: bytes, name: str) -> tuple[list[RawRecord], list[tuple[str, bytes]]]:

    if is_contributions_csv(path):  # `expand` found no contracts CSV next to it
        raise InputError(Problem(name, "contributions_alone"))
    problems: list[Problem] = []
    records = _csv_records(data, name, "contract", problems)
    found = partner(path, CONTRACT_STEMS, CONTRIBUTION_STEMS)
    if found is None:
        read = []
    else:
        other = str(Path(name).with_name(found.name))
        more = _read_bytes(found, other)
        records += _csv_records(more, other, "contribution", problems)
        read = [(other, more)]
    if problems:  # both files' problems at once, not the first file's alone
        raise InputError(problems)
    return records, read


def _csv_records(data: bytes, name: str, kind: str, problems: list[Problem]) -> list[RawRecord]:
    from sroi_cli.io.csvfiles import read_csv

    try:
        return read_csv(data, name, kind)
    except InputError as error:
        problems += error.problems
        return []


def read_input(path: Path) -> tuple[list[RawRecord], list[tuple[str, bytes]]]:
    """One input file's records and every file read for it, or an InputError: the one way `check`,
    `batch` and `validate` read a file, so they refuse the same files (a blank template too)."""
    problems: list[Problem] = []
    stream, read = stream_input(path, problems)
    found = list(stream)
    if problems:
        raise InputError(problems)
    return found, read


def stream_input(path: Path, problems: list[Problem]) -> tuple[Iterator[RawRecord], list[tuple[str, bytes]]]:
    """`read_input` as a stream: the records as they are read, and the files read for it. A file
    that cannot be opened at all raises an InputError here; what is wrong inside it (a cell, the
    number of rows, no row at all) joins `problems` as its records pass, and the stream ends."""
    name = file_label(path)
    data = _read_bytes(path, name)
    found, more = _read_one(path, data, name, problems)
    return _checked(found, name, problems), [(name, data), *more]


def _checked(records: Iterator[RawRecord], name: str, problems: list[Problem]) -> Iterator[RawRecord]:
    """Every reader's bounds: at most `rows` records, and at least one contract or contribution
    (a template with headers and no row) unless the file said what else is wrong with it."""
    most, rows, before = limits.current().rows, False, len(problems)
    for count, record in enumerate(records, start=1):
        if count > most:
            problems.append(limits.refuse(name, "what_rows", f"{most} (rows)"))
            return
        rows = rows or record.kind in ("contract", "contribution")
        yield record
    if not rows and len(problems) == before:
        problems.append(Problem(name, "no_contract_rows"))


def check_file(
    path: Path, allow_bsn: bool = False, earlier: dict[str, Origin] | None = None
) -> tuple[Portfolio, list[Problem]]:
    """One file read for `validate`: its valid records, and every problem of the rest (not raised).

    `earlier`: where the files checked before first held each contract id (see collect_portfolio).
    """
    try:
        records, read = read_input(path)
    except InputError as error:
        return Portfolio(contracts=(), contributions=()), error.problems
    return collect_portfolio(records, _digests(read), allow_bsn, earlier)


def _digests(files: list[tuple[str, bytes]]) -> list[tuple[str, str]]:
    return [(name, hashlib.sha256(data).hexdigest()) for name, data in files]


def _read_all(paths: list[Path]) -> tuple[list[RawRecord], list[Problem], list[tuple[str, str]]]:
    """Every record of every readable file, the problems of the others, and the files' digests."""
    files = expand(paths)
    if not files:
        raise InputError(Problem(", ".join(map(str, paths)), "no_input"))
    records: list[RawRecord] = []
    problems: list[Problem] = []
    digests: list[tuple[str, str]] = []
    for path in files:
        try:
            found, read = read_input(path)
        except InputError as error:
            problems.extend(error.problems)
            continue
        records.extend(found)
        digests += _digests(read)
    return records, problems, digests


def load_portfolio(paths: list[Path], allow_bsn: bool = False) -> Portfolio:
    """Read every input; raise one InputError listing every problem in every file.

    Each record is validated as it is read and the raw row let go at once, so a million-row
    workbook is never a million raw rows in memory. The readers' problems are said alone, as
    when every file was read before any record was validated."""
    files = expand(paths)
    if not files:
        raise InputError(Problem(", ".join(map(str, paths)), "no_input"))
    problems: list[Problem] = []
    digests: list[tuple[str, str]] = []
    kinds: set[str] = set()
    stream = _every_record(files, problems, digests, kinds)
    portfolio, found = collect_portfolio(stream, digests, allow_bsn)  # the digests, once all are read
    if problems:
        raise InputError(problems)
    if "contract" not in kinds:  # headers, but no row filled in
        raise InputError([Problem(name, "no_contract_rows") for name, _ in digests])
    if found:
        raise InputError(found)
    return portfolio


def _every_record(
    files: list[Path], problems: list[Problem], digests: list[tuple[str, str]], kinds: set[str]
) -> Iterator[RawRecord]:
    for path in files:
        try:
            stream, read = stream_input(path, problems)
        except InputError as error:
            problems.extend(error.problems)
            continue
        digests += _digests(read)
        del read  # the file's bytes: digested, and read again by its reader where it needs them
        for record in stream:
            kinds.add(record.kind)
            yield record


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
