"""Recognise the files sroi wrote itself, so a report is never read back as an input.

Every report carries a marker (`domain.report.REPORT_MARK`): a custom document property
`sroi.report` in a workbook, a last header cell in a CSV, a first-line comment in Markdown, a
`generator` meta tag in HTML, the `schema` key in JSON. An annotated copy (`check --annotate`)
is marked `sroi.annotated/1`: it holds its source's rows, so a folder read skips it too.
Only a file's first bytes are looked at, and never more than a few KiB of one zip part.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import zipfile
from pathlib import Path

HEAD = 2**14  # bytes of a text file looked at for its marker
CUSTOM_PART = "docProps/custom.xml"
CUSTOM_MOST = 2**16  # a custom-properties part larger than this is no report of sroi's
_CUSTOM = re.compile(rb'name="sroi\.report"[^>]*>\s*<vt:lpwstr>(sroi\.[a-z]+/[0-9]+)</vt:lpwstr>')
_TEXT = re.compile(rb"sroi\.[a-z]+/[0-9]+")
_JSON = re.compile(rb'\A\s*\{\s*"schema"\s*:\s*"(sroi\.(?!rules/)[a-z-]+/[0-9]+)"')
# `rules show|list -f json`: a list of rule sets (a rule file itself is one mapping, and may be JSON)
_JSON_LIST = re.compile(rb'\A\s*\[\s*\{\s*"schema"\s*:\s*"(sroi\.[a-z-]+/[0-9]+)"')
# `sroi schema …`: a JSON Schema titled by sroi
_JSON_SCHEMA = re.compile(
    rb'\A\s*\{\s*"\$schema"\s*:\s*"https://json-schema\.org/[^"]*"\s*,\s*"title"\s*:\s*"sroi '
)
SCHEMA_MARK = "sroi.json-schema/1"
_MD = re.compile(rb"\A(?:\xef\xbb\xbf)?<!-- (sroi\.[a-z]+/[0-9]+) -->")
_HTML = re.compile(rb'<meta name="generator" content="(sroi\.[a-z]+/[0-9]+)">')
ANNOTATED = "sroi.annotated/1"


def mark_of_file(path: Path) -> str | None:
    """The marker of a regular file sroi wrote, else None (an input, or a file that cannot be read:
    its reader says why)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        suffix = path.suffix.lower()
        if suffix in (".xlsx", ".xlsm"):
            with zipfile.ZipFile(path) as archive:
                return _workbook_mark(archive)
        with path.open("rb") as handle:
            return mark_of(handle.read(HEAD), suffix)
    except Exception:  # a damaged or hostile file is its reader's to refuse, with a located line
        return None


def mark_of(data: bytes, suffix: str) -> str | None:
    """The marker in a file's bytes (all of them, or its first few KiB), else None."""
    suffix = suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return _workbook_mark(archive)
    except Exception:
        return None
    head = data[:HEAD]
    if suffix == ".csv":
        return _csv_mark(head)
    for pattern in (_JSON, _JSON_LIST, _MD, _HTML):
        found = pattern.search(head)
        if found:
            return found.group(1).decode("ascii")
    return SCHEMA_MARK if _JSON_SCHEMA.search(head) else None


def _workbook_mark(archive: zipfile.ZipFile) -> str | None:
    try:
        info = archive.getinfo(CUSTOM_PART)
    except KeyError:
        return None
    if info.file_size > CUSTOM_MOST or info.flag_bits & 0x1:  # too large, or encrypted
        return None
    found = _CUSTOM.search(archive.read(info))
    return found.group(1).decode("ascii") if found else None


def _csv_mark(head: bytes) -> str | None:
    first = head.split(b"\n", 1)[0].removeprefix(b"\xef\xbb\xbf").rstrip(b"\r")
    if not _TEXT.search(first):
        return None
    try:
        cells = next(csv.reader([first.decode("utf-8")], delimiter=_delimiter(first)), [])
    except (UnicodeDecodeError, csv.Error):
        return None
    last = cells[-1].strip() if cells else ""
    return last if _TEXT.fullmatch(last.encode("ascii", "replace")) else None


def _delimiter(line: bytes) -> str:
    return max((",", ";", "\t"), key=lambda d: line.count(d.encode()))
