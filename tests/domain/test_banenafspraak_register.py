"""A Banenafspraak block with `doelgroepregister: nee` contradicts itself (#9 item 16).

Only the register makes a Banenafspraak job, so such a placement is a warning finding and no job —
in `check` (jobs now, job-years) and in `banen` alike. Its value under the block stays: the rule
set values the block, and the finding tells the buyer to correct one of the two.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app

SOURCE = """\
contract:
  id: BA-1
  type: services
  value_excl_vat: "1000000"
  start: 2026-01-01
  end: 2027-12-31
  supplier: Inhuur B.V.
  rules: haaglanden
  contributions:
    - {block: banenafspraak, candidate: K-NEE, hours_per_week: "25.5", start: 2026-01-01,
       doelgroepregister: nee}
    - {block: banenafspraak, candidate: K-UNSAID, hours_per_week: "25.5", start: 2026-01-01}
    - {block: banenafspraak, candidate: K-JA, hours_per_week: "25.5", start: 2026-01-01,
       doelgroepregister: ja}
"""
AS_OF = "2026-12-31"


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "ba.yaml"
    path.write_text(SOURCE, encoding="utf-8")
    return path


def _check(tmp_path: Path, lang: str = "en") -> dict[str, Any]:
    result = CliRunner().invoke(
        app,
        ["check", str(_write(tmp_path)), "--as-of", AS_OF, "-f", "json", "--lang", lang],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    contract: dict[str, Any] = json.loads(result.stdout)["contracts"][0]
    return contract


def test_the_contradiction_is_a_located_warning_in_both_languages(tmp_path: Path) -> None:
    en = _check(tmp_path)
    found = [f for f in en["findings"] if f["code"] == "banenafspraak_unregistered"]
    assert [(f["severity"], f["location"]) for f in found] == [("warning", f"{tmp_path / 'ba.yaml'}:11")]
    assert found[0]["message"] == (
        "contribution #0: block banenafspraak is the Banenafspraak, but doelgroepregister says no; "
        "valued as the block, but not counted as a Banenafspraak job"
    )
    nl = [f["message"] for f in _check(tmp_path, "nl")["findings"] if f["code"] == found[0]["code"]]
    assert nl == [
        "bijdrage #0: bouwblok banenafspraak is de Banenafspraak, maar doelgroepregister zegt nee; "
        "gewaardeerd als het bouwblok, maar telt niet als Banenafspraak-baan"
    ]


def test_it_is_no_job_but_keeps_its_value(tmp_path: Path) -> None:
    contract = _check(tmp_path)
    # two jobs of 25,5 h (the unsaid one and the registered one), not three
    assert contract["banenafspraak"] == {"jobs_now": "2.00", "job_years": "2.00"}
    values = [c["value"] for c in contract["contributions"]]
    assert values[0] == values[1] == values[2] != "0.00"


def test_banen_leaves_it_out_too(tmp_path: Path) -> None:
    report = use.banen([_write(tmp_path)], use.Settings(as_of=dt.date(2026, 12, 31)))
    assert [(r.organisation, r.year, r.placements, str(r.jobs)) for r in report.rows] == [
        ("Inhuur B.V.", 2026, 2, "2.00")
    ]
