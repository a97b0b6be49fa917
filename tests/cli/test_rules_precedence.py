"""An explicit `--rules` applies to every contract, over the rule set a contract names itself, and
says so in one note on stderr — in every command that takes it (#9 item 12). Rule-set ids match in
any case (#9 item 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
SOURCE = """\
contracts:
  - {id: A, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: haaglanden}
  - {id: B, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: Rijk}
  - {id: C, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: rijk}
  - {id: D, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31, rules: UTRECHT}
  - {id: E, type: works, value_excl_vat: "500000", start: 2026-01-01, end: 2026-12-31}
contributions:
  - {contract: A, block: participatiewet, candidate: K1, hours_per_week: "36", start: 2026-01-01}
"""
AS_OF = ("--as-of", "2026-11-01")
NOTE_EN = "sroi: 3 contracts named another rule set (haaglanden, rijk ×2); --rules utrecht applies\n"
NOTE_NL = "sroi: 3 contracten noemden een andere regelset (haaglanden, rijk ×2); --rules utrecht geldt\n"


def _input(tmp_path: Path) -> str:
    path = tmp_path / "mixed.yaml"
    path.write_text(SOURCE, encoding="utf-8")
    return str(path)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _rules_used(stdout: str) -> list[str]:
    return [c["rules"]["id"] for c in json.loads(stdout)["contracts"]]


def test_check_applies_rules_to_every_contract_and_says_so(tmp_path: Path) -> None:
    code, out, err = _run("check", _input(tmp_path), "--rules", "Utrecht", *AS_OF, "-f", "json")
    assert code == 0
    assert _rules_used(out) == ["utrecht"] * 5
    assert err.count("sroi: ") == 1 and err.startswith(NOTE_EN)


def test_without_rules_each_contract_keeps_its_own_in_any_case(tmp_path: Path) -> None:
    code, out, err = _run("check", _input(tmp_path), *AS_OF, "-f", "json")
    assert code == 0
    assert _rules_used(out) == ["haaglanden", "rijk", "rijk", "utrecht", "rijk"]
    assert "--rules" not in err


@pytest.mark.parametrize(
    "command",
    [
        ("check",),
        ("batch",),
        ("explain", "--contract", "A"),
        ("plan",),
        ("banen",),
        ("validate",),
    ],
    ids=lambda words: words[0],
)
def test_every_command_with_rules_notes_the_override_once(tmp_path: Path, command: tuple[str, ...]) -> None:
    code, _, err = _run(*command, _input(tmp_path), "--rules", "utrecht", *AS_OF, "--lang", "nl")
    assert code == 0, err
    assert err.count(NOTE_NL) == 1
    assert err.count("sroi: ") == 1


def test_the_override_is_also_why_a_block_is_unknown_and_the_note_says_it(tmp_path: Path) -> None:
    # `bbl_level_3_plus` is a Haaglanden block that Utrecht lacks: refused, with the note that explains why
    source = tmp_path / "bbl.yaml"
    source.write_text(SOURCE.replace("block: participatiewet", "block: bbl_level_3_plus"), encoding="utf-8")
    code, _, err = _run("check", str(source), "--rules", "utrecht", *AS_OF)
    assert code == 3
    assert NOTE_EN in err
    assert "block 'bbl_level_3_plus' is not in rule set utrecht" in err


def test_a_rule_file_overrides_too_and_a_folder_of_rule_sets_only_adds_them(tmp_path: Path) -> None:
    one = ROOT / "src" / "sroi_cli" / "rules" / "utrecht"
    code, out, err = _run("check", _input(tmp_path), "--rules", str(one), *AS_OF, "-f", "json")
    assert (code, _rules_used(out), err.startswith(NOTE_EN)) == (0, ["utrecht"] * 5, True)
    every = ROOT / "src" / "sroi_cli" / "rules"
    code, out, err = _run("check", _input(tmp_path), "--rules", str(every), *AS_OF, "-f", "json")
    assert (code, _rules_used(out)) == (0, ["haaglanden", "rijk", "rijk", "utrecht", "rijk"])
    assert "--rules" not in err


def test_no_note_when_every_contract_named_that_rule_set(tmp_path: Path) -> None:
    code, _, err = _run("check", _input(tmp_path), "--rules", "haaglanden", *AS_OF, "-f", "json")
    assert code == 0
    # B, C, D name others; with --rules haaglanden only those three are counted, not A
    assert err.startswith("sroi: 3 contracts named another rule set (rijk ×2, utrecht); --rules haaglanden")
