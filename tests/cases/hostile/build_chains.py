"""Rule sets whose versions are chained by `extends` (issue 10, item 4).

Run `python tests/cases/hostile/build_chains.py FOLDER [LENGTH ...]` to write them;
tests/cli/test_hostile_chains.py builds them into a temporary folder and benchmarks/hostile.py
times the longest. A chain of LENGTH files is one folder `chain-LENGTH/chain/` whose first
version is a whole rule file and every later one (a day later) says only `extends:` the one
before and a new title: 400 such files took 18 s, 1.200 ended in RecursionError. The loader
resolves a chain without recursion, each version once, and refuses one deeper than
MAX_EXTENDS_DEPTH (src/sroi_cli/io/rules_loader.py) with a line naming the chain.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

BASE = """\
schema: sroi.rules/1
id: chain
version: "v0"
valid_from: {valid_from}
title: Chain 0
sources: [{{title: A test rule set}}]
last_checked: 2026-01-01
applicability: {{contract_types: [works, services, supplies], threshold: "100000"}}
obligation: {{method: percentage, percentage: "0.05"}}
valuation:
  blocks:
    participatiewet: {{method: per_year, amount: "40000"}}
"""
LINK = """\
schema: sroi.rules/1
id: chain
version: "v{number}"
valid_from: {valid_from}
extends: chain@v{parent}
title: Chain {number}
"""
FIRST = dt.date(2000, 1, 1)
LENGTHS = {"short": 5, "deepest": 32, "too-deep": 33, "long": 400, "longer": 1200}


def day(number: int) -> str:
    return (FIRST + dt.timedelta(days=number)).isoformat()


def chain(length: int) -> dict[str, bytes]:
    """`length` versions: v0 a whole file, each later one extending the one before it."""
    files = {f"{day(0)}.yaml": BASE.format(valid_from=day(0)).encode()}
    for number in range(1, length):
        text = LINK.format(number=number, parent=number - 1, valid_from=day(number))
        files[f"{day(number)}.yaml"] = text.encode()
    return files


def write(folder: Path, length: int) -> Path:
    """The chain as `folder/chain-LENGTH/chain/*.yaml`; returns the `chain-LENGTH` folder."""
    target = folder / f"chain-{length}"
    (target / "chain").mkdir(parents=True, exist_ok=True)
    for name, data in chain(length).items():
        (target / "chain" / name).write_bytes(data)
    return target


def main(folder: Path, lengths: list[int] | None = None) -> list[Path]:
    return [write(folder, n) for n in lengths or LENGTHS.values()]


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd(), [int(n) for n in sys.argv[2:]] or None)
