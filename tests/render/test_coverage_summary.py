"""The line `sroi coverage` ends with counts its nouns as they are: 1 lot, 2 lots; 1 perceel, 2 percelen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sroi_cli.app.coverage import coverage
from sroi_cli.app.settings import Settings
from sroi_cli.render.coverage_summary import summary_line

ONE = """contract:
  id: X-1
  authority: Gemeente Nergens
  type: services
  value_excl_vat: "150000.00"
  start: 2026-01-01
  end: 2027-12-31
"""


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "sroi: 1 awarded lot (€150,000.00)"),
        ("nl", "sroi: 1 gegunde perceel (€ 150.000,00)"),
    ],
)
def test_one_lot_is_one_lot(tmp_path: Path, lang: str, said: str) -> None:
    source = tmp_path / "one.yaml"
    source.write_text(ONE, encoding="utf-8")
    line = summary_line(coverage([source], Settings(as_of=dt.date(2026, 11, 23))), lang)
    assert line.startswith(said)
    assert ("1 lot without a rule set" if lang == "en" else "1 perceel zonder regelset") in line
    assert ("0 flags" if lang == "en" else "0 signalen") in line
