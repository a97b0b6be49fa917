"""Write an output file whole or not at all, and never leave a partial file behind.

On Linux the data goes to an unnamed file (O_TMPFILE) that gets a name only when it is complete, so
even a killed run leaves nothing; elsewhere (other systems, some file systems and sandboxes) a hidden
temporary file beside the target is renamed, and removed again when the run fails or is stopped by
SIGINT or SIGTERM (the CLI turns both into exceptions). The moments a temporary name exists on disk
without its clean-up armed are run with those signals held back.

Any failure to write becomes an OutputError (exit 5) naming the output: the old file stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import OutputError, Problem, UsageError, Words
from sroi_cli.io.files import os_reason

_HELD = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block is done (a name made and its clean-up armed, or a
    rename finished); they are delivered right after it."""
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    except (AttributeError, OSError, ValueError):  # a system without signal masks
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


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
        with signals_held():
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
    temp = path.with_name(f"{_hidden(path)}{secrets.token_hex(6)}.part")
    # linkat(AT_SYMLINK_FOLLOW) names the open file itself; the name lives a moment, for the replace
    with signals_held():
        os.link(f"/proc/self/fd/{fd}", temp, follow_symlinks=True)
        try:
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


@contextlib.contextmanager
def atomic_binary(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream; on success it replaces `path` at once, on failure it vanishes.

    A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written to as it is: a finished file
    renamed over it would replace the device itself. Any OSError, from opening to the rename and
    from the writes in between, is an OutputError naming `path`.
    """
    try:
        with _atomic(path) as stream:
            kept = _Failing(stream)
            try:
                yield kept  # type: ignore[misc]
            except BaseException:
                kept.fail()
                raise
    except OSError as error:
        raise not_written(path, error) from None


class _Failing:
    """A stream that, once writing has failed, takes every later write quietly: the file is being
    thrown away, and a writer cleaning up late (a zip's central directory, written when the
    collector finds the zip) must not print "Exception ignored" under the one clear line. From
    then on only a position is kept, so such a writer's sums still add up."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._position: int | None = None  # set once failed

    @property
    def failed(self) -> bool:
        return self._position is not None

    def fail(self) -> None:
        if self._position is None:
            try:
                self._position = self._stream.tell()
            except (OSError, ValueError):
                self._position = 0

    def write(self, data: bytes) -> int:
        if self._position is not None:
            self._position += len(data)
            return len(data)
        try:
            return self._stream.write(data)
        except (OSError, ValueError):
            self.fail()
            raise

    def flush(self) -> None:
        if self._position is None:
            try:
                self._stream.flush()
            except OSError:
                self.fail()
                raise

    def tell(self) -> int:
        return self._stream.tell() if self._position is None else self._position

    def seek(self, offset: int, whence: int = 0) -> int:
        if self._position is None:
            return self._stream.seek(offset, whence)
        self._position = offset if whence == 0 else self._position + offset
        return self._position

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def reader_gone(stream: object) -> None:
    """The program reading stdout closed it (`sroi schema input | head`): it had all it wanted, which
    is no failure of ours. What is still buffered goes nowhere, so Python's own flush at exit does
    not complain either; the command keeps the exit code its result gave."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())  # type: ignore[attr-defined]
        os.close(devnull)


def not_written(path: Path | str, error: OSError) -> OutputError:
    """The one located line for an output that failed, with the system's reason."""
    return OutputError(Problem(str(path), "not_written", {"reason": os_reason(error)}))


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[BinaryIO]:
    if _is_special(path):
        with path.open("wb") as stream:
            yield stream
        return
    refuse_unwritable(path)
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
    with signals_held():  # the temporary name and its clean-up come into being together
        fd, temp = tempfile.mkstemp(prefix=_hidden(path), suffix=".part", dir=folder)
        return_to = _cleanup(temp)
    with return_to:
        os.chmod(temp, _mode())
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with signals_held():
            os.replace(temp, path)


@contextlib.contextmanager
def _cleanup(temp: str) -> Iterator[None]:
    """Remove the temporary file when the block fails in any way (an interrupt too)."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def refuse_unwritable(path: Path) -> None:
    """Refuse, before a long run, an output that cannot be: no name, a name longer than the folder
    allows, a folder, no such folder (each would fail only when the report is done)."""
    name = str(path)
    if path.name in ("", ".", ".."):
        raise OutputError(Problem(name, "not_written", {"reason": Term("empty_name")}))
    parent = path.parent
    try:
        most = os.pathconf(parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        most = 255
    length = len(os.fsencode(path.name))
    if length > most:
        params: dict[str, Words] = {"reason": Term("name_too_long"), "length": str(length), "most": str(most)}
        raise OutputError(Problem(name, "not_written", params))
    try:
        if path.is_dir():
            raise OutputError(Problem(name, "not_written", {"reason": Term("is_folder")}))
        if not parent.exists():
            params = {"reason": Term("no_folder"), "folder": str(parent)}
            raise OutputError(Problem(name, "not_written", params))
        if not parent.is_dir():
            params = {"reason": Term("not_a_folder"), "folder": str(parent)}
            raise OutputError(Problem(name, "not_written", params))
    except OSError as error:  # a path the system will not even look at (a loop of links, …)
        raise not_written(path, error) from None


def _hidden(path: Path) -> str:
    """The start of a temporary file's name: hidden, and short enough beside any legal name."""
    return f".{path.name[:40]}."


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def refuse_overwrite(output: Path | None, inputs: Iterable[Path]) -> None:
    """Before anything is read: an output that is one of the inputs — the same file, through `..`, a
    symlink or a hard link, or a file sroi would read inside an input folder — is a UsageError
    naming both (exit 2); an output that cannot be written at all is an OutputError (exit 5)."""
    if output is None or _is_special(output):  # -o /dev/null is written to, never replaced
        return
    refuse_unwritable(output)
    try:
        status = output.stat()
    except OSError:
        return  # nothing there yet, so no input either
    mine = (status.st_dev, status.st_ino)
    for given in inputs:
        for path in _files_read(given):
            try:
                theirs = path.stat()
            except OSError:
                continue
            if (theirs.st_dev, theirs.st_ino) == mine:
                params = {"output": str(output), "input": str(path)}
                raise UsageError(Problem("", "output_is_input", params))


def _files_read(given: Path) -> Iterator[Path]:
    """Every file an input path may make sroi read: itself, a CSV's partner, a folder's files."""
    from sroi_cli.io.inputs import SUFFIXES
    from sroi_cli.io.own_reports import mark_of_file

    if given.is_dir():  # sroi's own reports are not read: a new report may replace the last one
        yield from (p for p in given.rglob("*") if p.suffix.lower() in SUFFIXES and mark_of_file(p) is None)
        return
    yield given
    if given.suffix.lower() == ".csv" and given.parent.is_dir():  # its contributions, in any case
        yield from (
            p
            for p in given.parent.iterdir()
            if p.suffix.lower() == ".csv" and any(s in p.name.lower() for s in ("contributions", "bijdragen"))
        )
