"""Text from an input that looks like a marker (`=`, `€`, `%`, `#`, `'`, `@`) is shown as it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

INPUT = """
contracts:
  - {id: "=HYPERLINK(1)", type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31,
     rules: test-settings, pso: {level: "%trede", valid_from: 2026-01-01, valid_until: 2026-06-30}}
  - {id: "#2", type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31,
     rules: test-settings}
contributions:
  - {contract: "=HYPERLINK(1)", block: participatiewet, candidate: "=cmd|' /C calc'!A0",
     hours_per_week: "36", start: 2026-01-01, end: 2026-03-31}
  - {contract: "=HYPERLINK(1)", block: participatiewet, candidate: "=cmd|' /C calc'!A0",
     hours_per_week: "36", start: 2026-02-01, end: 2026-04-30}
  - {contract: "#2", block: participatiewet, candidate: "€5", hours_per_week: "36", start: 2026-02-01}
"""
RULES = Path(__file__).parents[1] / "cases" / "rules" / "pso-lowlabour.yaml"


@pytest.mark.parametrize("fmt", ["table", "json", "md", "csv", "html"])
@pytest.mark.parametrize("command", ["check", "batch"])
def test_marker_like_text_is_literal(tmp_path: Path, fmt: str, command: str) -> None:
    source = tmp_path / "odd.yaml"
    source.write_text(INPUT, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [command, str(source), "--rules", str(RULES), "--as-of", "2026-11-23", "-f", fmt],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.stderr
    if fmt == "json":
        findings = [f["message"] for c in json.loads(result.stdout)["contracts"] for f in c["findings"]]
        assert any("candidate =cmd|' /C calc'!A0 is counted twice" in m for m in findings)
        assert any("PSO level %trede" in m or "certificate %trede" in m for m in findings)


def test_at_sign_in_an_unknown_block_is_not_a_message_key(tmp_path: Path) -> None:
    source = tmp_path / "at.yaml"
    source.write_text(
        "contract: {id: A, type: works, value_excl_vat: '500000', start: 2026-01-01, "
        "end: 2026-12-31, rules: haaglanden, contributions: [{block: '@expect_date', "
        "amount: '5'}]}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["check", str(source)], catch_exceptions=False)
    assert result.exit_code == 3
    assert "block '@expect_date' is not in rule set haaglanden 2023-07" in result.stderr
