"""The coverage table fits the terminal it is shown on, and never splits an amount."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from sroi_cli.app.coverage import coverage
from sroi_cli.app.settings import Settings
from sroi_cli.render import RenderOptions
from sroi_cli.render.coverage_text import render
from sroi_cli.render.fmt import money


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("width", [60, 80, 120])
def test_every_line_fits_and_every_amount_is_whole(public: Path, width: int, lang: str) -> None:
    report = coverage([public / "tenderned-dataset.xlsx"], Settings(as_of=dt.date(2026, 12, 1)))
    out = io.StringIO()
    render(report, out, RenderOptions(lang=lang, width=width), "table")
    lines = out.getvalue().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= width
    total = money(report.totals.obligation, lang)
    assert any(total in line for line in lines)  # the total obligation, on one line
    assert not any(re.search(r"€\s*│?$", line.rstrip()) for line in lines)  # no amount cut after its sign
