"""Time and peak memory of a whole process tree, so a peak is never hidden in a child.

`ru_maxrss` of one child misses what its own children use (sroi's JSON writer may fork), and
adding up RSS counts shared pages twice. This samples the proportional set size (PSS) of the
process and every descendant from /proc every few milliseconds and keeps the largest sum: the
memory the whole tree held at its worst moment. The largest single RSS (`ru_maxrss` of all waited
children) is reported beside it.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

INTERVAL = 0.02  # seconds between samples


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # largest PSS summed over the process tree
    rss_mb: float  # largest RSS of any single process in the tree
    code: int
    stdout: str
    stderr: str


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            with contextlib.suppress(OSError):
                todo += [int(c) for c in Path(f"/proc/{current}/task/{task}/children").read_text().split()]
    return found


def _pss_kb(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `command` to its end; its wall-clock time, the tree's peak PSS and the largest RSS."""
    peak = [0]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], sum(_pss_kb(p) for p in _descendants(child.pid)))
                done.wait(INTERVAL)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        printed, complaint = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    return Run(seconds, peak[0] / 1024, usage.ru_maxrss / 1024, child.returncode, printed, complaint)
