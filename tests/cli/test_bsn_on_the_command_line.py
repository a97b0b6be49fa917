"""A BSN typed on the command line is never echoed: not by a usage error, not in a report, not in
the line that names the file written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

BSN = "123456782"  # passes the eleven-test
PLACEMENTS = """\
contracts:
  - {id: B, type: services, value_excl_vat: "1000000", start: 2024-01-01, end: 2025-12-31, rules: rijk}
contributions:
  - {contract: B, block: banenafspraak, candidate: K-1, hours_per_week: "25.5", start: 2025-01-01,
     end: 2025-12-31, doelgroepregister: true, hirer: Gemeente X, amount: "1000"}
"""


@pytest.mark.parametrize(
    "args",
    [
        ["batch", "{f}", "-g", BSN],
        ["check", "{f}", "--as-of", BSN],
        ["check", "{f}", "--as-of", "123.456.782"],
        ["banen", "{f}", "--year", "2025", "--paid-hours", "100000", "--organisation", BSN],
        ["check", "{f}", "-o", "{d}/" + BSN + ".json"],
    ],
    ids=["grouping", "as-of", "as-of-dotted", "organisation", "output-name"],
)
def test_no_bsn_typed_on_the_line_comes_back(tmp_path: Path, args: list[str]) -> None:
    source = tmp_path / "b.yaml"
    source.write_text(PLACEMENTS, encoding="utf-8")
    words = [a.format(f=source, d=tmp_path) for a in args]
    result = CliRunner().invoke(app, words)
    assert result.exit_code in (0, 1, 2), result.output
    for shown in (result.stdout, result.stderr):
        assert BSN not in shown.replace(str(tmp_path), "") and "123.456.782" not in shown
