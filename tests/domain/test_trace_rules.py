"""Every step of a trace that cites a rule cites a key the rule set has, with the value used."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import RuleLibrary

EXAMPLES = Path(__file__).parents[2] / "examples"
# A contract that has not started, one ended short under a partial penalty, one on a placements count.
EXTRA = """\
contracts:
  - {id: T-OPEN, type: works, value_excl_vat: "900000", start: 2027-01-01, end: 2027-12-31, rules: utrecht}
  - {id: T-SHORT, type: works, value_excl_vat: "900000", start: 2025-01-01, end: 2025-12-31,
     rules: sudwest-fryslan}
  - {id: T-BEHIND, type: works, value_excl_vat: "900000", start: 2026-01-01, end: 2026-12-31, rules: utrecht}
"""
VERDICT_RULE = {
    "verdict_on_track": "valuation.progress_tolerance",
    "verdict_behind": "valuation.progress_tolerance",
    "verdict_non_compliant": "obligation.penalty_share",
    "verdict_compliant": None,
    "verdict_open": None,
    "verdict_not_applicable": None,
}


def _contracts(tmp_path: Path) -> list[dict[str, Any]]:
    extra = tmp_path / "extra.yaml"
    extra.write_text(EXTRA, encoding="utf-8")
    found = []
    for source in [*sorted(EXAMPLES.glob("*.yaml")), extra]:
        result = CliRunner().invoke(
            app, ["check", str(source), "--as-of", "2026-11-23", "-f", "json"], catch_exceptions=False
        )
        assert result.exit_code in (0, 1), result.stderr
        found += json.loads(result.stdout)["contracts"]
    return found


def _value_at(rules: Any, path: str) -> Any:
    node = rules.model_dump(mode="json")
    for part in path.split("."):
        assert isinstance(node, dict) and part in node, f"{path}: no key {part!r} in the rule set"
        node = node[part]
    return node


@pytest.fixture(scope="module")
def contracts(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    return _contracts(tmp_path_factory.mktemp("trace"))


def test_every_cited_key_exists_with_the_value_the_step_used(contracts: list[dict[str, Any]]) -> None:
    library = RuleLibrary()
    cited = 0
    for contract in contracts:
        for step in contract["trace"]:
            rule = step["rule"]
            if not rule or ": " not in rule:
                continue
            label, _, assignment = rule.partition(": ")
            rule_id, version = label.split(" ", 1)
            path, _, value = assignment.partition(" = ")
            rules = next(v for v in library.history(rule_id).versions if v.version == version)
            if path.startswith("pso_discount."):
                found = (rules.pso_discount or {})[path.split(".", 1)[1]]
            else:
                found = _value_at(rules, path)
            if isinstance(found, dict) and set(found) == {"eu"}:  # an EU threshold: its kind
                assert value == f"{{eu: {found['eu']}}}", step
            elif isinstance(found, str) and not found[:1].isdigit():
                assert found == value, step
            else:
                assert Decimal(str(found)) == Decimal(value), step
            cited += 1
    assert cited > 20


def test_each_verdict_step_cites_the_rule_that_made_it(contracts: list[dict[str, Any]]) -> None:
    seen = set()
    for contract in contracts:
        for step in contract["trace"]:
            if step["step"] not in VERDICT_RULE:
                continue
            seen.add(step["step"])
            wanted = VERDICT_RULE[step["step"]]
            got = step["rule"].partition(": ")[2].partition(" = ")[0] if step["rule"] else None
            assert got == wanted, (contract["id"], step["step"], step["rule"])
    assert seen >= {"verdict_on_track", "verdict_behind", "verdict_non_compliant", "verdict_open"}


def test_value_steps_cite_their_own_block(contracts: list[dict[str, Any]]) -> None:
    for contract in contracts:
        for step in contract["trace"]:
            if step["step"].startswith("trace_value_") and step["rule"]:
                block = step["text"].split(" ", 2)[1]
                assert f"valuation.blocks.{block}." in step["rule"], step
