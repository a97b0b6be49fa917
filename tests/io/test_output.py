"""Outputs appear whole or not at all: a failing or killed run leaves no file and keeps the old one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sroi_cli.io.output import atomic_binary, unnamed_files_work


def test_success_replaces_the_file_with_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    with atomic_binary(target) as stream:
        stream.write(b"new")
        assert target.read_text(encoding="utf-8") == "old"  # not visible before it is whole
    assert target.read_text(encoding="utf-8") == "new"
    assert (target.stat().st_mode & 0o777) == 0o666 & ~_umask()
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_failure_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("good", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_binary(target) as stream:
        stream.write(b"half a rep")
        raise RuntimeError("renderer failed halfway")
    assert target.read_text(encoding="utf-8") == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_killed_writer_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    code = (
        "import sys, time; from pathlib import Path; from sroi_cli.io.output import atomic_binary\n"
        "with atomic_binary(Path(sys.argv[1])) as s:\n"
        "    s.write(b'x' * 1000); s.flush(); print('writing', flush=True); time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    time.sleep(0.1)
    left = [p.name for p in tmp_path.iterdir()]
    assert "out.bin" not in left  # never a half-written file under the output's name
    if unnamed_files_work(tmp_path):
        assert left == []  # an unnamed file dies with its writer
    else:  # where linkat through /proc is refused: only a hidden temporary file may remain
        assert all(name.startswith(".out.bin.") and name.endswith(".part") for name in left)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_device_or_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    """`-o /dev/null`: a finished file renamed over it would replace the device itself.

    Tried on a named pipe of its own, so a regression cannot take /dev/null from the machine.
    """
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    with atomic_binary(pipe) as stream:
        stream.write(b"a report nobody keeps")
    reader.join(timeout=10)
    assert received == [b"a report nobody keeps"]
    assert pipe.is_fifo()
