"""A batch's contracts evaluated on two cores: the second half in a forked copy of this process.

The copy inherits the plans (nothing is sent to it), evaluates its half in input order and hands
the results back pickled through a temporary file; the results come out in input order, one at a
time as the writer asks for them, the same objects one core makes (a test compares them). The copy
only computes: it prints nothing, opens nothing but its spool, and leaves with `os._exit`.
Evaluating 10.000 contracts takes about 2,4 s; pickling half of the results there and back costs
about 0,5 s, so a second core pays from a few thousand contracts on.
"""

from __future__ import annotations

import mmap
import os
import pickle
import signal
import struct
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from typing import BinaryIO, TypeVar

T = TypeVar("T")
U = TypeVar("U")

FORK_FROM = 4_000  # items; below this a second process costs more than it saves
_BATCH = 500  # results pickled at a time (and how often the copy says how far it is)
# The copy's share, in percent: less than half, as it also pickles what it made (and this side
# unpickles it), about a fifth of the evaluation's own time; both sides then finish together.
_SHARE = 45


def may_fork(count: int) -> bool:
    """Two cores free to use, on a system that forks, with nothing else running in this process."""
    if count < max(2, FORK_FROM) or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return False
    return len(os.sched_getaffinity(0)) > 1


def in_two(
    items: list[T], work: Callable[[T], U], progress: Callable[[int, int], None] | None = None
) -> list[U]:
    """`[work(i) for i in items]`, as `in_order` makes them."""
    return list(in_order(items, work, progress))


def in_order(
    items: list[T], work: Callable[[T], U], progress: Callable[[int, int], None] | None = None
) -> Iterator[U]:
    """`work(i)` for each item, in input order, one at a time as they are asked for; the last part
    on a second core when it pays. `items` is emptied as it goes, so each input is let go once it
    is done; the copy's results wait in its spool on disk, not in memory, until their turn.
    `progress(done, total)` is called every few hundred items, counting both halves."""
    total = len(items)
    if not may_fork(total):
        yield from _one_by_one(items, work, progress, lambda: 0, total)
        return
    middle = total - total * _SHARE // 100
    rest = items[middle:]  # the copy's half, kept here only in case the copy fails
    with tempfile.TemporaryFile() as spool, mmap.mmap(-1, 8) as shared:
        child: int | None = _fork(rest, work, spool, shared)
        try:
            del items[middle:]
            other = lambda: struct.unpack_from("q", shared)[0]  # noqa: E731 - how far the copy is
            yield from _one_by_one(items, work, progress, other, total)
            assert child is not None
            done, child = _reap(child), None
            if not done:  # the copy failed (killed, say): its half is done here instead
                yield from _one_by_one(rest, work, progress, lambda: middle, total)
                return
            del rest
            spool.seek(0)
            made = middle
            while made < total:
                chunk: list[U] = pickle.load(spool)
                made += len(chunk)
                chunk.reverse()
                while chunk:
                    yield chunk.pop()
            if progress:
                progress(total, total)
        finally:
            if child is not None:  # this side failed, or stopped asking: stop the copy too
                os.kill(child, signal.SIGTERM)
                _reap(child)


def _one_by_one(
    items: list[T],
    work: Callable[[T], U],
    progress: Callable[[int, int], None] | None,
    other: Callable[[], int],
    total: int,
) -> Iterator[U]:
    items.reverse()
    done = 0
    while items:
        yield work(items.pop())
        done += 1
        if progress and (done % _BATCH == 0 or not items):
            progress(min(done + other(), total), total)


def _fork(items: list[T], work: Callable[[T], U], spool: BinaryIO, shared: mmap.mmap) -> int:
    pid = os.fork()
    if pid:
        return pid
    status = 1  # the copy: evaluate, write, then leave at once, running nothing of the parent's
    try:
        items.reverse()
        done = 0
        while items:
            chunk: list[U] = []
            while items and len(chunk) < _BATCH:
                chunk.append(work(items.pop()))
            pickle.dump(chunk, spool, protocol=pickle.HIGHEST_PROTOCOL)
            done += len(chunk)
            struct.pack_into("q", shared, 0, done)
        spool.flush()
        status = 0
    finally:
        os._exit(status)


def _reap(pid: int) -> bool:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0
