"""Two cores for a batch: the same results in the same order as one core, whatever the copy does."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.app import parallel
from sroi_cli.domain.report import Detail

YEAR = Path(__file__).parents[2] / "examples" / "contracts-2026.yaml"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork for any list of two or more, on any machine (a one-core runner forks just as well)."""
    monkeypatch.setattr(parallel, "may_fork", lambda count: count >= 2)


def _square(n: int) -> tuple[int, int]:
    return n, n * n


@pytest.mark.usefixtures("forking")
@pytest.mark.parametrize("size", [2, 3, 999, 1001, 2500])
def test_the_results_come_back_in_input_order(size: int) -> None:
    items = list(range(size))
    said: list[tuple[int, int]] = []
    assert parallel.in_two(items, _square, lambda done, total: said.append((done, total))) == [
        (n, n * n) for n in range(size)
    ]
    assert items == []  # let go of as they were done
    assert said[-1] == (size, size)
    assert [d for d, _ in said] == sorted(d for d, _ in said)  # never backwards


@pytest.mark.usefixtures("forking")
def test_a_copy_that_fails_leaves_its_part_to_this_side() -> None:
    here = os.getpid()

    def fails_in_the_copy(n: int) -> int:
        if os.getpid() != here:
            raise RuntimeError("the copy fails")
        return -n

    said: list[int] = []
    assert parallel.in_two(list(range(1200)), fails_in_the_copy, lambda d, _: said.append(d)) == [
        -n for n in range(1200)
    ]
    assert said[-1] == 1200


def test_a_small_list_stays_on_one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked for three items"))
    assert parallel.in_two([1, 2, 3], _square) == [(1, 1), (2, 4), (3, 9)]
    assert not parallel.may_fork(parallel.FORK_FROM - 1)


@pytest.mark.parametrize("detail", list(Detail))
def test_a_batch_on_two_cores_is_the_batch_on_one(monkeypatch: pytest.MonkeyPatch, detail: Detail) -> None:
    settings = use.Settings(as_of=AS_OF)
    monkeypatch.setattr(parallel, "may_fork", lambda count: False)
    one = use.batch([YEAR], settings, detail=detail)
    monkeypatch.setattr(parallel, "may_fork", lambda count: count >= 2)
    two = use.batch([YEAR], use.Settings(as_of=AS_OF), detail=detail)
    assert len(one.contracts) > 2  # there was something to share out
    assert two == one


def test_results_come_one_at_a_time_as_they_are_asked_for() -> None:
    done: list[int] = []

    def work(n: int) -> int:
        done.append(n)
        return n

    results = parallel.in_order(list(range(10)), work)
    assert done == []  # nothing evaluated before the writer asks
    assert next(results) == 0
    assert done == [0]  # one asked for, one made: the rest waits
    assert list(results) == list(range(1, 10))


@pytest.mark.usefixtures("forking")
def test_a_writer_that_stops_early_stops_the_copy_too() -> None:
    results = parallel.in_order(list(range(3000)), _square)
    assert next(results) == (0, 0)  # the copy is running its half now
    results.close()  # the writer failed (a full disk, say) and asks for no more
    with pytest.raises(ChildProcessError):  # the copy is gone and reaped: nothing left to wait for
        os.waitpid(-1, os.WNOHANG)
