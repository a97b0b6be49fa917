"""Read contracts.csv or contributions.csv (comma or semicolon, UTF-8) into raw records."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Origin, RowPlaces
from sroi_cli.domain.location import Location
from sroi_cli.io import limits
from sroi_cli.io.files import os_reason
from sroi_cli.io.headers import KEY_FIELD, HeaderMatch, is_blank, match_headers
from sroi_cli.io.records import RawRecord, notice_records

_DELIMITERS = (",", ";", "\t")


def read_csv(source: Path | bytes, name: str, kind: str) -> list[RawRecord]:
    """Every record of one CSV file (or its bytes, already read) of `kind` ("contract" or
    "contribution"), or one InputError."""
    text = _decode(source, name)
    delimiter = _sniff(text)
    problems: list[Problem] = []
    rows = _rows(text, delimiter, name, problems)
    header = next(((line, cells) for line, cells in rows if not _is_empty(cells)), None)
    if header is None:
        raise InputError(problems or Problem(name, "unreadable", {"reason": Term("empty_file")}))
    line, headers = header
    where = Location(name, line=line)
    match = match_headers(((i, h, where) for i, h in enumerate(headers)), kind)
    problems += match.problems
    if KEY_FIELD[kind] not in match.where:
        problems += match.unread_as_unknown()
        problems.append(Problem(where, "missing_column", {"field": KEY_FIELD[kind]}))
    records: list[RawRecord] = notice_records(match.ignored)
    most = limits.current().rows
    for line, cells in rows:
        if len(records) >= most:  # stop reading: an absurd row count is refused, not parsed
            raise InputError(limits.refuse(Location(name, line=line), "what_rows", f"{most} (rows)"))
        record = _record(line, cells, len(headers), match, kind, name, problems)
        if record is not None:
            records.append(record)
    if problems:
        raise InputError(problems)
    return records


def _decode(source: Path | bytes, name: str) -> str:
    try:
        data = source if isinstance(source, bytes) else source.read_bytes()
    except OSError as error:
        raise InputError(Problem(name, "unreadable", {"reason": os_reason(error)})) from None
    data = data.removeprefix(codecs.BOM_UTF8)
    from sroi_cli.io.columns import current

    encoding = current().encoding
    if encoding is not None and encoding.replace("-", "").lower() not in ("utf8", "utf8sig"):
        try:  # a register that says it writes Windows-1252 still may have been saved as UTF-8
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            Problem(Location(name, line=line), "not_utf8", {"byte": f"{data[error.start]:02X}"})
        ) from None


def _sniff(text: str) -> str:
    """The delimiter the header line uses most: comma, semicolon (Dutch Excel) or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: counts[d])  # a tie keeps the comma


def _rows(text: str, delimiter: str, name: str, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """Each record with the line it starts on (a quoted value may span lines). A fault is one
    problem and reading goes on after it, so every problem of the file is said: a quote that does not
    close on its line, and closes nowhere or only amid a later line (which would swallow the lines
    between as one value), skips its own line only."""
    source = io.StringIO(text, newline="")
    base = 0  # the physical lines read before the current reader started
    while True:
        reader = csv.reader(source, delimiter=delimiter)
        line, start, read = base + 1, source.tell(), 0
        try:
            for cells in reader:
                end = source.tell()
                lines = reader.line_num - read > 1
                if (lines or end == len(text)) and _unterminated(text[start:end], lines, delimiter):
                    problems.append(Problem(Location(name, line=line), "csv_unterminated_quote"))
                    source.seek(start)
                    source.readline()  # past the line the quote opens on
                    base = line
                    break
                yield line, cells
                line, start, read = base + reader.line_num + 1, end, reader.line_num
            else:
                return
        except csv.Error as error:
            problems.append(Problem(Location(name, line=line), "csv_syntax", {"reason": str(error)}))
            base += reader.line_num  # the bad line was read: go on after it


def _unterminated(raw: str, lines: bool, delimiter: str) -> bool:
    """A record (its text `raw`) read over several `lines` that strict CSV refuses, or the last one
    ending the file inside a quote: a quote opened on its first line that does not close where it
    should."""
    if '"' not in raw:
        return False
    try:
        for _ in csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return lines or "unexpected end of data" in str(error)
    return False


def _is_empty(cells: list[str]) -> bool:
    return all(is_blank(cell) for cell in cells)


def _record(
    line: int,
    cells: list[str],
    width: int,
    match: HeaderMatch,
    kind: str,
    name: str,
    problems: list[Problem],
) -> RawRecord | None:
    if _is_empty(cells):
        return None
    extra = sum(1 for cell in cells[width:] if not is_blank(cell))
    if extra:
        problems.append(Problem(Location(name, line=line), "extra_cells", {"count": str(extra)}))
    values = {
        field: cells[i] for i, field in match.columns.items() if i < len(cells) and not is_blank(cells[i])
    }
    # every field of a CSV row is at its line: one place, shared, not one each
    fields = RowPlaces(_same_place(tuple(match.columns.values())), line)
    return RawRecord(kind, values, Origin(file=name, place=Location(line=line), fields=fields))


@lru_cache(maxsize=8)
def _same_place(fields: tuple[str, ...]) -> dict[str, str]:
    return dict.fromkeys(fields, "")
