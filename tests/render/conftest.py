"""Reports for the renderer tests: the bundled portfolio example, and one full of formula-like text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sroi_cli import app
from sroi_cli.domain.report import Report

ROOT = Path(__file__).parents[2]
AS_OF = dt.date(2026, 11, 23)
HOSTILE = """\
contracts:
  - id: "=EVIL"
    title: '=HYPERLINK("http://example.com","click")'
    authority: "@SUM(A1)"
    category: "-2+3"
    supplier: "+31 70 123 4567"
    type: works
    value_excl_vat: "300000.00"
    start: 2026-01-01
    end: 2026-12-31
    rules: haaglanden
contributions:
  - {contract: "=EVIL", block: participatiewet, candidate: "@K-1", hours_per_week: "36",
     start: 2026-01-01, end: 2026-06-30}
  - {contract: "=EVIL", block: participatiewet, candidate: "@K-1", hours_per_week: "36",
     start: 2026-03-01, end: 2026-06-30}
"""


@pytest.fixture
def portfolio(monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.chdir(ROOT)
    return app.check([Path("examples/portfolio.yaml")], app.Settings(as_of=AS_OF))


@pytest.fixture
def hostile(tmp_path: Path) -> Report:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    return app.check([path], app.Settings(as_of=AS_OF))
