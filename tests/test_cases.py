"""Run every scenario in tests/cases/scenarios and every bundled rule set's own cases.

The runner is the one `sroi rules test` uses (sroi_cli.app.rules_test): input, as-of date and the
figures expected per contract.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sroi_cli.app.rules_test import find_cases, run_case
from sroi_cli.render.rules_test_view import failure_text

CASES = sorted((Path(__file__).parent / "cases" / "scenarios").glob("*.yaml"))
BUNDLED = Path(__file__).parents[1] / "src" / "sroi_cli" / "rules"
RULE_CASES = find_cases(str(BUNDLED))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    result = run_case(path)
    assert [failure_text(f, "en") for f in result.failures] == []


@pytest.mark.parametrize(
    ("path", "rules"),
    RULE_CASES,
    ids=[f"{rules.name if rules else '-'}/{path.stem}" for path, rules in RULE_CASES],
)
def test_bundled_rule_case(path: Path, rules: Path) -> None:
    result = run_case(path, rules)
    assert [failure_text(f, "en") for f in result.failures] == []


def test_every_bundled_rule_set_ships_at_least_two_cases() -> None:
    folders = sorted(p for p in BUNDLED.iterdir() if p.is_dir())
    counts = {folder.name: sum(1 for _, rules in RULE_CASES if rules == folder) for folder in folders}
    assert counts and all(n >= 2 for n in counts.values()), counts
