"""The contract's dates decide the verdict; a status that contradicts them is a warning finding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from sroi_cli.cli import app

PORTFOLIO = """\
contracts:
  - {id: STALE-PLANNED, type: works, value_excl_vat: "1000000", start: 2025-01-01, end: 2025-12-31,
     status: planned, rules: haaglanden}
  - {id: STALE-TENDER, type: works, value_excl_vat: "1000000", start: 2026-01-01, end: 2026-12-31,
     status: tendering, rules: haaglanden}
  - {id: EARLY-DONE, type: works, value_excl_vat: "1000000", start: 2026-01-01, end: 2027-12-31,
     status: completed, rules: haaglanden}
  - {id: RUNNING-ENDED, type: works, value_excl_vat: "1000000", start: 2025-01-01, end: 2025-12-31,
     status: running, rules: haaglanden}
  - {id: FUTURE, type: works, value_excl_vat: "1000000", start: 2027-01-01, end: 2027-12-31,
     rules: haaglanden}
  - {id: AGREES, type: works, value_excl_vat: "1000000", start: 2027-01-01, end: 2027-12-31,
     status: tendering, rules: haaglanden}
contributions:
  - {contract: STALE-TENDER, block: social_purchase, amount: "50000", date: 2026-03-01}
"""


def _report(tmp_path: Path, lang: str = "en") -> dict[str, Any]:
    source = tmp_path / "p.yaml"
    source.write_text(PORTFOLIO, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["check", str(source), "--as-of", "2026-11-23", "-f", "json", "--lang", lang],
        catch_exceptions=False,
    )
    return {c["id"]: c for c in json.loads(result.stdout)["contracts"]}


def _flags(contract: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in contract["findings"] if f["code"] == "status_contradicts_dates"]


def test_the_dates_decide_the_verdict(tmp_path: Path) -> None:
    report = _report(tmp_path)
    assert report["STALE-PLANNED"]["verdict"] == "non_compliant"
    assert report["STALE-PLANNED"]["penalty"] == "50000.00"
    assert report["STALE-TENDER"]["verdict"] == "compliant"
    assert report["EARLY-DONE"]["verdict"] == "behind"
    assert report["RUNNING-ENDED"]["verdict"] == "non_compliant"
    assert report["FUTURE"]["verdict"] == report["AGREES"]["verdict"] == "open"


def test_a_contradicting_status_is_a_located_warning(tmp_path: Path) -> None:
    report = _report(tmp_path)
    (flag,) = _flags(report["STALE-PLANNED"])
    assert flag["severity"] == "warning"
    assert flag["location"] == f"{tmp_path / 'p.yaml'}:3"
    assert flag["message"] == (
        "status 'planned' contradicts the dates (2025-01-01 – 2025-12-31): on 2026-11-23 the contract "
        "has ended; the dates decide the verdict"
    )
    assert "is running" in _flags(report["EARLY-DONE"])[0]["message"]
    assert "is running" in _flags(report["STALE-TENDER"])[0]["message"]
    assert "has ended" in _flags(report["RUNNING-ENDED"])[0]["message"]
    assert _flags(report["FUTURE"]) == _flags(report["AGREES"]) == []  # no status given, or it agrees


def test_the_warning_in_dutch(tmp_path: Path) -> None:
    (flag,) = _flags(_report(tmp_path, "nl")["STALE-PLANNED"])
    assert flag["message"] == (
        "status 'gepland' klopt niet met de data (01-01-2025 – 31-12-2025): op 23-11-2026 is het "
        "contract afgelopen; de data bepalen het oordeel"
    )
