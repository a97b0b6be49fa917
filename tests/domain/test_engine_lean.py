"""The hot path's short cuts make what the long way makes: marked-value findings worked out once
per rule version and kind of contract."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sroi_cli.app.evaluate import Plan, load, plan
from sroi_cli.app.settings import Settings
from sroi_cli.domain.engine import assess
from sroi_cli.domain.report import ContractResult, Detail

EXAMPLES = Path(__file__).parents[2] / "examples"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def plans() -> list[Plan]:
    settings = Settings(as_of=AS_OF)
    names = ("contracts-2026.yaml", "portfolio.yaml", "utrecht-portfolio.yaml", "rijk-maatwerk.yaml")
    return [p for name in names for p in plan(load([EXAMPLES / name], settings), settings)]


def _results(plans: list[Plan], fresh: bool) -> list[ContractResult]:
    found = []
    for p in plans:
        if fresh:  # nothing remembered from the contracts before
            p.rules.memo.clear()
            if p.valuation:
                p.valuation.memo.clear()
        found.append(assess(p.contract, list(p.items), p.rules, AS_OF, p.valuation, Detail.TRACE)[0])
    return found


def test_remembered_marks_are_the_marks_found_afresh(plans: list[Plan]) -> None:
    fresh, shared = _results(plans, fresh=True), _results(plans, fresh=False)
    marks = [f for r in shared for f in r.findings if f.code in ("rules_assumed", "rules_contested")]
    assert len({f.params["keys"] for f in marks}) > 1  # several kinds of use were compared
    assert [r.findings for r in shared] == [r.findings for r in fresh]
