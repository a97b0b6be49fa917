"""The cycle collector is paused for a portfolio run and restored as it was, even on failure."""

from __future__ import annotations

import gc

import pytest

from sroi_cli.app import collector_paused


def test_paused_then_restored() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a run that fails")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
