"""Run every scenario in tests/cases/scenarios: input, as-of date and the figures expected per contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from sroi_cli import app
from sroi_cli.io.yamlsafe import load_yaml
from sroi_cli.render.json_out import report_json

CASES = sorted((Path(__file__).parent / "cases" / "scenarios").glob("*.yaml"))


def pick(data: Any, dotted: str) -> Any:
    """`contributions.0.value` or `findings.codes` (the sorted distinct codes) out of a contract."""
    if dotted == "findings.codes":
        return sorted({f["code"] for f in data["findings"]})
    for part in dotted.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


def run_case(path: Path, tmp_path: Path) -> list[str]:
    case = load_yaml(path.read_text(encoding="utf-8"), path.name)
    source = tmp_path / "input.yaml"  # JSON is YAML: the input goes through the real YAML reader
    source.write_text(json.dumps(case["input"], default=str, indent=1), encoding="utf-8")
    rules = case.get("rules")
    if rules and (path.parent / rules).exists():
        rules = str(path.parent / rules)
    settings = app.Settings(
        as_of=case["as_of"] if isinstance(case["as_of"], dt.date) else dt.date.fromisoformat(case["as_of"]),
        rules=rules,
    )
    report = report_json(app.check([source], settings), "en")
    by_id = {c["id"]: c for c in report["contracts"]}
    wrong = []
    for contract_id, expected in case["expect"].items():
        for key, value in expected.items():
            got = pick(by_id[contract_id], key)
            if got != value:
                wrong.append(f"{contract_id} {key}: expected {value!r}, got {got!r}")
    return wrong


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path, tmp_path: Path) -> None:
    assert run_case(path, tmp_path) == []
