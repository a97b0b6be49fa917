"""A big report's JSON is written in pieces, half of it by a forked copy: the same bytes as one dump."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.domain.report import Report
from sroi_cli.render import RenderOptions, json_out

EXAMPLES = Path(__file__).parents[2] / "examples"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")


@pytest.fixture(scope="module")
def report() -> Report:
    return use.batch([EXAMPLES / "contracts-2026.yaml"], use.Settings(as_of=dt.date(2026, 11, 23)))


def reference(report: Report, lang: str) -> str:
    return json.dumps(json_out.report_json(report, lang), ensure_ascii=False, indent=2) + "\n"


def written(report: Report, lang: str) -> tuple[str, str]:
    """The report rendered to a StringIO and to a real UTF-8 file (bytes written straight)."""
    text = io.StringIO()
    json_out.render(report, text, RenderOptions(lang=lang))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as handle:
        json_out.render(report, handle, RenderOptions(lang=lang))
        handle.flush()
        handle.seek(0)
        return text.getvalue(), handle.read()


@pytest.mark.parametrize("chunk", [1, 2, 500])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_pieces_make_the_same_document(
    report: Report, monkeypatch: pytest.MonkeyPatch, chunk: int, lang: str
) -> None:
    monkeypatch.setattr(json_out, "_CHUNK", chunk)
    assert written(report, lang) == (reference(report, lang),) * 2


@linux_only
@pytest.mark.parametrize("chunk", [1, 3])
def test_a_forked_half_makes_the_same_document(
    report: Report, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(json_out, "FORK_FROM", 2)
    monkeypatch.setattr(json_out, "_CHUNK", chunk)
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", counted_fork)
    assert written(report, "nl") == (reference(report, "nl"),) * 2
    assert forks  # it did fork


@linux_only
def test_a_failed_copy_is_made_good_here(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_out, "FORK_FROM", 2)

    def failing(contracts: object, lang: str, spool: object) -> int:
        pid = os.fork()
        if pid == 0:
            os._exit(1)
        return pid

    monkeypatch.setattr(json_out, "_fork_writer", failing)
    assert written(report, "en") == (reference(report, "en"),) * 2


def test_an_empty_report(report: Report) -> None:
    empty = report.model_copy(update={"contracts": ()})
    assert written(empty, "en") == (reference(empty, "en"),) * 2
