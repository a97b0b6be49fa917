"""Start-up: `sroi check` on a small YAML file against the bare import of its own stack.

Target (design §7, issue 2): the check takes at most 3× the time of
`python -c "import typer, pydantic, yaml, rich.console"`. Prints both medians and the ratio;
exits 1 when the ratio is above the target.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tender.yaml"
TARGET = 3.0


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 15) -> int:
    bare = [sys.executable, "-c", "import typer, pydantic, yaml, rich.console"]
    check = [
        sys.executable,
        "-m",
        "sroi_cli",
        "check",
        str(EXAMPLE),
        "--as-of",
        "2026-11-23",
        "--format",
        "json",
    ]
    median_seconds(check, 2)  # warm the file cache and the bytecode
    base = median_seconds(bare, runs)
    full = median_seconds(check, runs)
    ratio = full / base
    print(f"bare import of typer, pydantic, yaml, rich.console: {base * 1000:7.1f} ms (median of {runs})")
    print(f"sroi check {EXAMPLE.relative_to(ROOT)} -f json:      {full * 1000:7.1f} ms (median of {runs})")
    print(f"ratio: {ratio:.2f} (target ≤ {TARGET:.1f})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
