"""The pseudonym key file: read when it is there (at most 4 KiB), else made once and kept private."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sroi_cli.io.files import read_limited


def read_or_make_key(path: Path) -> tuple[bytes, bool]:
    """The key kept in `path`, and whether it was just made (mode 0600, never over another file)."""
    if path.exists():  # a regular file of at most 4 KiB: a key, not whatever a link points at
        return read_limited(path, str(path), 4096, "a key file").strip(), False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as stream:
        stream.write(secrets.token_hex(32) + "\n")
    return read_limited(path, str(path), 4096, "a key file").strip(), True
