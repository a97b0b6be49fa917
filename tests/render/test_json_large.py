"""A big report's JSON is written in pieces, a chunk of contracts at a time: the same bytes as one dump."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.domain.report import Report
from sroi_cli.render import RenderOptions, json_out

EXAMPLES = Path(__file__).parents[2] / "examples"


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


def test_no_copy_of_the_process_is_made(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streaming orjson writes a report faster than a forked half did: one process, all of it."""

    def no_fork() -> int:
        raise AssertionError("json_out forked")

    monkeypatch.setattr(os, "fork", no_fork)
    monkeypatch.setattr(json_out, "_CHUNK", 1)
    assert written(report, "nl") == (reference(report, "nl"),) * 2


def test_an_empty_report(report: Report) -> None:
    empty = report.model_copy(update={"contracts": ()})
    assert written(empty, "en") == (reference(empty, "en"),) * 2
