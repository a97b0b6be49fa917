"""Write an output file whole or not at all, and never leave a partial file behind.

On Linux the data goes to an unnamed file (O_TMPFILE) that gets a name only when it is complete, so
even a killed run leaves nothing; elsewhere a hidden temporary file beside the target is renamed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask  # an ordinary file, as the user's umask says


def _unnamed(folder: Path) -> int | None:
    """An unnamed file in `folder` that can be given a name later, or None where that cannot be."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        fd = os.open(folder, flag | os.O_WRONLY, _mode())
    except OSError:  # a file system without O_TMPFILE
        return None
    probe = folder / f".sroi-probe.{secrets.token_hex(6)}"
    try:
        os.link(f"/proc/self/fd/{fd}", probe, follow_symlinks=True)
        os.unlink(probe)
        return fd
    except OSError:  # some sandboxes refuse linkat through /proc: fall back to a named temp file
        os.close(fd)
        return None


def unnamed_files_work(folder: Path) -> bool:
    fd = _unnamed(folder)
    if fd is None:
        return False
    os.close(fd)
    return True


def _name(fd: int, path: Path) -> None:
    """Give the finished unnamed file its name, replacing any file there at once."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
    # linkat(AT_SYMLINK_FOLLOW) names the open file itself; the name lives a moment, for the replace
    os.link(f"/proc/self/fd/{fd}", temp, follow_symlinks=True)
    os.replace(temp, path)


@contextlib.contextmanager
def atomic_binary(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream; on success it replaces `path` at once, on failure it vanishes.

    A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written to as it is: a finished file
    renamed over it would replace the device itself.
    """
    if _is_special(path):
        with path.open("wb") as stream:
            yield stream
        return
    folder = path.resolve().parent
    fd = _unnamed(folder)
    if fd is not None:
        try:
            with os.fdopen(fd, "wb", closefd=False) as stream:
                yield stream
                stream.flush()
            os.fsync(fd)
            _name(fd, path)
        finally:
            os.close(fd)  # an unnamed file that never got its name is gone with its descriptor
        return
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.chmod(temp, _mode())
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
