"""Run the input fuzzers (tests/fuzz) for a chosen time, round after round with fresh seeds.

    python scripts/fuzz.py --minutes 10 [--examples 500]

Each round runs every fuzz target with `--examples` generated inputs; a failure stops the run and
prints Hypothesis' smallest failing example. Prints the rounds, the inputs tried and the time.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = 5  # test_yaml, test_yaml_broken, test_yaml_noise, test_csv, test_xlsx (a third of the examples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--examples", type=int, default=500)
    args = parser.parse_args()
    stop = time.monotonic() + args.minutes * 60
    started = time.monotonic()
    rounds = tried = 0
    env = {**os.environ, "SROI_FUZZ_EXAMPLES": str(args.examples)}
    while time.monotonic() < stop:
        seed = random.randrange(2**32)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "tests/fuzz",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--hypothesis-seed={seed}",
                "-x",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        rounds += 1
        tried += args.examples * (TARGETS - 1) + max(args.examples // 3, 10)
        if result.returncode != 0:
            print(result.stdout[-6000:], result.stderr[-2000:], sep="\n")
            print(f"FAILED in round {rounds} (seed {seed})")
            return 1
        print(f"round {rounds}: seed {seed}, ok ({time.monotonic() - started:.0f} s)", flush=True)
    print(f"{rounds} rounds, about {tried} generated inputs, {time.monotonic() - started:.0f} s, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
