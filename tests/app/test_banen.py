"""`sroi banen`: jobs per hiring organisation and calendar year, and the quotum, worked by hand."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app

PLACEMENTS = """
contracts:
  - {id: C-1, type: services, value_excl_vat: "900000", start: 2025-01-01, end: 2027-12-31,
     supplier: Inhuur B.V., rules: haaglanden}
contributions:
  # 25,5 h for all of 2025 at the supplier: 1 job in 2025, and 1 in 2026 (it runs on)
  - {contract: C-1, block: participatiewet, candidate: A, hours_per_week: "25.5", start: 2025-01-01,
     doelgroepregister: true}
  # placed at a ministry (the hirer): 12,75 h for six months of 2026 = 0,25 job there
  - {contract: C-1, block: banenafspraak, candidate: B, hours_per_week: "12.75", start: 2026-01-01,
     end: 2026-06-30, hirer: Ministerie van BZK}
  # not in the register and not a Banenafspraak block: does not count
  - {contract: C-1, block: ww, candidate: C, hours_per_week: "36", start: 2025-01-01}
  # planned, not realised: does not count
  - {contract: C-1, block: banenafspraak, candidate: D, hours_per_week: "36", start: 2026-01-01,
     status: planned}
"""


def write(tmp_path: Path) -> Path:
    path = tmp_path / "placements.yaml"
    path.write_text(PLACEMENTS, encoding="utf-8")
    return path


def test_jobs_per_hirer_and_year(tmp_path: Path) -> None:
    report = use.banen([write(tmp_path)], use.Settings(as_of=dt.date(2026, 12, 31)))
    rows = {(r.organisation, r.year): (r.placements, r.jobs) for r in report.rows}
    assert rows == {
        ("Inhuur B.V.", 2025): (1, Decimal("1.00")),
        ("Inhuur B.V.", 2026): (1, Decimal("1.00")),
        ("Ministerie van BZK", 2026): (1, Decimal("0.25")),
    }


def test_quotum_target_gap_and_levy(tmp_path: Path) -> None:
    # rijk's quotum for 2024 is 2,76%: 40.575 paid hours × 0,0276 = 1.119,87 hours ÷ 1.331 = 0,841375 jobs
    report = use.banen(
        [write(tmp_path)],
        use.Settings(as_of=dt.date(2026, 12, 31)),
        year=2024,
        paid_hours=Decimal(40575),
        organisation="Inhuur B.V.",
    )
    q = report.quotum
    assert q is not None
    assert (q.target, q.jobs, q.gap, q.levy) == (
        Decimal("0.84"),
        Decimal(0),
        Decimal("0.84"),
        Decimal("4206.87"),
    )  # 0,841375 × € 5.000


def test_quotum_year_without_a_share_is_exit_4(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "banen",
            str(write(tmp_path)),
            "--year",
            "2026",
            "--paid-hours",
            "100000",
            "--organisation",
            "Inhuur B.V.",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 4
    assert "has no Banenafspraak quotum for 2026 (years with one: 2018, 2024)" in result.stderr


def test_paid_hours_with_two_organisations_needs_one_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["banen", str(write(tmp_path)), "--paid-hours", "100000", "--as-of", "2026-12-31"],
        catch_exceptions=False,
    )
    assert result.exit_code == 2  # a usage mistake, like any missing option
    assert "--paid-hours needs --organisation; the placements name: Inhuur B.V., Ministerie van BZK" in (
        result.stderr
    )


def test_banen_cli_json_and_dutch_table(tmp_path: Path) -> None:
    path = str(write(tmp_path))
    result = CliRunner().invoke(
        app, ["banen", path, "--as-of", "2026-12-31", "-f", "json"], catch_exceptions=False
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"] == "sroi.banen/1"
    result = CliRunner().invoke(
        app, ["banen", path, "--as-of", "2026-12-31", "--lang", "nl"], catch_exceptions=False
    )
    assert ["Ministerie", "van", "BZK", "2026", "1", "0,25"] in [
        line.split() for line in result.stdout.splitlines()
    ]
    assert "Eén baan = 25,5 verloonde uren per week (rijk 2018-01)." in result.stdout
