"""Exactness at scale: every figure of a seeded 10.000-contract portfolio, pinned by its hash.

The portfolio is the benchmark's own (benchmarks/portfolio.py, the same seed), written as the
workbook a buyer would export and run through `sroi batch -f json`. The digests were taken on the
code before batch was made to stream; any change to any figure of any contract, contribution or
total changes them. A change that means to change figures must say so by updating them here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
SIZE = 10_000
AS_OF = "2026-11-23"
DETAIL = ("--detail", "contributions")  # every figure of every contribution too
DIGESTS = {
    # issue 11 §2: haaglanden follows the EU threshold (12 contracts no longer applicable)
    # issue 9 #15: a Rijk (actual-cost) placement has its months and FTE-years, and hours above the
    # norm are a warning there too; #16: a Banenafspraak block marked "nee" in the register is a
    # warning and no job
    "contracts": "ef5770046fe76f087be26345df1fb552f034f25e9340d12c8debadf552bc2173",
    # issue 9 #14: counted_from/counted_to are the days actually counted (capped, up to as-of)
    # #15: and an actual-cost placement's months and counted days too
    "contributions": "7b9bae0df35c013596af586450bda14d8c8c5e1f420ed993723de514e2dcfad7",
    # #16: fewer Banenafspraak jobs (the register says no), and the warnings that say why
    "totals": "fc5ff12d7d1a88450c09ee70db900b8456fabca430732457ebae165b0a0101d9",
}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("portfolio_bench", ROOT / "benchmarks" / "portfolio.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _benchmark()


@pytest.fixture(scope="module")
def report(bench: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("portfolio")
    workbook = folder / "portfolio.xlsx"
    bench.write_xlsx(workbook, bench.make_portfolio(SIZE))
    out = folder / "report.json"
    result = CliRunner().invoke(
        app,
        ["batch", str(workbook), "-f", "json", "-o", str(out), "--as-of", AS_OF, "--quiet", *DETAIL],
        catch_exceptions=False,
    )
    assert result.exit_code == 1, result.output  # some contracts are non-compliant, as in any year
    loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def test_the_portfolio_is_the_seeded_one(report: dict[str, Any]) -> None:
    summary = report["summary"]
    assert summary["contracts"] == SIZE
    assert (summary["applicable"], summary["obligation"], summary["realised"], summary["penalty"]) == (
        7784,  # was 7796 (570303807.91) before haaglanden followed the EU threshold (issue 11 §2)
        "570173492.09",
        "241745170.19",
        "66148364.54",
    )
    assert sum(len(c["contributions"]) for c in report["contracts"]) == 3 * SIZE


@pytest.mark.parametrize("part", sorted(DIGESTS))
def test_every_figure_is_unchanged(bench: ModuleType, report: dict[str, Any], part: str) -> None:
    assert bench.figures_digest(report)[part] == DIGESTS[part]
