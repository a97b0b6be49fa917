"""A purchase, cost or hours dated outside the contract counts, but never without a warning."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from sroi_cli import app as use

PORTFOLIO = """\
contracts:
  - {id: A, type: services, value_excl_vat: "1000000", start: 2026-01-01, end: 2027-12-31, rules: haaglanden}
contributions:
  - {contract: A, block: social_purchase, amount: "10000", date: %s, status: accepted}
"""


@pytest.mark.parametrize(
    ("date", "warned"),
    [("2020-06-01", True), ("2026-06-01", False), ("2027-12-31", False), ("2028-01-01", True)],
)
def test_a_flat_contribution_outside_the_period_is_flagged(tmp_path: Path, date: str, warned: bool) -> None:
    source = tmp_path / "p.yaml"
    source.write_text(PORTFOLIO % date, encoding="utf-8")
    (result,) = use.check([source], use.Settings(as_of=dt.date(2031, 1, 1))).contracts
    codes = [f.code for f in result.findings]
    assert ("dated_outside_contract" in codes) is warned
    assert result.realised == Decimal("10000.00")  # it still counts: the buyer may have agreed it
    if warned:
        finding = next(f for f in result.findings if f.code == "dated_outside_contract")
        assert finding.severity == "warning" and finding.location.line == 4
