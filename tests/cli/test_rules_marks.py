"""`assumed:` and `contested:` in a rule file: keys checked against the rule set, counted, shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.rules import has_key
from sroi_cli.io.rules_loader import RuleLibrary

AS_OF = ("--as-of", "2026-11-23", "--lang", "en")

BASE = (
    "schema: sroi.rules/1\n"
    "id: demo\n"
    'version: "2020-01"\n'
    "valid_from: 2020-01-01\n"
    "title: Demo\n"
    "sources: [{title: Demo}]\n"
    "last_checked: 2026-11-01\n"
    "applicability: {contract_types: [works], threshold: '100000'}\n"
    "obligation: {method: percentage, percentage: '0.05'}\n"
    "valuation:\n"
    "  blocks:\n"
    "    participatiewet: {method: per_year, amount: '40000'}\n"
    "banenafspraak: {quotum: {2024: '0.0276'}}\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["rules", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "demo"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_mark_naming_no_value_is_refused_on_its_line(tmp_path: Path) -> None:
    text = BASE + (
        "assumed:\n"
        "  valid_from: placeholder\n"  # line 15
        "  valuation.blocks.wia.amount: no such block\n"  # line 16
        "contested:\n"
        "  obligation.basiss: typo\n"  # line 18
    )
    path = write(tmp_path, "2020-01-01.yaml", text)
    code, out, _ = run("validate", str(path), *AS_OF)
    assert code == 4
    assert "demo/2020-01-01.yaml:16: error: assumed: 'valuation.blocks.wia.amount' names no value" in out
    assert "demo/2020-01-01.yaml:18: error: contested: 'obligation.basiss' names no value" in out
    assert "valid_from" not in out.split("error")[1].split("\n")[0]  # the good key is not refused


def test_marks_are_counted_and_an_assumed_threshold_warns(tmp_path: Path) -> None:
    text = BASE + (
        "assumed:\n"
        "  applicability.threshold: borrowed from a neighbour\n"
        "  banenafspraak.quotum.2024: not confirmed\n"
        "contested:\n"
        '  obligation.basis: \'A: "loonsom"; B: "opdrachtwaarde"\'\n'
    )
    path = write(tmp_path, "2020-01-01.yaml", text)
    code, out, _ = run("validate", str(path), *AS_OF)
    assert code == 0
    assert (
        "demo/2020-01-01.yaml:14: info: rule set demo 2020-01: 2 value(s) assumed, 1 contested: "
        "applicability.threshold, banenafspraak.quotum.2024, obligation.basis"
    ) in out
    assert "warning: rule set demo 2020-01 assumes applicability.threshold: not published by" in out
    assert "obligation.percentage" not in out.split("warning")[1]  # the percentage is not marked
    code, out, _ = run("validate", str(path), "--fail-on", "warning", *AS_OF)
    assert code == 1


def test_nl_counts(tmp_path: Path) -> None:
    path = write(tmp_path, "2020-01-01.yaml", BASE + "assumed: {obligation.percentage: guess}\n")
    _, out, _ = run("validate", str(path), "--as-of", "2026-11-23", "--lang", "nl")
    assert "info: regelset demo 2020-01: 1 waarde(n) aangenomen, 0 betwist: obligation.percentage" in out
    assert "regelset demo 2020-01 neemt obligation.percentage aan: niet gepubliceerd door" in out


def test_a_version_that_extends_keeps_marks_of_values_it_does_not_restate(tmp_path: Path) -> None:
    write(
        tmp_path,
        "2020-01-01.yaml",
        BASE + "assumed:\n  valid_from: placeholder\n  obligation.percentage: guess\n",
    )
    child = write(
        tmp_path,
        "2024-01-01.yaml",
        "schema: sroi.rules/1\nid: demo\nversion: '2024-01'\nvalid_from: 2024-01-01\n"
        "extends: demo@2020-01\nobligation: {percentage: '0.04'}\n"
        "assumed: {valuation.blocks.participatiewet.amount: borrowed}\n",
    )
    rules = RuleLibrary([child.parent]).load(child)
    # the percentage and valid_from are the child's own now (every version states its valid_from);
    # the child's own mark remains, and an inherited mark of a value it does not restate stays
    assert rules.assumed == {"valuation.blocks.participatiewet.amount": "borrowed"}
    grandchild = write(
        tmp_path,
        "2025-01-01.yaml",
        "schema: sroi.rules/1\nid: demo\nversion: '2025-01'\nvalid_from: 2025-01-01\n"
        "extends: demo@2024-01\nobligation: {maximum: '9000'}\n",
    )
    assert RuleLibrary([child.parent]).load(grandchild).assumed == {
        "valuation.blocks.participatiewet.amount": "borrowed"
    }


def test_rules_show_lists_the_marks_in_table_and_json(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "2020-01-01.yaml",
        BASE + "assumed: {applicability.threshold: borrowed}\ncontested: {obligation.basis: two readings}\n",
    )
    code, out, _ = run("show", "demo", "--rules", str(path), *AS_OF)
    assert code == 0
    assert "demo 2020-01: 1 value(s) assumed, 1 contested" in out
    assert "applicability.threshold" in out and "borrowed" in out and "two readings" in out
    code, out, _ = run("show", "demo", "--rules", str(path), "-f", "json", *AS_OF)
    data = json.loads(out)[0]
    assert data["assumed"] == {"applicability.threshold": "borrowed"}
    assert data["contested"] == {"obligation.basis": "two readings"}


def test_has_key_walks_fields_and_mappings() -> None:
    rules = RuleLibrary().history("haaglanden").versions[0]
    assert has_key(rules, "valid_from")
    assert has_key(rules, "obligation.maximum")  # a field left empty is still a value
    assert has_key(rules, "valuation.blocks")
    assert has_key(rules, "valuation.blocks.no_benefit.amount")
    assert has_key(rules, "banenafspraak.hours_per_job_per_year")
    assert not has_key(rules, "valuation.blocks.nope")
    assert not has_key(rules, "valuation.blocks.training.amount")  # actual_cost has no amount
    assert not has_key(rules, "obligation.low_labour.percentage")  # no low_labour section
    assert not has_key(rules, "assumed")
    assert not has_key(rules, "")


def test_the_schema_describes_both_marks() -> None:
    result = CliRunner().invoke(app, ["schema", "rules"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    for name in ("RuleSet", "RuleSetPartial"):
        props = schema["$defs"][name]["properties"]
        assert props["assumed"]["additionalProperties"]["type"] == "string"
        assert props["contested"]["type"] == "object"


def test_a_mapping_where_the_parent_had_none_replaces_its_mark(tmp_path: Path) -> None:
    """Leidschendam-Voorburg's low-labour rate over Haaglanden's `low_labour: null`: the parent's
    mark on that value is the parent's, not the child's; a mapping laid over a mapping keeps it."""
    write(
        tmp_path,
        "2020-01-01.yaml",
        BASE.replace("percentage: '0.05'}", "percentage: '0.05', low_labour: null}")
        + "contested:\n  obligation.low_labour: 'parent: none; another source: 2%'\n"
        + "assumed:\n  valuation.blocks.participatiewet: borrowed table\n",
    )
    child = write(
        tmp_path,
        "2024-01-01.yaml",
        "schema: sroi.rules/1\nid: demo\nversion: '2024-01'\nvalid_from: 2024-01-01\n"
        "extends: demo@2020-01\n"
        "obligation: {low_labour: {below_share: '0.30', percentage: '0.02'}}\n"
        "valuation: {blocks: {participatiewet: {max_months: 24}}}\n",
    )
    rules = RuleLibrary([child.parent]).load(child)
    assert rules.contested == {}
    assert rules.assumed == {"valuation.blocks.participatiewet": "borrowed table"}


@pytest.mark.parametrize(
    ("rule_id", "version", "assumed", "contested"),
    [
        # rules-audit §1: unverified values are assumed, contradicted values kept are contested
        (
            "utrecht",
            "2015-01",
            {"valid_from", "applicability.threshold", "obligation.percentage"},
            {"valuation.norm_hours_per_week", "valuation.bonuses.permanent_contract.method"},
        ),
        ("utrecht", "2023-01", {"valid_from", "applicability.threshold", "obligation.percentage"}, set()),
        ("rijnvicus", "2019-01", {"valid_from", "applicability.threshold", "obligation.percentage"}, set()),
        ("sudwest-fryslan", "2017-01", {"valid_from", "applicability.threshold", "valuation.blocks"}, set()),
        (
            "oost-nederland",
            "V05 april 2023",
            {"valid_from", "obligation.percentage"},
            {"applicability.threshold", "obligation.basis"},
        ),
        (
            "haaglanden",
            "2023-07",
            {"obligation.penalty_share", "valuation.blocks.social_purchase.share"},
            {"obligation.low_labour"},
        ),
        ("rijk", "2011-07", {"obligation.penalty_share"}, {"applicability.threshold_inclusive"}),
        (
            "rijk",
            "2018-01",
            {"obligation.penalty_share", "valuation.blocks.ict_professional_on_benefit"},
            {"applicability.threshold_inclusive"},
        ),
    ],
)
def test_bundled_sets_mark_what_the_audit_could_not_confirm(
    rule_id: str, version: str, assumed: set[str], contested: set[str]
) -> None:
    rules = next(v for v in RuleLibrary().history(rule_id).versions if v.version == version)
    assert assumed <= set(rules.assumed)
    assert contested <= set(rules.contested)
    assert all(text.strip() for text in [*rules.assumed.values(), *rules.contested.values()])


def test_confirmed_values_are_not_marked() -> None:
    haaglanden = RuleLibrary().history("haaglanden").versions[0]
    # quoted from Den Haag: "5% van de inschrijfsom", "Participatiewet € 40.000"
    assert not set(haaglanden.assumed) & {"obligation.percentage", "valuation.blocks.participatiewet"}
    swf = RuleLibrary().history("sudwest-fryslan").versions[0]
    # "minimaal 2% van de totale opdrachtwaarde excl. BTW", "met een maximum van €300.000"
    assert not set(swf.assumed) & {"obligation.percentage", "obligation.maximum"}
