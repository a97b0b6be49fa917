"""`banen --organisation`: the hirer matched without regard to case; a name no placement has is a
usage mistake (exit 2), not a quotum computed on 0 jobs."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

PLACEMENTS = """\
contracts:
  - {id: B, type: services, value_excl_vat: "1000000", start: 2024-01-01, end: 2025-12-31, rules: rijk}
contributions:
  - {contract: B, block: banenafspraak, candidate: K-1, hours_per_week: "25.5", start: 2025-01-01,
     end: 2025-12-31, doelgroepregister: true, hirer: Gemeente X, amount: "1000"}
"""


def _banen(tmp_path: Path, name: str) -> tuple[int, str, str]:
    source = tmp_path / "b.yaml"
    source.write_text(PLACEMENTS, encoding="utf-8")
    args = ["banen", str(source), "--as-of", "2026-11-23", "--year", "2025", "--paid-hours", "100000"]
    result = CliRunner().invoke(app, [*args, "--organisation", name, "-f", "json"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", ["Gemeente X", "gemeente x", " GEMEENTE X "])
def test_the_hirer_is_found_whatever_its_case(tmp_path: Path, name: str) -> None:
    code, out, _ = _banen(tmp_path, name)
    assert code == 0 and '"organisation": "Gemeente X"' in out


def test_a_hirer_no_placement_names_is_refused(tmp_path: Path) -> None:
    code, out, err = _banen(tmp_path, "Gemeente Y")
    assert code == 2 and out == ""
    assert "no placement names that hirer; they name: Gemeente X" in err
