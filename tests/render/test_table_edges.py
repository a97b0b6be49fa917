"""A table that is said to fit is drawn whole at every width: its right edge is never cropped.

Rich shrinks wide wrapping columns itself and could overshoot by a character or two; at 119 and
120 columns the batch totals then lost their right border and the end of the verdict column."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.render import RenderOptions, layout
from sroi_cli.render.table_portfolio import portfolio_views

YEAR = Path(__file__).parents[2] / "examples" / "contracts-2026.yaml"
GROUPS = (("category",), ("authority",), ("verdict",), ("supplier", "quarter"))


@pytest.fixture(scope="module")
def views() -> list[object]:
    report = use.batch([YEAR], use.Settings(as_of=dt.date(2026, 11, 23)), GROUPS)
    return list(portfolio_views(report, "en", 120))


@pytest.mark.parametrize("width", range(60, 161))
def test_every_portfolio_table_keeps_its_right_edge(views: list[object], width: int) -> None:
    for view in views:
        out = io.StringIO()
        con = layout.console(out, RenderOptions(width=width))
        con.print(layout.fitted(view, con) if isinstance(view, layout.Fit) else view)
        for line in out.getvalue().splitlines():
            assert len(line.rstrip()) <= width
            if line[:1] in "┏┌┡├└┗":  # a box's left corner: its right corner ends the line
                assert line.rstrip()[-1] in "┓┐┩┤┘┛", (width, line)
