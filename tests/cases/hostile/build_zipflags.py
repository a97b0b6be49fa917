"""Workbooks whose zip entries or document properties are not what a reader expects (issue 10, item 5).

Run `python tests/cases/hostile/build_zipflags.py FOLDER` to write them; tests/cli/test_hostile_zip.py
builds them into a temporary folder. Each is the valid tender of build_sheets.py with one thing
changed: an entry flagged as encrypted, an entry stored with the AES method (99) or another method
no xlsx uses, and an XML entity (XXE, billion laughs) in docProps, which only `--annotate` reads.

`CASES` maps each file to the lines `sroi check FILE --as-of 2026-06-01 --lang en` prints on stderr
(exit 3); `ANNOTATE` lists the files that are also checked with `--annotate`.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_sheets import ZIP_TIME, package, tender

SHEET = "xl/worksheets/sheet2.xml"
CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>'
)
XXE = '<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = '<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'


def flagged(flag: int = 0, method: int | None = None, part: str = SHEET) -> Callable[[], bytes]:
    """The tender with one entry's general-purpose flags or compression method changed in place."""

    def make() -> bytes:
        data = bytearray(package(tender()))
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            info = archive.getinfo(part)
            local = info.header_offset
        for offset, at in _headers(bytes(data), part, local):
            (flags,) = struct.unpack_from("<H", data, offset + at)
            struct.pack_into("<H", data, offset + at, flags | flag)
            if method is not None:
                struct.pack_into("<H", data, offset + at + 2, method)
        return bytes(data)

    return make


def _headers(data: bytes, part: str, local: int) -> list[tuple[int, int]]:
    """Where the flags of `part` are: in its local header (offset 6) and its central entry (8)."""
    places = [(local, 6)]
    name = part.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        (size,) = struct.unpack_from("<H", data, at + 28)
        if data[at + 46 : at + 46 + size] == name:
            places.append((at, 8))
        at = data.find(b"PK\x01\x02", at + 4)
    return places


def with_core(doctype: str, title: str) -> Callable[[], bytes]:
    """The tender with a docProps/core.xml part (and its relationship) holding this DOCTYPE."""

    def make() -> bytes:
        source = zipfile.ZipFile(io.BytesIO(package(tender())))
        out = io.BytesIO()
        with source, zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                data = source.read(info)
                if info.filename == "_rels/.rels":
                    data = data.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                        b'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                        b"</Relationships>",
                    )
                target.writestr(info, data)
            core = zipfile.ZipInfo("docProps/core.xml", ZIP_TIME)
            core.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(core, CORE.format(doctype=doctype, title=title))
        return out.getvalue()

    return make


UNREADABLE = "sroi: {file}: cannot read the file: "
ENCRYPTED = UNREADABLE + "the workbook is encrypted (protected with a password); save it without one first"
METHOD = (
    UNREADABLE + "the workbook's part xl/worksheets/sheet2.xml is packed with zip method {method}, "
    "which no workbook uses (only stored and deflated are read)"
)
ENTITIES = (
    UNREADABLE + "the workbook's part docProps/core.xml declares XML entities or a DOCTYPE, "
    "which a workbook never needs"
)

CASES: dict[str, tuple[Callable[[], bytes], list[str]]] = {
    "encrypted-entry.xlsx": (flagged(flag=0x1), [ENCRYPTED]),
    "encrypted-workbook-part.xlsx": (flagged(flag=0x1, part="xl/workbook.xml"), [ENCRYPTED]),
    "aes-entry.xlsx": (flagged(flag=0x1, method=99), [ENCRYPTED]),
    "aes-method-only.xlsx": (flagged(method=99), [METHOD.replace("{method}", "99")]),
    "bzip2-entry.xlsx": (flagged(method=12), [METHOD.replace("{method}", "12")]),
    "lzma-entry.xlsx": (flagged(method=14), [METHOD.replace("{method}", "14")]),
    "xxe-core.xlsx": (with_core(XXE, "&xxe;"), [ENTITIES]),
    "laughs-core.xlsx": (with_core(LAUGHS, "&b;"), [ENTITIES]),
    "doctype-core.xlsx": (with_core("<!DOCTYPE cp:coreProperties>", "T"), [ENTITIES]),
}
ANNOTATE = [
    "xxe-core.xlsx",
    "laughs-core.xlsx",
    "doctype-core.xlsx",
    "encrypted-entry.xlsx",
    "aes-entry.xlsx",
]


def main(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (make, _) in CASES.items():
        (folder / name).write_bytes(make())
        made.append(folder / name)
    return made


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
