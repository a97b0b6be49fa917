"""The pseudonym key: from $SROI_PSEUDONYM_KEY, else a key file made once and kept private."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sroi_cli.domain.pseudonym import pseudonymise
from sroi_cli.domain.report import Report

KEY_ENV = "SROI_PSEUDONYM_KEY"


def key_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sroi" / "pseudonym.key"


def pseudonym_key() -> tuple[bytes, Path | None]:
    """The key, and the file it was just created in (None when it already existed or came from env)."""
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode("utf-8"), None
    from sroi_cli.io.files import read_limited

    path = key_file()
    if path.exists():  # a regular file of at most 4 KiB: a key, not whatever a link points at
        return read_limited(path, str(path), 4096, "a key file").strip(), None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as stream:
        stream.write(secrets.token_hex(32) + "\n")
    return path.read_bytes().strip(), path


def with_pseudonyms(report: Report) -> tuple[Report, Path | None]:
    key, created = pseudonym_key()
    return pseudonymise(report, key), created
