"""National size: `sroi coverage` on ~250.000 lots (every Dutch notice since 2016) as TenderNed's
workbook and as OCDS JSON lines.

The data is made (once, cached under benchmarks/out/) by scripts/public_fixtures.py from the
documented layouts: a contract-notice row per lot and an award row per awarded lot, so the
workbook has about twice as many rows as lots. The script prints, per format, the time of the raw
read alone (python-calamine reading the sheet's rows; json.loads of every line), the time of
`sroi coverage FILE -f json -o /dev/null` end to end, their ratio, and the peak memory (RSS). The
ratio is reported, not asserted (the batch work's target is at most 2x the raw read).

    python benchmarks/coverage.py                 # 250.000 lots
    python benchmarks/coverage.py --lots 20000 --runs 1
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
AS_OF = "2026-12-01"

_CALAMINE = """
import sys, time
from python_calamine import CalamineWorkbook
start = time.perf_counter()
book = CalamineWorkbook.from_path(sys.argv[1])
for name in book.sheet_names:
    for row in book.get_sheet_by_name(name).iter_rows():
        pass
print(time.perf_counter() - start)
"""
_JSON = """
import json, sys, time
from decimal import Decimal
start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        json.loads(line, parse_float=Decimal)
print(time.perf_counter() - start)
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def fixtures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("public_fixtures", ROOT / "scripts" / "public_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["public_fixtures"] = module
    spec.loader.exec_module(module)
    return module


def inputs(lots: int) -> tuple[Path, Path]:
    folder = OUT / f"public-{lots}"
    xlsx, jsonl = folder / "tenderned-dataset.xlsx", folder / "tenderned-ocds.jsonl"
    if not (xlsx.is_file() and jsonl.is_file()):
        folder.mkdir(parents=True, exist_ok=True)
        made = fixtures()
        items = list(made.tenders(lots))
        start = time.perf_counter()
        made.write_jsonl(jsonl, items)
        made.write_xlsx(xlsx, items)
        print(f"made {lots:,} lots in {time.perf_counter() - start:.0f} s under {folder}")
    return xlsx, jsonl


def measure(command: list[str], own_time: bool = False) -> Run:
    """Wall-clock seconds and peak RSS of one child process; `own_time`: it prints its own seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        printed, complaint = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{complaint[-2000:]}")
    if own_time:
        seconds = float(printed.split()[-1])
    return Run(seconds, usage.ru_maxrss / 1024)


def median_of(runs: int, command: list[str], own_time: bool = False) -> Run:
    found = [measure(command, own_time) for _ in range(runs)]
    return Run(statistics.median(r.seconds for r in found), max(r.peak_mb for r in found))


def sroi(path: Path) -> list[str]:
    trusted = ["--limit", "file_mb=1000"]  # the national JSON lines are larger than the default 200 MiB
    return [sys.executable, "-m", "sroi_cli", *trusted, "coverage", str(path), "-f", "json", "-o", os.devnull]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lots", type=int, default=250_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is shown)")
    args = parser.parse_args()
    xlsx, jsonl = inputs(args.lots)
    print(
        f"{args.lots:,} lots: {xlsx.stat().st_size / 2**20:.1f} MiB .xlsx, "
        f"{jsonl.stat().st_size / 2**20:.1f} MiB .jsonl; median of {args.runs} run(s)"
    )
    for label, path, raw in (("xlsx", xlsx, _CALAMINE), ("jsonl", jsonl, _JSON)):
        read = median_of(args.runs, [sys.executable, "-c", raw, str(path)], own_time=True)
        run = median_of(args.runs, [*sroi(path), "--as-of", AS_OF])
        print(
            f"  {label:<5} raw read {read.seconds:7.2f} s (peak {read.peak_mb:5.0f} MB)   "
            f"sroi coverage {run.seconds:7.2f} s (peak {run.peak_mb:5.0f} MB)   "
            f"ratio {run.seconds / read.seconds:5.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
