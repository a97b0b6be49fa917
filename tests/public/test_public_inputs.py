"""TenderNed's workbook and OCDS are inputs of check, batch and validate too, recognised by content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_each_awarded_lot_is_a_contract_with_its_defaults_said(public: Path, tmp_path: Path) -> None:
    # a name that says nothing: the workbook is recognised by its headers
    source = shutil.copy(public / "tenderned-dataset.xlsx", tmp_path / "export.xlsx")
    code, out, _ = run("check", str(source), "--as-of", "2026-12-01", "-f", "json", "--fail-on", "never")
    assert code == 0
    contracts = json.loads(out)["contracts"]
    coverage = json.loads(run("coverage", str(source), "--as-of", "2026-12-01", "-f", "json")[1])
    assert len(contracts) == coverage["totals"]["lots"]
    ids = {c["id"] for c in contracts}
    assert len(ids) == len(contracts) and any("/" in i for i in ids)  # lots keep their own id
    first = contracts[0]
    codes = {f["code"] for f in first["findings"]}
    noted = {n["field"] for n in coverage["notes"] if n["lot"] == first["id"]} - {"rules_in_force"}
    assert {f"default_{n}" for n in noted} <= codes
    assert all(f["severity"] == "info" for f in first["findings"] if f["code"].startswith("default_"))
    haag = [c for c in contracts if c["authority"] == "Gemeente Den Haag" and c["start"] >= "2023-07-01"]
    assert haag and {c["rules"]["id"] for c in haag} == {"haaglanden"}


def test_a_rule_set_not_yet_in_force_falls_back_and_says_so(public: Path) -> None:
    code, out, _ = run(
        "batch",
        str(public / "tenderned-ocds.jsonl.gz"),
        "--as-of",
        "2026-12-01",
        "-f",
        "json",
        "--fail-on",
        "never",
    )
    assert code == 0
    early = [
        c
        for c in json.loads(out)["contracts"]
        if c["authority"] == "Gemeente Den Haag" and c["start"] < "2023-07-01"  # awarded before it too
    ]
    assert early and all(c["rules"]["id"] == "rijk" for c in early)
    assert all(any(f["code"] == "default_rules" for f in c["findings"]) for c in early)


def test_validate_reads_both_formats(public: Path) -> None:
    dataset, ocds = str(public / "tenderned-dataset.xlsx"), str(public / "tenderned-ocds.jsonl")
    for one in (dataset, ocds):
        code, out, _ = run("validate", one)
        assert (code, out) == (0, "1 passed, 0 failed\n")
    # the two hold the same lots: as `check` refuses them together (one source per contract),
    # so does `validate`, naming the first place of each id
    checked, _, _ = run("check", dataset, ocds, "-f", "json")
    code, out, _ = run("validate", dataset, ocds)
    assert checked == code == 3
    assert out.endswith("1 passed, 1 failed\n")
    assert "appears twice (first at " in out


def test_json_that_is_not_ocds_is_not_taken_for_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    code, _, err = run("check", str(path), "--as-of", "2026-12-01")
    assert code == 3 and "unsupported file type '.json'" in err
