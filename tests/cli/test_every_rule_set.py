"""Every bundled rule set works end to end in both languages: `rules show`, a template made from it,
and `check` on that template — so a new set cannot ship with a block, label or key that breaks one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import RuleLibrary

IDS = RuleLibrary().ids()
AS_OF = "2026-12-02"


def sroi(*args: str) -> Any:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def test_the_new_sets_are_bundled() -> None:
    new = {"bloemendaal", "harlingen", "hilversum", "leidschendam-voorburg", "lekstroom", "rotterdam"}
    assert new | {"amsterdam", "schiedam", "twente", "wsp-regio-zwolle"} <= set(IDS)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("rule_id", IDS)
def test_show_template_and_check(rule_id: str, lang: str, tmp_path: Path) -> None:
    shown = sroi("rules", "show", rule_id, "--lang", lang)
    assert shown.exit_code == 0, shown.stderr
    latest = RuleLibrary().history(rule_id).versions[-1]
    flat = " ".join(shown.stdout.split())
    assert all(code in flat for code in latest.valuation.blocks)
    template = tmp_path / "t.yaml"
    made = sroi("template", "-o", str(template), "--rules", rule_id, "--as-of", AS_OF, "--lang", lang)
    assert made.exit_code == 0, made.stderr
    checked = sroi("check", str(template), "--as-of", AS_OF, "--lang", lang, "-f", "json")
    assert checked.exit_code == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["contracts"][0]["rules"]["id"] == rule_id
