"""Read OCDS data (release packages, record packages, JSON lines, gzipped or not) into public lots.

Releases of one contracting process (one `ocid`) are merged into its compiled release by the
OCDS project's own library, `ocdsmerge`; a record's own compiled release is used as it is.
"""

from __future__ import annotations

import gzip
import io
import json
import warnings
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.location import Location
from sroi_cli.domain.public import PublicLot
from sroi_cli.io.ocds_lots import lots_of

GZIP_MAGIC = b"\x1f\x8b"
# The release schema's merge rules that matter here (OCDS 1.1, "Merging"): `id`, `date` and
# `tag` are release metadata and are dropped from a compiled release. Passing them, instead of
# the schema, keeps ocdsmerge from fetching the schema over the network.
MERGE_RULES: dict[tuple[str, ...], str] = {
    ("id",): "omitWhenMerged",
    ("date",): "omitWhenMerged",
    ("tag",): "omitWhenMerged",
}


def looks_like_ocds(data: bytes) -> bool:
    """JSON (or gzipped JSON) whose first object is a package, a record or a release."""
    head = _text(data[:65536] if not data.startswith(GZIP_MAGIC) else _gunzip(data, "", 65536))
    head = head.lstrip("\ufeff \t\r\n")
    if not head.startswith("{"):
        return False
    return any(key in head[:4096] for key in ('"releases"', '"records"', '"ocid"'))


def read_ocds(data: bytes, name: str) -> list[PublicLot]:
    """Every awarded or announced lot in the data, one compiled release per contracting process."""
    if data.startswith(GZIP_MAGIC):
        data = _gunzip(data, name)
    releases: dict[str, list[dict[str, Any]]] = {}
    compiled: dict[str, dict[str, Any]] = {}
    for line, obj in _objects(_text(data, name), name):
        _collect(obj, Location(name, line=line), releases, compiled)
    lots: list[PublicLot] = []
    for ocid, release in sorted(compiled.items()):
        lots.extend(lots_of(release, ocid, Location(name, field=ocid)))
    for ocid, found in sorted(releases.items()):
        if ocid not in compiled:
            lots.extend(lots_of(_merge(found, Location(name, field=ocid)), ocid, Location(name, field=ocid)))
    return lots


def _gunzip(data: bytes, name: str, most: int | None = None) -> bytes:
    try:
        if most is None:
            return gzip.decompress(data)
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return stream.read(most)
    except (OSError, EOFError) as error:
        if most is not None:
            return b""
        raise InputError(Problem(name, "unreadable", {"reason": f"not gzip: {error}"})) from None


def _text(data: bytes, name: str = "") -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not name:
            return data.decode("utf-8", "ignore")
        raise InputError(Problem(name, "unreadable", {"reason": Term("not_utf8_text")})) from None


def _int(text: str) -> int | Decimal:
    """A JSON integer; a long one as a Decimal (int() refuses more than 4.300 digits)."""
    return int(text) if len(text) <= 40 else Decimal(text)


def _objects(text: str, name: str) -> Iterator[tuple[int, Any]]:
    """One JSON document, or JSON lines: (line, object) each."""
    try:
        yield 1, json.loads(text, parse_float=Decimal, parse_int=_int)
        return
    except json.JSONDecodeError as whole:
        if whole.msg != "Extra data":
            raise InputError(_json_problem(name, whole)) from None
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line, parse_float=Decimal, parse_int=_int)
        except json.JSONDecodeError as error:
            problems.append(Problem(Location(name, line=number), "public_bad_json", {"detail": error.msg}))
    if problems:
        raise InputError(problems)


def _json_problem(name: str, error: json.JSONDecodeError) -> Problem:
    return Problem(Location(name, line=error.lineno), "public_bad_json", {"detail": error.msg})


def _collect(
    obj: Any, where: Location, releases: dict[str, list[dict[str, Any]]], compiled: dict[str, dict[str, Any]]
) -> None:
    """Sort one object into releases (by ocid) and records' compiled releases."""
    if not isinstance(obj, dict):
        raise InputError(Problem(where, "public_not_ocds", {"found": type(obj).__name__}))
    if isinstance(obj.get("records"), list):
        for record in obj["records"]:
            _collect(record, where, releases, compiled)
    elif isinstance(obj.get("releases"), list) and "ocid" not in obj:
        for release in obj["releases"]:
            _collect(release, where, releases, compiled)
    elif isinstance(obj.get("compiledRelease"), dict):
        compiled[str(obj.get("ocid") or obj["compiledRelease"].get("ocid"))] = obj["compiledRelease"]
    elif isinstance(obj.get("releases"), list):  # a record with releases but no compiled release
        for release in obj["releases"]:
            _collect(release, where, releases, compiled)
    elif isinstance(obj.get("ocid"), str):
        releases.setdefault(obj["ocid"], []).append(obj)
    else:
        raise InputError(Problem(where, "public_not_ocds", {"found": ", ".join(sorted(obj)[:5])}))


def _merge(releases: list[dict[str, Any]], where: Location) -> dict[str, Any]:
    """The compiled release of one process, by ocdsmerge."""
    import ocdsmerge
    from ocdsmerge.exceptions import OCDSMergeError

    if len(releases) == 1:
        return releases[0]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a repeated id is kept as the standard says: the last wins
            return ocdsmerge.Merger(merge_rules=MERGE_RULES).create_compiled_release(releases)  # type: ignore[no-any-return]
    except OCDSMergeError as error:
        raise InputError(Problem(where, "public_merge", {"detail": str(error)})) from None
