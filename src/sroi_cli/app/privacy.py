"""The pseudonym key: from $SROI_PSEUDONYM_KEY, else a key file made once and kept private."""

from __future__ import annotations

import os
from pathlib import Path

from sroi_cli.domain.pseudonym import R, pseudonymise

KEY_ENV = "SROI_PSEUDONYM_KEY"


def key_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sroi" / "pseudonym.key"


def pseudonym_key() -> tuple[bytes, Path | None]:
    """The key, and the file it was just created in (None when it already existed or came from env)."""
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode("utf-8"), None
    from sroi_cli.io.keys import read_or_make_key

    path = key_file()
    key, made = read_or_make_key(path)
    return key, path if made else None


def with_pseudonyms(report: R) -> tuple[R, Path | None]:
    key, created = pseudonym_key()
    return pseudonymise(report, key), created
