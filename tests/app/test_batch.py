"""`sroi batch`: groupings that add up, the people, the pipeline, and the checks across contracts."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app
from sroi_cli.domain.args import Number
from sroi_cli.domain.report import Report
from sroi_cli.render.texts import phrase

ROOT = Path(__file__).parents[2]
YEAR = ROOT / "examples" / "contracts-2026.yaml"
AS_OF = dt.date(2026, 11, 23)
ALL = (
    ("category",),
    ("authority",),
    ("supplier",),
    ("rules",),
    ("verdict",),
    ("quarter",),
    ("year",),
    ("supplier", "quarter"),
)


@pytest.fixture(scope="module")
def report() -> Report:
    return use.batch([YEAR], use.Settings(as_of=AS_OF), ALL)


@pytest.mark.parametrize("index", range(len(ALL)))
def test_every_grouping_adds_up_to_the_contracts(report: Report, index: int) -> None:
    grouping = report.groups[index]
    assert grouping.by == ALL[index]
    assert sum(row.contracts for row in grouping.rows) == len(report.contracts)
    for figure in ("obligation", "realised", "shortfall", "penalty"):
        assert sum(getattr(row, figure) for row in grouping.rows) == getattr(report.summary, figure)
    assert sum(sum(row.by_verdict.values()) for row in grouping.rows) == len(report.contracts)


def test_grouping_by_category(report: Report) -> None:
    rows = {row.key: row for row in report.groups[0].rows}
    assert set(rows) == {("Bouw & Infra",), ("Facilitair",), ("ICT",), ("Vervoer",)}
    facilitair = rows[("Facilitair",)]
    assert facilitair.contracts == 3 and facilitair.obligation == Decimal("74000.00")
    assert facilitair.by_verdict == {"not_applicable": 1, "on_track": 1, "open": 1}


def test_summary_is_the_sum_of_the_contracts(report: Report) -> None:
    assert report.summary.obligation == sum(c.obligation for c in report.contracts)
    assert report.summary.realised == sum(c.realised for c in report.contracts)
    assert report.summary.by_verdict == {
        "compliant": 1,
        "non_compliant": 1,
        "not_applicable": 1,
        "on_track": 3,
        "open": 3,
    }


def test_pipeline_by_quarter_of_start(report: Report) -> None:
    assert [(r.quarter, r.contracts, r.obligation, r.ids) for r in report.pipeline] == [
        ("2027-Q1", 2, Decimal("265000.00"), ("RWS-2027-0007", "UT-2027-0003")),
        ("2027-Q2", 1, Decimal("24000.00"), ("DH-2027-0012",)),
    ]


def test_people_behind_the_money(report: Report) -> None:
    people = report.people
    assert people is not None
    assert people.candidates == 8 and people.lasting_outcomes == 2
    assert people.by_block == {"banenafspraak": 2, "participatiewet": 3, "ww": 3}
    assert people.jobs_now == sum(c.banenafspraak.jobs_now for c in report.contracts)


def test_checks_across_contracts(report: Report) -> None:
    found = {(f.code, f.contract, f.params["candidate"]) for f in report.findings}
    assert found == {
        ("candidate_overlap_across", "DH-2026-0131", "K-0006"),
        ("max_months_across", "DH-2026-0131", "K-0006"),
    }
    cap = next(f for f in report.findings if f.code == "max_months_across")
    assert cap.params["max"] == "12" and cap.params["months"] == Number(Decimal("18.00"))
    # the figure travels as its value, and each language writes it plainly: no mark, no trailing zeros
    assert "counts 18 months of" in phrase(cap.code, "en", **cap.params)
    assert "telt over alle contracten 18 maanden" in phrase(cap.code, "nl", **cap.params)


def test_batch_reads_a_folder(tmp_path: Path) -> None:
    (tmp_path / "year.yaml").write_bytes(YEAR.read_bytes())
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "extra.yaml").write_text(
        "contract: {id: EXTRA-1, type: works, value_excl_vat: '300000', start: 2026-01-01, "
        "end: 2026-12-31}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        ["batch", str(tmp_path), "--as-of", "2026-11-23", "-f", "json", "-g", "supplier,quarter"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1  # DH-2025-0920 ended non-compliant
    data = json.loads(result.stdout)
    assert data["groups"][0]["by"] == ["supplier", "quarter"]
    assert data["contracts"][0]["id"] == "EXTRA-1" and len(data["contracts"]) == 10
    assert [Path(f["path"]).name for f in data["input"]] == ["extra.yaml", "year.yaml"]
    assert result.stderr.startswith("10 contracts, 9 with social return")


def test_duplicate_ids_across_files_are_refused() -> None:
    result = CliRunner().invoke(app, ["batch", str(ROOT / "examples")], catch_exceptions=False)
    assert result.exit_code == 3
    assert "contract id 'DH-2026-0107' appears twice (first at " in result.stderr


def test_unknown_grouping_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["batch", str(YEAR), "-g", "colour"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "unknown grouping colour" in result.stderr
