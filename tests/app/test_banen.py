"""`sroi banen`: jobs per hiring organisation and calendar year, and the quotum, worked by hand."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

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


def quotum_of(tmp_path: Path, year: int, paid_hours: str) -> Any:
    report = use.banen(
        [write(tmp_path)],
        use.Settings(as_of=dt.date(2026, 12, 31)),
        year=year,
        paid_hours=Decimal(paid_hours),
        organisation="Ministerie van BZK",
    )
    assert report.quotum is not None
    return report.quotum


def test_quotum_2024_target_and_gap_and_no_levy_imposed(tmp_path: Path) -> None:
    # rules-audit W11 / E2: 2,76% × 1.000.000 paid hours ÷ 1.331 = 20,736 jobs; none placed in 2024.
    # UWV: "In 2024 wordt er nog geen quotumheffing opgelegd." — the levy is € 0 (was € 103.681,44)
    q = quotum_of(tmp_path, 2024, "1000000")
    assert (q.status, q.target, q.jobs, q.gap, q.levy) == (
        "no_levy",
        Decimal("20.74"),
        Decimal(0),
        Decimal("20.74"),
        Decimal(0),
    )
    assert quotum_of(tmp_path, 2018, "1000000").status == "no_levy"  # quotumwet.nl: postponed


def test_quotum_applies_only_above_40575_paid_hours(tmp_path: Path) -> None:
    # rules-audit W12 / E3: "werkgevers met 25 of meer werknemers ... meer dan 40.575 verloonde uren"
    for hours in ("40000", "40575"):
        q = quotum_of(tmp_path, 2024, hours)
        assert (q.status, q.target, q.gap, q.levy) == ("below_scope", None, None, None)
    assert quotum_of(tmp_path, 2024, "40576").status == "no_levy"


def test_quotum_2026_levy_not_decided_and_the_reform_not_active(tmp_path: Path) -> None:
    # De Normaalste Zaak: 2,58% for 2026: 0,0258 × 1.000.000 ÷ 1.331 = 19,383922 jobs; 0,25 placed at
    # the ministry in 2026 → gap 19,133922 × € 5.000 = € 95.669,61 if a levy is imposed (not published)
    q = quotum_of(tmp_path, 2026, "1000000")
    assert (q.status, q.target, q.jobs, q.gap, q.levy) == (
        "undecided",
        Decimal("19.38"),
        Decimal("0.25"),
        Decimal("19.13"),
        Decimal("95669.61"),
    )
    assert (q.reform, q.reform_bonus) == ("Wet banenafspraak (36449)", Decimal(5000))


def test_quotum_year_without_a_share_is_a_message_not_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "banen",
            str(write(tmp_path)),
            "--year",
            "2025",
            "--paid-hours",
            "100000",
            "--organisation",
            "Inhuur B.V.",
            "--as-of",
            "2026-12-31",
            "--lang",
            "en",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert "no quotum percentage for 2025 is known to this rule set" in result.stdout


def test_banen_says_no_levy_imposed_in_both_languages(tmp_path: Path) -> None:
    args = ["banen", str(write(tmp_path)), "--year", "2024", "--paid-hours", "1000000"]
    args += ["--organisation", "Inhuur B.V.", "--as-of", "2026-12-31"]
    out = CliRunner().invoke(app, [*args, "--lang", "en"], catch_exceptions=False).stdout
    assert "No levy (quotumheffing) imposed over 2024." in out and "Levy (quotumheffing): €" not in out
    out = CliRunner().invoke(app, [*args, "--lang", "nl"], catch_exceptions=False).stdout
    assert "Over 2024 is geen quotumheffing opgelegd." in out
    out = CliRunner().invoke(app, [*args, "-f", "json"], catch_exceptions=False).stdout
    assert json.loads(out)["quotum"]["status"] == "no_levy"


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


ONE_YEAR = """
contract:
  id: R-1
  type: services
  value_excl_vat: "1000000"
  start: 2025-01-01
  end: 2026-12-31
  supplier: Groen & Co
  rules: haaglanden
  contributions:
    # 30,6 h for all of 2025: 1,20 job-years in 2025, none in 2026
    - {block: participatiewet, candidate: K-1, hours_per_week: "30.6", start: 2025-01-01,
       end: 2025-12-31, doelgroepregister: true}
"""


def test_the_quotum_says_the_figure_the_table_shows(tmp_path: Path) -> None:
    # #12 QA: 'realised 0' under a table that showed only 2025's 1,25; and 'gerealiseerd 1,2' under '1,20'
    path = tmp_path / "one-year.yaml"
    path.write_text(ONE_YEAR, encoding="utf-8")
    args = ["banen", str(path), "--paid-hours", "50000", "--as-of", "2026-03-31", "--lang"]
    out = CliRunner().invoke(app, [*args, "en"], catch_exceptions=False).stdout.splitlines()
    assert out[:3] == [
        "Organisation (hirer)  Year  Placements  Jobs (job-years)",
        "Groen & Co            2025           1              1.20",
        "Groen & Co            2026           0              0.00",  # the quotum's year, in the table too
    ]
    assert "= 0.97 jobs; realised 0.00; missing 0.97" in out[4]
    path.write_text(ONE_YEAR.replace("2025", "2026"), encoding="utf-8")  # the same year in 2026
    args[args.index("2026-03-31")] = "2026-12-31"
    said = CliRunner().invoke(app, [*args, "nl"], catch_exceptions=False).stdout
    assert "Groen & Co             2026            1               1,20" in said
    assert "= 0,97 banen; gerealiseerd 1,20; ontbrekend 0,00" in said
