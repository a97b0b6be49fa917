"""The months cap warns only when it cut months off; `counted_to` is the last day actually counted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from sroi_cli.cli import app

# Haaglanden counts Participatiewet at most 24 months per candidate.
SOURCE = """\
contract:
  id: CAP-1
  type: services
  value_excl_vat: "1000000"
  start: 2026-01-01
  end: 2029-12-31
  rules: haaglanden
  contributions:
    - {block: participatiewet, candidate: K-LATER, hours_per_week: "36", start: 2026-04-01}
    - {block: participatiewet, candidate: K-CUT, hours_per_week: "36", start: 2026-01-01, end: 2026-06-30}
    - {block: participatiewet, candidate: K-CUT, hours_per_week: "36", start: 2026-07-01}
"""


def _contract(tmp_path: Path, as_of: str) -> dict[str, Any]:
    source = tmp_path / "cap.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(source), "--as-of", as_of, "-f", "json"], catch_exceptions=False
    )
    contract: dict[str, Any] = json.loads(result.stdout)["contracts"][0]
    return contract


def _notes(contract: dict[str, Any], index: int) -> list[tuple[str, str]]:
    where = f"contribution #{index}:"
    return [(f["code"], f["severity"]) for f in contract["findings"] if f["message"].startswith(where)]


def test_a_cap_not_yet_reached_is_an_info_with_its_date(tmp_path: Path) -> None:
    contract = _contract(tmp_path, "2026-11-23")
    assert _notes(contract, 0) == [("max_months_later", "info")]
    message = next(f["message"] for f in contract["findings"] if f["code"] == "max_months_later")
    assert message == (
        "contribution #0: participatiewet counts at most 24 months per candidate; that is reached on "
        "2028-03-31, and months after it will not count"
    )
    first = contract["contributions"][0]
    assert (first["counted_from"], first["counted_to"]) == ("2026-04-01", "2026-11-23")


def test_a_cap_that_cut_months_off_is_a_warning(tmp_path: Path) -> None:
    contract = _contract(tmp_path, "2029-06-30")
    assert ("max_months_cut", "warning") in _notes(contract, 0)
    first = contract["contributions"][0]
    assert (first["counted_from"], first["counted_to"]) == ("2026-04-01", "2028-03-31")
    assert first["months"] == "24.00"


def test_counted_to_of_an_open_ended_placement_is_the_as_of_date(tmp_path: Path) -> None:
    contract = _contract(tmp_path, "2026-11-23")
    # K-CUT: 6 months, then an open-ended one counted from 2026-07-01 to the as-of date
    second, third = contract["contributions"][1:3]
    assert (second["counted_from"], second["counted_to"]) == ("2026-01-01", "2026-06-30")
    assert (third["counted_from"], third["counted_to"]) == ("2026-07-01", "2026-11-23")
    assert _notes(contract, 1) == [] and _notes(contract, 2) == [("max_months_later", "info")]
