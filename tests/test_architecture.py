"""The layers of style.md hold: cli -> app -> io/render -> domain, Typer only in cli, a pure domain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_import_contracts_hold() -> None:
    result = subprocess.run(["lint-imports", "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_startup_does_not_import_heavy_modules() -> None:
    """`sroi --help` and a small YAML check never load openpyxl or calamine."""
    code = (
        "import sys; from sroi_cli.cli import app; from typer.testing import CliRunner; "
        "CliRunner().invoke(app, ['check', 'examples/tender.yaml', '--as-of', '2026-11-23']); "
        "print(','.join(m for m in ('openpyxl', 'python_calamine', 'sroi_cli.io.excel') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
