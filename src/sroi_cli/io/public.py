"""Public tender data recognised by content: TenderNed's workbook or OCDS JSON, read into lots."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sroi_cli.domain.public import PublicLot
from sroi_cli.io import limits

EXCEL = {".xlsx", ".xlsm"}


def read_public(path: Path, data: bytes, name: str) -> list[PublicLot] | None:
    """The lots of a public-data file, or None when it is not one (then it is sroi's own input)."""
    from sroi_cli.io.ocds import looks_like_ocds, read_ocds

    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in EXCEL:
        from sroi_cli.io.tenderned import read_dataset

        return read_dataset(path, name)
    if looks_like_ocds(data):
        return read_ocds(data, name)
    return None


def read_bytes(path: Path, name: str) -> bytes:
    """The whole file, if it is a regular one and no larger than `file_mb` (counted as it is read)."""
    from sroi_cli.io.files import read_limited

    return read_limited(path, name, limits.current().file_mb * 2**20, "file_mb")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
