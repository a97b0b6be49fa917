"""The .xlsx zip package read directly: sheet parts, merged ranges and formula hints, size limits."""

from __future__ import annotations

import posixpath
import re
import zipfile
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem, Words
from sroi_cli.io import limits
from sroi_cli.io.files import os_reason
from sroi_cli.io.values import clip
from sroi_cli.io.xlsx_extent import Extent, column_letters

RATIO_FROM = 2**20  # small parts may compress very well; the ratio counts from 1 MiB unpacked
SCAN_CHUNK = 2**22  # bytes of sheet XML read at a time by `scan_sheet`
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=[\"']([A-Z]+[0-9]+):([A-Z]+[0-9]+)[\"']")
_CELL = re.compile(r"([A-Z]+)([0-9]+)")


def open_package(path: Path, name: str, stack: ExitStack) -> tuple[zipfile.ZipFile, dict[str, str]]:
    """The open zip and each sheet's XML part by title; a file that is no workbook is an InputError."""
    try:
        if path.stat().st_size == 0:
            raise InputError(Problem(name, "unreadable", {"reason": Term("empty_file")}))
        archive = stack.enter_context(zipfile.ZipFile(path))
    except zipfile.BadZipFile as error:
        with path.open("rb") as handle:
            zipped = handle.read(4) == b"PK\x03\x04"  # a zip cut short, not some other file
        raise (damaged(name, error) if zipped else _not_xlsx(name)) from None
    except OSError as error:
        raise InputError(Problem(name, "unreadable", {"reason": os_reason(error)})) from None
    _check_sizes(archive, name)
    _check_entries(archive, name)
    return archive, _sheet_parts(archive, name)


PROLOG = 2**16  # bytes of each part looked at for a DOCTYPE: it can only stand before the root


