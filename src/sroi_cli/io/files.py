"""Open input files: only regular files, and never more bytes than the limit, whatever stat says.

`st_size` is 0 for a FIFO, a device and many files under /proc, and a file may grow while it is
read; so the size is checked on the bytes actually read, and anything but a regular file (a FIFO
that would block, /dev/zero that never ends, a folder given as a file) is refused before it is
opened — the open itself never blocks, and a file swapped for another in between is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem, SroiError, Words

CHUNK = 2**20
_KINDS = (
    (stat.S_ISDIR, Term("is_folder")),
    (stat.S_ISFIFO, Term("is_fifo")),
    (stat.S_ISSOCK, Term("is_socket")),
    (stat.S_ISCHR, Term("is_device")),
    (stat.S_ISBLK, Term("is_device")),
)


def not_regular(mode: int) -> Term | None:
    """The sentence key saying what a non-regular file is, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), Term("is_special"))


def refuse_special(path: Path, name: str, error: type[SroiError] = InputError) -> os.stat_result:
    """The file's status; an `error` unless it is a regular file (a symlink counts as its target)."""
    try:
        status = path.stat()
    except OSError as failure:
        raise error(Problem(name, "unreadable", {"reason": os_reason(failure)})) from None
    kind = not_regular(status.st_mode)
    if kind is not None:
        raise error(Problem(name, "unreadable", {"reason": kind}))
    return status


def read_limited(
    path: Path, name: str, limit: int, limit_name: str, error: type[SroiError] = InputError
) -> bytes:
    """Every byte of one regular file, refused as soon as more than `limit` bytes have been read."""
    before = refuse_special(path, name, error)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as failure:
        raise error(Problem(name, "unreadable", {"reason": os_reason(failure)})) from None
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            raise error(
                Problem(name, "unreadable", {"reason": not_regular(now.st_mode) or Term("file_changed")})
            )
        return _read_fd(fd, name, limit, limit_name, error)
    finally:
        os.close(fd)


def _read_fd(fd: int, name: str, limit: int, limit_name: str, error: type[SroiError]) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        try:  # whole chunks: some files (/proc/self/pagemap) refuse reads of odd sizes
            chunk = os.read(fd, CHUNK)
        except OSError as failure:
            raise error(Problem(name, "unreadable", {"reason": os_reason(failure)})) from None
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > limit:  # one byte past the limit is enough to know
            params: dict[str, Words] = {"what": Term("what_file"), "limit": f"{_size(limit)} ({limit_name})"}
            raise error(Problem(name, "too_large", params))
        parts.append(chunk)


def _size(limit: int) -> str:
    return f"{limit // 2**20} MiB" if limit >= 2**20 and limit % 2**20 == 0 else f"{limit} bytes"


_ERRNO = {
    errno.ENOENT: Term("no_such_file"),
    errno.EISDIR: Term("is_folder"),
    errno.EACCES: Term("no_permission"),
    errno.EPERM: Term("no_permission"),
    errno.ENOSPC: Term("disk_full"),
    errno.EROFS: Term("read_only"),
}


def os_reason(failure: OSError) -> Words:
    """Why the system refused a file, in the reader's language for the common reasons; any other
    in the system's own words (its message, which is not sroi's to translate)."""
    found = _ERRNO.get(failure.errno or 0)
    return found if found is not None else (failure.strerror or str(failure))


def read_yaml_bytes(path: Path, name: str, error: type[SroiError] = InputError) -> bytes:
    """A YAML file's bytes, read as `read_limited` reads, within `yaml_mb`."""
    from sroi_cli.io import limits

    return read_limited(path, name, limits.current().yaml_mb * 2**20, "yaml_mb", error)


def read_yaml_text(path: Path, name: str, error: type[SroiError] = InputError) -> str:
    """A YAML file's text (UTF-8, a BOM allowed), read as `read_limited` reads, within `yaml_mb`."""
    data = read_yaml_bytes(path, name, error)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise error(Problem(name, "unreadable", {"reason": Term("not_utf8_text")})) from None


def read_yaml_doc(path: Path, name: str) -> Any:
    """A YAML file's document, read as `read_yaml_text` reads; a fault in its YAML is an input error
    at its line (the caller checks the document's shape)."""
    from sroi_cli.io.yamlsafe import YamlProblem, load_yaml

    text = read_yaml_text(path, name)
    try:
        return load_yaml(text, name)
    except YamlProblem as error:
        raise InputError(error.problem) from None
