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
        time.sleep(0.05)
        update(500, 2000)
        console.file.flush()
        shown = screen.getvalue()
    assert "500/2000" in shown
    assert "/s" in shown  # contracts per second
    assert "ETA" in shown


def test_the_bar_runs_no_thread_so_evaluation_may_fork() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=120)
    with progress_bar(False, console) as update:
        assert update is not None
        update(1, 10)
        assert threading.active_count() == 1


def test_no_bar_when_quiet() -> None:
    with progress_bar(True, Console(file=io.StringIO(), force_terminal=True)) as update:
        assert update is None
