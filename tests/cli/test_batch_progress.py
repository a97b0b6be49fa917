"""`sroi batch` on a terminal: a live progress bar with the count, the rate and an ETA."""

from __future__ import annotations

import io
import threading
import time

from rich.console import Console

from sroi_cli.cli.batch import progress_bar


def test_the_bar_shows_count_rate_and_eta() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, color_system=None)
    with progress_bar(False, console) as update:
        assert update is not None
        update(500, 2000)  # the files are read: from here on the contracts are evaluated
        first = screen.getvalue()
        time.sleep(0.05)
        update(1000, 2000)
        console.file.flush()
        shown = screen.getvalue()[len(first) :]
    assert "500/2000" in first
    assert "/s" not in first  # no rate yet: the time the files took to read is no contract's
    assert "1000/2000" in shown
    rate = next(part for part in shown.split() if part.endswith("/s"))
    assert 100 <= int(rate[:-2].replace(",", "")) <= 10_000  # 500 contracts in 0,05 s or a little more
    assert "ETA" in shown


def test_the_bar_is_drawn_at_each_update_by_no_thread_of_its_own() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    with progress_bar(False, console) as update:
        assert update is not None
        update(1, 10)
        assert threading.active_count() == 1


def test_no_bar_when_quiet() -> None:
    with progress_bar(True, Console(file=io.StringIO(), force_terminal=True)) as update:
        assert update is None
