"""Public tender data recognised by content: TenderNed's workbook or OCDS JSON, read into lots."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sroi_cli.domain.errors import InputError, Problem
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
    try:
        limit = limits.current().file_mb
        if path.stat().st_size > limit * 2**20:
            raise InputError(
                Problem(name, "too_large", {"what": "the file", "limit": f"{limit} MiB (file_mb)"})
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(Problem(name, "unreadable", {"reason": "is a folder"})) from None
    except FileNotFoundError:
        raise InputError(Problem(name, "unreadable", {"reason": "no such file"})) from None
    except OSError as error:
        raise InputError(Problem(name, "unreadable", {"reason": error.strerror or str(error)})) from None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
