"""`sroi schema input|report|rules`: valid draft 2020-12 schemas that accept what sroi reads and writes."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import BUNDLED
from sroi_cli.io.yamlsafe import load_yaml

ROOT = Path(__file__).parents[2]
RULE_FILES = sorted(BUNDLED.glob("*/*.yaml"))
INPUTS = sorted((ROOT / "examples").rglob("*.yaml"))
SCENARIOS = sorted((ROOT / "tests" / "cases" / "scenarios").glob("*.yaml"))
REPORTED = ["tender.yaml", "contracts-2026.yaml", "rijk-maatwerk.yaml", "utrecht-portfolio.yaml"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def schema(kind: str) -> Draft202012Validator:
    code, out, err = invoke("schema", kind)
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(document)
    return Draft202012Validator(document)


def as_json(value: Any) -> Any:
    """What a YAML-aware editor hands the schema: text keys, dates as text, numbers as numbers."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def read(path: Path) -> Any:
    return as_json(load_yaml(path.read_text(encoding="utf-8"), path.name))


def errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


@pytest.mark.parametrize("path", RULE_FILES, ids=[f"{p.parent.name}/{p.name}" for p in RULE_FILES])
def test_every_bundled_rule_file_fits_the_rules_schema(path: Path) -> None:
    assert errors(schema("rules"), read(path)) == []


def test_a_partial_file_is_checked_as_partial_and_a_complete_one_as_complete() -> None:
    validator = schema("rules")
    partial = read(BUNDLED / "rijk" / "2018-01-01.yaml")
    assert "applicability" not in partial and errors(validator, partial) == []
    partial["valuation"]["blokken"] = {}
    assert errors(validator, partial) == [
        "['valuation']: Additional properties are not allowed ('blokken' was unexpected)"
    ]
    del partial["version"]
    assert "[]: 'version' is a required property" in errors(validator, partial)
    complete = read(BUNDLED / "utrecht" / "2023-01-01.yaml")
    del complete["obligation"]
    assert errors(validator, complete) == ["[]: 'obligation' is a required property"]


@pytest.mark.parametrize("path", INPUTS + SCENARIOS, ids=[p.stem for p in INPUTS + SCENARIOS])
def test_examples_and_scenario_inputs_fit_the_input_schema(path: Path) -> None:
    document = read(path)
    document = document.get("input", document)
    found = errors(schema("input"), document)
    if path.name == "invalid-tender.yaml":
        assert found == [
            "['contract', 'contributions', 0]: Additional properties are not allowed "
            "('hours_per_wk' was unexpected)"
        ]
    else:
        assert found == []


def test_the_input_schema_takes_what_the_reader_takes() -> None:
    validator = schema("input")
    contract = {
        "id": 2026001,
        "type": "werken",
        "value_excl_vat": "€ 1.250.000,00",
        "start": "01-03-2026",
        "end": "2028-02-29",
        "declared": {"threshold": 250000, "percentage": "5%"},
        "contributions": [{"block": "activity", "hours": 40, "doelgroepregister": "nee", "bonuses": "a, b"}],
    }
    assert errors(validator, {"contract": contract}) == []
    assert errors(validator, {"contracts": []}) == []
    assert errors(validator, {"contributions": []}) != []  # contracts are required
    assert errors(validator, {"contract": {**contract, "type": "boat"}}) != []


@pytest.mark.parametrize("name", REPORTED)
def test_the_json_report_fits_the_report_schema(name: str) -> None:
    code, out, _ = invoke("check", str(ROOT / "examples" / name), "--as-of", "2026-11-23", "-f", "json")
    assert code in (0, 1)
    assert errors(schema("report"), json.loads(out)) == []


def test_the_batch_report_fits_the_report_schema_too() -> None:
    code, out, _ = invoke(
        "batch", str(ROOT / "examples" / "contracts-2026.yaml"), "--as-of", "2026-11-23", "-f", "json"
    )
    assert code in (0, 1)
    assert errors(schema("report"), json.loads(out)) == []


def test_the_report_schema_is_closed() -> None:
    validator = schema("report")
    _, out, _ = invoke("check", str(ROOT / "examples" / "tender.yaml"), "--as-of", "2026-11-23", "-f", "json")
    report = json.loads(out)
    report["contracts"][0]["trace"][0]["extra"] = 1
    assert errors(validator, report) == [
        "['contracts', 0, 'trace', 0]: Additional properties are not allowed ('extra' was unexpected)"
    ]


def test_output_to_a_file_and_the_rules_alias(tmp_path: Path) -> None:
    target = tmp_path / "rules.json"
    # the one line every command says after -o (its run context), in the chosen language
    assert invoke("schema", "rules", "-o", str(target)) == (0, "", f"wrote {target}\n")
    assert json.loads(target.read_text(encoding="utf-8")) == json.loads(invoke("rules", "schema")[1])
    assert invoke("schema", "nothing")[0] == 2