def _check_entries(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse what no workbook holds, before any reader meets it: an encrypted entry, a zip method
    other than stored and deflated (AES is method 99), a DTD or entity in any XML part.

    Open Packaging forbids DTDs in a package's parts; openpyxl's full load (`--annotate`) parses
    docProps, which the value readers never do, so every part is looked at here, once for all.
    """
    for info in archive.infolist():
        part = clip(info.filename)
        if info.flag_bits & 0x1:
            raise InputError(Problem(name, "unreadable", {"reason": Term("encrypted_xlsx")}))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            params: dict[str, Words] = {
                "reason": Term("zip_method"),
                "part": part,
                "method": str(info.compress_type),
            }
            raise InputError(Problem(name, "unreadable", params))
    for info in archive.infolist():
        if info.is_dir():
            continue
        try:
            with archive.open(info) as stream:
                head = stream.read(PROLOG)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as error:
            raise damaged(name, error) from None
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise InputError(
                Problem(name, "unreadable", {"reason": Term("xml_entities"), "part": clip(info.filename)})
            )


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip bomb from the zip's own directory, before a byte is unpacked.

    Python's zip reader never unpacks more than a part's declared size, so these bounds hold.
    """
    bounds = limits.current()
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FROM and ratio > bounds.ratio:
            found = {"part": clip(info.filename), "ratio": f"{ratio:.0f}", "limit": f"{bounds.ratio} (ratio)"}
            raise InputError(Problem(name, "too_large_ratio", found))
    if total > bounds.unpacked_mb * 2**20:
        found = {"size": f"{total // 2**20} MiB", "limit": f"{bounds.unpacked_mb} MiB (unpacked_mb)"}
        raise InputError(Problem(name, "too_large_unpacked", found))


def damaged(where: str, error: BaseException) -> InputError:
    """A workbook that opens as a zip but breaks inside, said with the library's own reason."""
    detail = f"{type(error).__name__}: {error}"
    detail = detail if len(detail) <= 120 else detail[:117] + "..."
    return InputError(Problem(where, "unreadable", {"reason": Term("broken_xlsx"), "detail": detail}))


def _not_xlsx(name: str) -> InputError:
    return InputError(Problem(name, "unreadable", {"reason": Term("not_xlsx")}))


def _sheet_parts(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Sheet title → its XML part, found the way Excel does: package → workbook → sheets."""
    from defusedxml import ElementTree

    try:
        package = _relations(archive, "").values()
        workbook = next(target for kind, target in package if kind.endswith("/officeDocument"))
        root = ElementTree.fromstring(archive.read(workbook))
        if _local(root.tag) != "workbook":
            raise KeyError(workbook)
        targets = _relations(archive, workbook)
        sheets = [e for e in root.iter() if _local(e.tag) == "sheet"]
        ids = [next((v for k, v in e.attrib.items() if _local(k) == "id"), "") for e in sheets]
        return {e.get("name", ""): targets[i][1] for e, i in zip(sheets, ids, strict=True) if i in targets}
    except (KeyError, StopIteration, ValueError, SyntaxError, ElementTree.ParseError):
        raise _not_xlsx(name) from None


def _relations(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type, target part)."""
    from defusedxml import ElementTree

    folder, file = posixpath.split(part)
    root = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", f"{file}.rels")))
    relations = {}
    for rel in root:
        target = rel.get("Target", "")
        path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
        relations[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(path))
    return relations


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def scan_sheet(archive: zipfile.ZipFile, part: str | None, name: str) -> SheetScan:
    """What a sheet's raw XML says that a value reader may not: merged ranges, formulas, error cells.

    openpyxl's read-only mode, which big files need, keeps no merged ranges; calamine reads an error
    cell or a formula never calculated as an empty cell. One pass over the XML, searched with
    `bytes.find` rather than a regular expression (a 100.000-row sheet is a 100 MB part).
    """
    if part is None:
        return SheetScan(Merges(), formulas=True, uncached=True)  # cannot tell; read both sides
    scan = _Scanner()
    try:
        with archive.open(part) as stream:
            first = stream.read(SCAN_CHUNK)
            scan.prefix = sheet_prefix(first)
            for data in whole_rows(stream, scan.prefix, first):  # no cell is cut in two
                scan.feed(data)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as error:
        raise damaged(name, error) from None
    merges = Merges.parse((a.decode(), b.decode()) for a, b in scan.refs)
    return SheetScan(
        merges, scan.formulas, scan.uncached, scan.errors, scan.odd, scan.extent, scan.prefix or b""
    )


def check_extent(scan: SheetScan, where: str) -> None:
    """Refuse a sheet whose used range is past `--limit cells`, before a value reader allocates it."""
    extent, most = scan.extent, limits.current().cells
    if extent.area > most:
        corner = f"{column_letters(extent.columns).decode()}{extent.rows}"
        found = {
            "range": f"A1:{clip(corner, 20)}",
            "cells": f"{extent.area:,}".replace(",", "."),
            "limit": f"{most:,} (cells)".replace(",", "."),
        }
        raise InputError(Problem(where, "too_large_cells", found))


def sheet_prefix(head: bytes) -> bytes:
    """The namespace prefix of a sheet's tags (`x:` in `<x:worksheet>`), from its first bytes."""
    root = _ROOT.search(head)
    return (root.group(1) or b"") if root else b""


def whole_rows(stream: IO[bytes], prefix: bytes, first: bytes = b"") -> Iterator[bytes]:
    """A sheet part in pieces that each end after a row (the last: where the part ends).

    Each read is searched once and joined once, so a part with no row end for a long way (one huge
    cell) costs its size, not its size squared.
    """
    close = b"</" + prefix + b"row>"
    pending: list[bytes] = []
    carry = b""  # the end of what was read before, for a row end cut in two by the reads
    chunk = first or stream.read(SCAN_CHUNK)
    while chunk:
        window = carry + chunk
        end = window.rfind(close)
        if end == -1:
            pending.append(chunk)
        else:
            cut = end + len(close) - len(carry)
            pending.append(chunk[:cut])
            yield b"".join(pending)
            pending = [chunk[cut:]]
        carry = window[-(len(close) - 1) :]
        chunk = stream.read(SCAN_CHUNK)
    rest = b"".join(pending)
    if rest:
        yield rest


@dataclass
class SheetScan:
    """One sheet's raw XML, scanned: what the value readers need told."""

    merges: Merges
    formulas: bool = False  # a formula anywhere
    uncached: bool = False  # a formula without a saved result: only openpyxl shows its text
    errors: dict[int, dict[int, str]] = field(default_factory=dict)  # row → column → '#DIV/0!'
    odd: bool = False  # cells calamine may read differently: ISO dates, error cells without a place
    extent: Extent = field(default_factory=Extent)  # how far the cells reach
    prefix: bytes = b""  # the namespace prefix of the sheet's tags

    @property
    def plain(self) -> bool:
        """Whether calamine's values, with the error cells put back, are what openpyxl reads."""
        return not (self.uncached or self.odd)


_CACHED = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?>[^<]")  # a saved result that is not empty
_REF = re.compile(rb"\sr=[\"']([A-Z]+[0-9]+)[\"']")
_VALUE = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<")
_ROOT = re.compile(rb"<(\w+:)?(?:worksheet|chartsheet|dialogsheet)[\s>]")


class _Scanner:
    """Feeds on whole rows of sheet XML and keeps what `SheetScan` reports."""

    def __init__(self) -> None:
        self.refs: set[tuple[bytes, ...]] = set()
        self.formulas = self.uncached = self.odd = False
        self.errors: dict[int, dict[int, str]] = {}
        self.prefix: bytes | None = None
        self.extent = Extent()

    def feed(self, data: bytes) -> None:
        if self.prefix is None:
            self.prefix = sheet_prefix(data)
        self.extent.feed(data, self.prefix or b"")
        if not self.uncached:
            self._formulas(data)
        for quote in (b'"', b"'"):
            if b"t=" + quote + b"d" + quote in data:
                self.odd = True  # an ISO 8601 date cell
            self._errors(data, b"t=" + quote + b"e" + quote)
        at = data.find(b"mergeCell ")
        if at != -1:
            self.refs.update(m.groups() for m in _MERGE.finditer(data, max(0, at - 20)))

    def _formulas(self, data: bytes) -> None:
        tag, close = b"<" + (self.prefix or b"") + b"f", b"</" + (self.prefix or b"") + b"c>"
        at = data.find(tag)
        while at != -1:
            if data[at + len(tag) : at + len(tag) + 1] in (b">", b"/", b" ", b"\t", b"\n", b"\r"):
                self.formulas = True
                end = data.find(close, at)
                if end == -1 or not _CACHED.search(data, at, end):
                    self.uncached = True
                    return
            at = data.find(tag, at + 1)

    def _errors(self, data: bytes, token: bytes) -> None:
        cell, close = b"<" + (self.prefix or b"") + b"c", b"</" + (self.prefix or b"") + b"c>"
        at = data.find(token)
        while at != -1:
            begin, stop = data.rfind(b"<", 0, at), data.find(b">", at)
            head = data[begin:stop]
            if head.startswith(cell) and head[len(cell) : len(cell) + 1].isspace() and stop != -1:
                ref = _REF.search(head)
                end = data.find(close, stop)
                value = _VALUE.search(data, stop, end) if end != -1 and not head.endswith(b"/") else None
                if ref is None:
                    self.odd = True
                elif value is not None:
                    row, column = coordinate(ref.group(1).decode())
                    self.errors.setdefault(row, {})[column] = value.group(1).decode()
            at = data.find(token, at + 1)


@dataclass
class Merges:
    """The merged ranges of a sheet: each cell of a range reads as the range's top-left value."""

    ranges: list[tuple[int, int, int, int]] = field(default_factory=list)  # rows, then columns
    seen: dict[tuple[int, int], Any] = field(default_factory=dict)  # top-left cell → its value
    _tops: dict[int, list[int]] = field(default_factory=dict)  # first row → first columns
    _columns: dict[int, tuple[list[int], list[tuple[int, int, int]]]] = field(default_factory=dict)

    @classmethod
    def parse(cls, refs: Iterable[tuple[str, str]]) -> Merges:
        merges = cls()
        for first, last in refs:
            (top, left), (bottom, right) = coordinate(first), coordinate(last)
            merges.ranges.append((top, bottom, left, right))
            merges._tops.setdefault(top, []).append(left)
        return merges

    def remember(self, number: int, values: Sequence[Any]) -> None:
        """Keep the values of the top-left cells in row `number`, for the rows below it."""
        for left in self._tops.get(number, ()):
            self.seen[(number, left)] = values[left] if left < len(values) else None

    def anchor(self, number: int, column: int) -> tuple[int, int] | None:
        """The top-left cell of the range holding (number, column), unless it is that cell."""
        if column not in self._columns:
            spans = sorted((r[0], r[1], r[2]) for r in self.ranges if r[2] <= column <= r[3])
            self._columns[column] = ([span[0] for span in spans], spans)
        tops, spans = self._columns[column]
        index = bisect_right(tops, number) - 1  # merged ranges never overlap: one candidate
        if index < 0:
            return None
        top, bottom, left = spans[index]
        return (top, left) if number <= bottom and (number, column) != (top, left) else None


def coordinate(ref: str) -> tuple[int, int]:
    """'AB12' → (12, 27): the row number and the 0-based column."""
    match = _CELL.fullmatch(ref)
    if not match:
        raise ValueError(ref)
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column - 1


def column_letter(column: int) -> str:
    """27 → 'AB': the letters of a 0-based column."""
    number, letters = column + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
