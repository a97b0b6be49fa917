"""What the special-file corpus costs (issue 10, item 2): time and peak memory of every case.

Each case of tests/cases/hostile/build_files.py runs in a child process of its own (one interpreter
per case, so the peak RSS is that case's), under an address-space limit. Besides the corpus' cases
(which lower `file_mb` to keep the suite quick) it runs the worst of the "unsized" class at the
default limit: `/proc/self/pagemap`, which `stat` says is 0 bytes and which holds 256 GiB, read
until the 200 MiB of `file_mb`. It prints one line per case, then per class the number of cases and
its worst time and worst peak memory. Figures are reported, not asserted.

    python benchmarks/hostile_files.py
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "tests" / "cases" / "hostile" / "build_files.py"
MEMORY = 6 * 2**30
CHILD = """\
import importlib.util, json, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("build_files", sys.argv[1])
built = importlib.util.module_from_spec(spec); sys.modules["build_files"] = built
spec.loader.exec_module(built)
if sys.argv[3] == "pagemap-default-limit":
    built.CASES[sys.argv[3]] = built.Case("unsized", built._check("pagemap.yaml"), 3, ())
print(json.dumps(built.run(Path(sys.argv[2]), [sys.argv[3]])))
"""


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("build_files", BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_files"] = module
    spec.loader.exec_module(module)
    return module


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def measure(folder: Path, name: str) -> tuple[int, float, float]:
    """Exit code of the case, wall seconds of the child, and its peak RSS in MiB."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(BUILD), str(folder), name],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        preexec_fn=_bounded,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert child.stdout is not None
    out = child.stdout.read()
    _, _, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    seconds = time.perf_counter() - started
    code = json.loads(out)[name][0] if out.strip() else -1
    return code, seconds, usage.ru_maxrss / 1024


def main() -> None:
    built = _load()
    names = [*built.CASES, "pagemap-default-limit"]
    kinds = {name: built.CASES[name].kind if name in built.CASES else "unsized" for name in names}
    worst: dict[str, tuple[int, float, float, str, str]] = {}
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        built.build(folder)
        print(f"{'case':<28} {'class':<8} {'exit':>4} {'seconds':>8} {'peak MiB':>9}")
        for name in names:
            code, seconds, peak = measure(folder, name)
            print(f"{name:<28} {kinds[name]:<8} {code:>4} {seconds:>8.2f} {peak:>9.1f}")
            count, slow, big, slow_name, big_name = worst.get(kinds[name], (0, 0.0, 0.0, "", ""))
            worst[kinds[name]] = (
                count + 1,
                max(slow, seconds),
                max(big, peak),
                name if seconds >= slow else slow_name,
                name if peak >= big else big_name,
            )
    print()
    print(f"{'class':<8} {'cases':>5} {'worst s':>8} {'(case)':<28} {'worst MiB':>9} (case)")
    for kind, (count, slow, big, slow_name, big_name) in sorted(worst.items()):
        print(f"{kind:<8} {count:>5} {slow:>8.2f} {slow_name:<28} {big:>9.1f} {big_name}")


if __name__ == "__main__":
    main()
