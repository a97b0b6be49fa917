"""Write an output file whole or not at all: a temporary file beside it, renamed when complete."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_binary(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream; on success it replaces `path` at once, on failure it vanishes.

    A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written to as it is: renaming a file
    over it would replace the device itself.
    """
    if _is_special(path):
        with path.open("wb") as stream:
            yield stream
        return
    folder = path.resolve().parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
