"""`sroi batch -f json | head`: a reader that stops early is no failure, and the totals stay whole."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROWS = 1500  # contracts: their JSON is far more than a pipe holds, so the reader leaves mid-stream


def _portfolio(folder: Path) -> Path:
    """Contracts below the threshold, then one non-compliant contract last: only a batch that
    counts every contract, also those after its reader left, exits 1."""
    lines = ["contracts:"]
    for n in range(ROWS):
        lines += [
            f"  - id: C-{n:04d}",
            "    title: Onderhoud openbare ruimte, een lange omschrijving die het rapport groter maakt",
            "    type: works",
            f"    value_excl_vat: {20000 if n < ROWS - 1 else 2000000}",
            "    start: 2025-01-01",
            "    end: 2026-06-30",
            "    status: completed",
            "    rules: haaglanden",
        ]
    path = folder / "year.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _batch(path: Path, fmt: str) -> list[str]:
    return [sys.executable, "-m", "sroi_cli", "batch", str(path), "-f", fmt, "--as-of", "2026-11-23", "-q"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_reader_that_stops_early_keeps_the_exit_code_and_the_totals(tmp_path: Path, fmt: str) -> None:
    path = _portfolio(tmp_path)
    whole = subprocess.run(_batch(path, fmt), capture_output=True, text=True, check=False)
    assert len(whole.stdout) > 200_000  # more than a pipe's buffer: the writer is still busy when it closes
    with subprocess.Popen(
        _batch(path, fmt), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as early:
        assert early.stdout is not None and early.stderr is not None
        early.stdout.read(100)
        early.stdout.close()  # `| head -c 100`
        said = early.stderr.read()
        code = early.wait()
    assert code == whole.returncode == 1  # the non-compliant contract came after the reader left
    assert "internal error" not in said
    assert said.strip().splitlines()[-1] == whole.stderr.strip().splitlines()[-1]  # the same totals
