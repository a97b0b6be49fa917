"""`batch --keep-going`: broken contracts become error findings, the rest is evaluated, exit 3."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app

PORTFOLIO = """
contracts:
  - {id: GOOD, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: haaglanden}
  - {id: BAD, type: works, value_excl_vat: "lots", start: 2026-01-01, end: 2026-12-31}
  - {id: BLOCK, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: haaglanden}
  - {id: OLD, type: works, value_excl_vat: "500000", start: 2010-01-01, end: 2010-12-31, rules: haaglanden}
contributions:
  - {contract: GOOD, block: social_purchase, amount: "30000", date: 2026-03-01}
  - {contract: BLOCK, block: nonsense, amount: "1"}
"""


def run(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    source = tmp_path / "portfolio.yaml"
    source.write_text(PORTFOLIO, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["batch", str(source), "--as-of", "2026-11-23", "-f", "json", *extra], catch_exceptions=False
    )
    return result.exit_code, result.stdout, result.stderr


def test_without_keep_going_nothing_is_evaluated(tmp_path: Path) -> None:
    code, out, err = run(tmp_path)
    assert code == 3 and out == ""
    assert "value_excl_vat: found 'lots'" in err  # values are checked before rules, and stop the run


def test_keep_going_evaluates_the_rest_and_still_exits_3(tmp_path: Path) -> None:
    code, out, err = run(tmp_path, "--keep-going")
    assert code == 3
    report = json.loads(out)
    assert [c["id"] for c in report["contracts"]] == ["GOOD"]
    assert report["contracts"][0]["verdict"] == "compliant"
    errors = report["errors"]
    assert [(e["code"], e["severity"], e["location"].rsplit(":", 1)[1]) for e in errors] == [
        ("input_error", "error", "4"),
        ("input_error", "error", "9"),
        ("input_error", "error", "6"),
    ]
    assert "no version in force on 2010-01-01" in errors[2]["params"]["en"]
    assert errors[0]["message"] == (
        "value_excl_vat: found 'lots', expected an amount such as 1250000.00 or € 1.250.000,00"
    )
    lines = err.splitlines()
    assert lines[0].startswith("1 contracts, 1 with social return")
    assert len(lines) == 4 and all(line.startswith(f"sroi: {tmp_path}") for line in lines[1:])
