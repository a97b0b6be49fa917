"""Coverage counts each lot once, from one file, and judges a contract by the rule set it names."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.app.coverage import coverage
from sroi_cli.app.settings import Settings
from sroi_cli.catalogue import problem_text
from sroi_cli.cli import app
from sroi_cli.domain.errors import InputError

AS_OF = dt.date(2026, 12, 1)


@pytest.mark.parametrize("second", ["copy.xlsx", "tenderned-ocds.jsonl"])
def test_a_lot_in_two_files_is_an_input_error_not_a_double_count(
    public: Path, tmp_path: Path, second: str
) -> None:
    first = public / "tenderned-dataset.xlsx"
    other = tmp_path / second
    shutil.copy(first if second == "copy.xlsx" else public / second, other)
    with pytest.raises(InputError) as raised:
        coverage([first, other], Settings(as_of=AS_OF))
    problems = raised.value.problems
    assert problems[0].key == "public_lot_twice" and problems[0].location.file == str(other)
    assert str(first) in problem_text(problems[0], "en")
    assert problems[-1].key == "public_lots_twice_more"  # 20 listed, the rest counted in one line
    result = CliRunner().invoke(app, ["coverage", str(first), str(other), "--as-of", "2026-12-01"])
    assert result.exit_code == 3 and len(result.stderr.splitlines()) == 21


def test_one_file_alone_still_counts_every_lot(public: Path) -> None:
    report = coverage([public / "tenderned-dataset.xlsx"], Settings(as_of=AS_OF))
    assert report.totals.lots > 200


def test_a_contract_that_names_its_rule_set_is_judged_by_it(tmp_path: Path) -> None:
    own = tmp_path / "contract.yaml"
    own.write_text(
        "contract:\n  id: X-1\n  authority: Gemeente Den Haag\n  type: services\n"
        '  value_excl_vat: "150000.00"\n  start: 2026-01-01\n  end: 2027-12-31\n'
        "  award_date: 2025-12-01\n  rules: utrecht\n",
        encoding="utf-8",
    )
    report = coverage([own], Settings(as_of=dt.date(2026, 11, 23)))
    (row,) = report.rows
    assert row.rules == "utrecht" and row.applicable == 1  # Utrecht applies above EUR 100.000
    assert str(row.obligation) == "7500.00"  # as `sroi check` says: 5% of EUR 150.000
