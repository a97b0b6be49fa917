"""`batch --keep-going`: broken contracts become error findings, the rest is evaluated, exit 3."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
    # the problem's key and arguments, never a sentence said in advance in each language
    assert errors[2]["params"]["problem"] == "no_version" and "en" not in errors[2]["params"]
    assert "no version in force on 2010-01-01" in errors[2]["message"]
    assert errors[0]["message"] == (
        "value_excl_vat: found 'lots', expected an amount such as 1250000.00 or € 1.250.000,00"
    )
    lines = err.splitlines()
    assert lines[0].startswith("1 contract, 1 with social return")
    assert len(lines) == 4 and all(line.startswith(f"sroi: {tmp_path}") for line in lines[1:])


ONE = """
contracts:
  - {id: A-1, type: works, value_excl_vat: "1000000", start: 2025-01-01, end: 2026-06-30, rules: haaglanden}
  - {id: KEEP, type: works, value_excl_vat: "1000000", start: 2025-01-01, end: 2026-06-30, rules: haaglanden}
contributions:
  - {contract: A-1, block: social_purchase, amount: "30000", date: 2025-06-30, status: accepted}
  - {contract: KEEP, block: social_purchase, amount: "50000", date: 2025-06-30, status: accepted}
"""
BROKEN_COPY = """
contracts:
  - {id: A-1, type: works, value_excl_vat: "1000000", start: 2025-01-01, end: 2026-13-30, rules: haaglanden}
contributions:
  - {contract: A-1, block: social_purchase, amount: "30000", date: 2025-06-30, status: accepted}
"""
VALID_COPY = BROKEN_COPY.replace("2026-13-30", "2026-06-30")


def _two_files(tmp_path: Path, second: str, *extra: str) -> tuple[int, dict[str, Any] | None, str]:
    (tmp_path / "a.yaml").write_text(ONE, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(second, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["batch", str(tmp_path), "--as-of", "2026-11-23", "-f", "json", *extra], catch_exceptions=False
    )
    return result.exit_code, json.loads(result.stdout) if result.stdout else None, result.stderr


def test_a_broken_second_copy_is_never_merged_into_the_valid_one(tmp_path: Path) -> None:
    code, report, _ = _two_files(tmp_path, BROKEN_COPY, "--keep-going")
    assert code == 3 and report is not None
    assert [(c["id"], c["realised"]) for c in report["contracts"]] == [("KEEP", "50000.00")]
    messages = [e["message"] for e in report["errors"]]
    assert f"contract id 'A-1' appears twice (first at {tmp_path / 'a.yaml'}:3)" in messages
    assert any(e["location"] == f"{tmp_path / 'b.yaml'}:3" for e in report["errors"])


def test_two_valid_copies_are_both_left_out_never_listed_twice(tmp_path: Path) -> None:
    code, report, _ = _two_files(tmp_path, VALID_COPY, "--keep-going")
    assert code == 3 and report is not None
    assert [c["id"] for c in report["contracts"]] == ["KEEP"]
    assert [e["message"] for e in report["errors"]] == [
        f"contract id 'A-1' appears twice (first at {tmp_path / 'a.yaml'}:3)"
    ]


def test_a_broken_copy_stops_the_run_naming_both_places(tmp_path: Path) -> None:
    code, report, err = _two_files(tmp_path, BROKEN_COPY)
    assert code == 3 and report is None
    assert f"sroi: {tmp_path / 'b.yaml'}:3: contract id 'A-1' appears twice (first at " in err
    assert f"{tmp_path / 'a.yaml'}:3)" in err


def test_twice_in_one_file_with_the_second_broken(tmp_path: Path) -> None:
    source = tmp_path / "one.yaml"
    source.write_text(
        ONE.replace(
            "contributions:", BROKEN_COPY.split("contributions:")[0].split("contracts:")[1] + "contributions:"
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        ["batch", str(source), "--as-of", "2026-11-23", "-f", "json", "--keep-going"],
        catch_exceptions=False,
    )
    report = json.loads(result.stdout)
    assert [c["id"] for c in report["contracts"]] == ["KEEP"]
    assert f"contract id 'A-1' appears twice (first at {source}:3)" in [
        e["message"] for e in report["errors"]
    ]


def test_a_kept_input_error_is_said_in_the_language_of_the_report(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path, "--keep-going", "--lang", "nl")
    errors = json.loads(out)["errors"]
    assert code == 3 and (errors[0]["params"]["problem"], errors[0]["params"]["found"]) == (
        "bad_value",
        "'lots'",
    )
    assert "gevonden 'lots', verwacht een bedrag zoals" in errors[0]["message"]
