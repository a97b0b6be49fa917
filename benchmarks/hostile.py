"""The worst case of each hostile-input class (issue 10): cases in the corpus, peak memory, time.

Builds every class with its corpus builder (tests/cases/hostile/build_*.py) into a temporary folder,
then runs the worst case of each class as `python -m sroi_cli …` in a child of a fresh wrapper
process, so `getrusage(RUSAGE_CHILDREN).ru_maxrss` of the wrapper is that command's peak resident
memory (the largest process of its tree; sroi forks no workers for these). It prints one line per
class: how many cases the corpus has, the worst case, its exit code, its wall time and its peak.
Figures are reported, not asserted.

    python benchmarks/hostile.py
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "cases" / "hostile"
AS_OF = ["--as-of", "2026-06-01", "--lang", "en"]
WRAPPER = """\
import json, resource, subprocess, sys, time
started = time.perf_counter()
try:
    code = subprocess.run(sys.argv[2:], cwd=sys.argv[1], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, timeout=600).returncode
except subprocess.TimeoutExpired:
    code = "timeout"
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps([code, seconds, peak]))
"""


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, HOSTILE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Worst:
    klass: str
    cases: int
    name: str
    args: list[str]
    folder: Path
    env: dict[str, str] | None = None


def run(worst: Worst) -> tuple[object, float, float]:
    """Exit code, wall seconds and peak RSS (MiB) of the command, measured by a fresh wrapper."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(worst.env or {})}
    command = [sys.executable, "-m", "sroi_cli", *worst.args]
    out = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(worst.folder), *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    code, seconds, peak = json.loads(out.stdout)
    return code, seconds, peak


def _classes(base: Path) -> list[Worst]:
    sheets, files, zipflags = _module("build_sheets"), _module("build_files"), _module("build_zipflags")
    numbers, chains, inert = _module("build_numbers"), _module("build_chains"), _module("build_inert")
    made: dict[str, Path] = {}
    for name in ("sheets", "files", "zipflags", "numbers", "chains", "inert"):
        made[name] = base / name
        made[name].mkdir()
    sheets.main(made["sheets"], sheets.SIZES["benchmark"])
    # the same long table without the far note: what the data itself costs (item 6's yardstick)
    plain = sheets.package(sheets.tender(rows=sheets.SIZES["benchmark"]))
    (made["sheets"] / "same-table-no-note.xlsx").write_bytes(plain)
    files.build(made["files"])
    zipflags.main(made["zipflags"])
    numbers.main(made["numbers"])
    chains.main(made["chains"])
    inert_files = inert.build(made["inert"])
    for path, data in inert_files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    by_class: dict[str, int] = {}
    for case in files.CASES.values():
        by_class[case.kind] = by_class.get(case.kind, 0) + 1

    def inert_count(klass: str) -> int:
        return sum(1 for p in inert_files if p.parent.name == klass)

    wide = sum(1 for n in sheets.CASES if n.startswith(("wide", "z-column", "formatted")))
    special = sum(v for k, v in by_class.items() if k in ("device", "fifo", "socket", "unsized"))
    rule_numbers = sum(1 for n in numbers.CASES if n.startswith("rules-"))
    d = str(made["files"])
    return [
        Worst(
            "sparse sheet",
            len(sheets.CASES) - wide,
            "far-corner-header.xlsx (A1 + XFD1048576)",
            ["check", "far-corner-header.xlsx", *AS_OF],
            made["sheets"],
        ),
        Worst(
            "wide / expensive sheet",
            wide,
            f"wide-note.xlsx ({sheets.SIZES['benchmark']} rows, a note at ALL)",
            ["check", "wide-note.xlsx", *AS_OF, "-f", "json"],
            made["sheets"],
        ),
        Worst(
            "  the same, without note",
            wide,
            "same-table-no-note.xlsx (the yardstick: what the data costs)",
            ["check", "same-table-no-note.xlsx", *AS_OF, "-f", "json"],
            made["sheets"],
        ),
        Worst(
            "special file: /dev/zero",
            special,
            "a .yaml symlink to /dev/zero",
            ["check", f"{d}/zero.yaml", *AS_OF],
            made["files"],
        ),
        Worst(
            "special file: FIFO",
            special,
            "a .yaml FIFO nobody writes to",
            ["check", f"{d}/fifo.yaml", *AS_OF],
            made["files"],
        ),
        Worst(
            "special file: unsized",
            special,
            "a .yaml symlink to /proc/self/pagemap (stat: 0 bytes)",
            ["check", f"{d}/pagemap.yaml", *AS_OF],
            made["files"],
        ),
        Worst(
            "number bounds (input)",
            len(numbers.CASES) - rule_numbers,
            "amount-4400-digits.yaml",
            ["check", "amount-4400-digits.yaml", "--rules", "hostile", *AS_OF],
            made["numbers"],
        ),
        Worst(
            "number bounds (rules)",
            rule_numbers,
            "rules-amount-4400-digits (check with it)",
            ["check", "rules-tender.yaml", "--rules", "rules-amount-4400-digits", *AS_OF],
            made["numbers"],
        ),
        Worst(
            "extends chain",
            len(chains.LENGTHS),
            f"{chains.LENGTHS['longer']} files chained",
            ["rules", "validate", f"chain-{chains.LENGTHS['longer']}"],
            made["chains"],
        ),
        Worst(
            "zip flags",
            len(zipflags.CASES),
            "laughs-core.xlsx under --annotate",
            ["check", "laughs-core.xlsx", "--annotate", "-o", "copy.xlsx", *AS_OF],
            made["zipflags"],
        ),
        Worst(
            "BSN forms",
            inert_count("bsn"),
            "bsn/header-cell.xlsx",
            ["check", "bsn/header-cell.xlsx", *AS_OF],
            made["inert"],
        ),
        Worst(
            "control codes / markup",
            inert_count("control") + inert_count("markup"),
            "control/title-osc8.yaml",
            ["check", "control/title-osc8.yaml", *AS_OF, "-f", "xlsx", "-o", "report.xlsx"],
            made["inert"],
        ),
        Worst(
            "rule text in templates",
            inert_count("template"),
            "template/code-newline.yaml -> template.xlsx",
            ["template", "-o", "t.xlsx", "--rules", "template/code-newline.yaml"],
            made["inert"],
        ),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        classes = _classes(Path(folder))
        print(f"{'class':<26} {'cases':>5}  {'exit':>4} {'time':>8} {'peak':>9}  worst case")
        measured = {}
        for worst in classes:
            code, seconds, peak = run(worst)
            measured[worst.klass] = (seconds, peak)
            figures = f"{code!s:>4} {seconds:>7.2f}s {peak:>6.0f} MiB"
            print(f"{worst.klass:<26} {worst.cases:>5}  {figures}  {worst.name}")
        (wide_s, wide_m), (plain_s, plain_m) = measured[classes[1].klass], measured[classes[2].klass]
        print(
            f"item 6: the far note costs {wide_s / plain_s:.2f} x the time and {wide_m / plain_m:.2f} x the "
            "memory of the same table without it (1.00 = proportional to the cells that hold data)"
        )


if __name__ == "__main__":
    main()
