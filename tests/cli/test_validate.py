"""`sroi validate`: every problem of every file in one run, located, in text, json, junit and github."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import RuleLibrary

ROOT = Path(__file__).parents[2]
VALID = "examples/templates/valid-tender.yaml"
INVALID = "examples/templates/invalid-tender.yaml"
AS_OF = ("--as-of", "2026-11-23", "--lang", "en")
INVALID_LINES = [
    f"{INVALID}:12: error: the template declares threshold 250000, but rule set haaglanden 2023-07 "
    "has 216000 (applicability.threshold)",
    f"{INVALID}:17: error: unknown key 'hours_per_wk'; did you mean 'hours_per_week'?",
    f"{INVALID}:19: error: block 'participation' is not in rule set haaglanden 2023-07; expected one of: "
    "no_benefit, young_no_qualification, internship_mbo_hbo, internship_vso_pro, bbl_level_2, "
    "bbl_level_3_plus, ww, wia, participatiewet, banenafspraak, training, social_purchase",
    f"{INVALID}:23: error: block 'participatiewet' (per full-time year) needs 'hours_per_week'",
    f"{INVALID}:26: error: bonus 'age_50_plus' is not in rule set haaglanden 2023-07; expected one of: "
    "age_55_plus, employment_after_vso_pro_internship, employment_with_disability_ips",
    f"{INVALID}:28: error: amount: found 'twaalfduizend', expected an amount such as 1250000.00 or "
    "€ 1.250.000,00",
]


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def tender(path: Path, body: str) -> str:
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_the_valid_template_passes() -> None:
    assert invoke("validate", VALID, *AS_OF) == (0, "1 passed, 0 failed\n", "")


def test_the_invalid_template_lists_every_problem_on_its_line() -> None:
    code, out, err = invoke("validate", INVALID, *AS_OF)
    assert code == 3
    assert out.splitlines() == [*INVALID_LINES, "0 passed, 1 failed"]
    assert err == ""


def test_a_folder_is_validated_file_by_file() -> None:
    code, out, _ = invoke("validate", "examples/templates", *AS_OF)
    assert code == 3
    assert out.splitlines()[-1] == "1 passed, 1 failed"
    assert len(out.splitlines()) == len(INVALID_LINES) + 1


def test_dutch_text() -> None:
    code, out, _ = invoke("validate", INVALID, "--as-of", "2026-11-23", "--lang", "nl")
    assert code == 3
    assert f"{INVALID}:17: fout: onbekende sleutel 'hours_per_wk'; bedoelt u 'hours_per_week'?" in out
    assert out.splitlines()[-1] == "0 geslaagd, 1 mislukt"


def test_github_annotations_point_at_file_and_line() -> None:
    code, out, err = invoke("validate", "examples/templates", "--format", "github", *AS_OF)
    assert code == 3
    lines = out.splitlines()
    assert len(lines) == len(INVALID_LINES)
    assert lines[1] == (
        f"::error file={INVALID},line=17::unknown key 'hours_per_wk'; did you mean 'hours_per_week'?"
    )
    assert all(line.startswith(f"::error file={INVALID},line=") for line in lines)
    assert err == "1 passed, 1 failed\n"


def test_junit_parses_with_one_case_per_file_and_a_failure_per_problem(tmp_path: Path) -> None:
    target = tmp_path / "validate.xml"
    code, out, err = invoke("validate", "examples/templates", "-o", str(target), *AS_OF)
    assert (code, out, err) == (3, "", f"wrote {target}\n1 passed, 1 failed\n")
    root = ET.parse(target).getroot()
    assert root.tag == "testsuites" and root.get("tests") == "2" and root.get("failures") == "1"
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {INVALID, VALID}
    assert cases[VALID].findall("failure") == []
    failures = cases[INVALID].findall("failure")
    assert [f.get("type") for f in failures] == [
        "declared_mismatch",
        "unknown_key",
        "unknown_block",
        "needs_field",
        "unknown_bonus",
        "bad_value",
    ]
    assert [f.text for f in failures] == INVALID_LINES


def test_json_report_lists_issues_with_their_places() -> None:
    code, out, _ = invoke("validate", "examples/templates", "-f", "json", *AS_OF)
    assert code == 3
    data = json.loads(out)
    assert data["schema"] == "sroi.validation/1"
    assert (data["passed"], data["failed"]) == (1, 1)
    first = data["files"][0]
    assert first["path"] == INVALID and not first["passed"]
    assert [(i["line"], i["key"]) for i in first["issues"]][:2] == [
        (12, "declared_mismatch"),
        (17, "unknown_key"),
    ]
    assert first["issues"][1]["message"] == "unknown key 'hours_per_wk'; did you mean 'hours_per_week'?"


def test_a_stale_rule_set_warns_and_fails_only_with_fail_on_warning() -> None:
    late = ("--as-of", "2028-01-10", "--lang", "en")
    warning = (
        f"{VALID}:15: warning: rule set haaglanden 2023-07 was last checked on 2026-12-02, more than "
        "12 months before 2028-01-10"
    )
    assert invoke("validate", VALID, *late) == (0, f"{warning}\n1 passed, 0 failed\n", "")
    assert invoke("validate", VALID, *late, "--fail-on", "warning") == (
        1,
        f"{warning}\n0 passed, 1 failed\n",
        "",
    )
    code, out, _ = invoke("validate", VALID, *late, "-f", "github")
    assert code == 0
    assert out.startswith(f"::warning file={VALID},line=15::rule set haaglanden 2023-07 was last checked")


def test_rule_set_problems_are_located_in_the_template(tmp_path: Path) -> None:
    path = tender(
        tmp_path / "t.yaml",
        "contracts:\n"
        "  - {id: A, type: works, value_excl_vat: '300000', start: 2026-01-01, end: 2026-12-31,\n"
        "     rules: nowhere}\n"
        "  - id: B\n"
        "    type: works\n"
        "    value_excl_vat: '300000'\n"
        "    start: 2010-01-01\n"
        "    end: 2010-12-31\n"
        "    rules: utrecht\n",
    )
    code, out, _ = invoke("validate", path, *AS_OF)
    assert code == 3  # an input error (the unknown rule set) outranks the rule-set error
    assert out.splitlines()[:2] == [
        f"{path}:3: error: no rule set 'nowhere'; known: {', '.join(RuleLibrary().ids())}",
        f"{path}:7: error: rule set 'utrecht' has no version in force on 2010-01-01 "
        "(the first is from 2015-01-01)",
    ]


def test_no_version_in_force_alone_exits_4(tmp_path: Path) -> None:
    path = tender(
        tmp_path / "t.yaml",
        "contract: {id: B, type: works, value_excl_vat: '300000', start: 2010-01-01, end: 2010-12-31,\n"
        "           rules: utrecht}\n",
    )
    code, out, _ = invoke("validate", path, *AS_OF)
    assert code == 4
    assert out.splitlines()[-1] == "0 passed, 1 failed"


def test_declared_percentage_follows_an_agreed_rate(tmp_path: Path) -> None:
    path = tender(
        tmp_path / "t.yaml",
        "contract:\n"
        "  id: A\n"
        "  type: works\n"
        "  value_excl_vat: '300000'\n"
        "  start: 2026-01-01\n"
        "  end: 2026-12-31\n"
        "  rules: utrecht\n"
        "  agreed: {percentage: '0.03'}\n"
        "  declared: {threshold: '100000', percentage: '5%'}\n",
    )
    code, out, _ = invoke("validate", path, *AS_OF)
    assert code == 3
    assert out.splitlines() == [
        f"{path}:9: error: the template declares percentage 0.05, but rule set utrecht 2023-01 has 0.03 "
        "(agreed.percentage)",
        "0 passed, 1 failed",
    ]


def test_excel_places_go_into_the_annotation_message(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Contract"
    for row in [
        ["Veld", "Waarde"],
        ["Kenmerk", "DH-1"],
        ["Soort", "diensten"],
        ["Opdrachtwaarde", "€ 640.000,00"],
        ["Startdatum", "01-03-2027"],
        ["Einddatum", "28-02-2029"],
        ["Regels", "haaglanden"],
        ["Drempel", "€ 200.000"],
        ["SROI-percentage", "5%"],
    ]:
        sheet.append(row)
    target = tmp_path / "tender.xlsx"
    book.save(target)
    code, out, _ = invoke("validate", str(target), "-f", "github", *AS_OF)
    assert code == 3
    assert out == (
        f"::error file={target}::Contract!B8: the template declares threshold 200000, but rule set "
        "haaglanden 2023-07 has 216000 (applicability.threshold)\n"
    )


def test_unreadable_and_missing_inputs(tmp_path: Path) -> None:
    broken = tender(tmp_path / "a.yaml", "contracts: [\n")
    code, out, _ = invoke("validate", broken, str(tmp_path / "b.yaml"), *AS_OF)
    assert code == 3
    lines = out.splitlines()
    assert lines[0].startswith(f"{broken}:2: error: not valid YAML")
    assert lines[1:] == [
        f"{tmp_path / 'b.yaml'}: error: cannot read the file: no such file",
        "0 passed, 2 failed",
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert invoke("validate", str(empty), *AS_OF) == (3, "", f"sroi: {empty}: no input files found\n")


def test_a_broken_rules_option_exits_4(tmp_path: Path) -> None:
    code, out, err = invoke("validate", VALID, "--rules", str(tmp_path / "missing.yaml"), *AS_OF)
    assert (code, out) == (4, "")
    assert err.startswith("sroi: ")


def test_a_csv_pair_is_one_file_even_when_both_are_named(tmp_path: Path) -> None:
    (tmp_path / "contracts.csv").write_text(
        "kenmerk,soort,opdrachtwaarde,startdatum,einddatum,regels,drempel\n"
        'C-1,diensten,"€ 300.000",01-01-2026,31-12-2026,utrecht,"€ 100.000"\n',
        encoding="utf-8",
    )
    (tmp_path / "contributions.csv").write_text(
        "kenmerk,bouwblok,uren\nC-1,activiteit,10\n", encoding="utf-8"
    )
    names = [
        str(tmp_path / "contracts.csv"),
        str(tmp_path / "contributions.csv"),
    ]  # as pre-commit passes them
    code, out, _ = invoke("validate", *names, "-f", "github", *AS_OF)
    assert code == 3
    assert out.startswith(
        f"::error file={tmp_path / 'contributions.csv'},line=2::"
        "block 'activiteit' is not in rule set utrecht 2023-01"
    )
    assert invoke("validate", *names, *AS_OF)[1].splitlines()[-1] == "0 passed, 1 failed"


def test_a_changed_contributions_csv_alone_is_checked_with_its_contracts(tmp_path: Path) -> None:
    (tmp_path / "contracten.csv").write_text(
        "kenmerk,soort,opdrachtwaarde,startdatum,einddatum,regels\nC-1,diensten,300000,01-01-2026,31-12-2026,utrecht\n",
        encoding="utf-8",
    )
    (tmp_path / "bijdragen.csv").write_text("kenmerk,bouwblok,uren\nC-1,activity,10\n", encoding="utf-8")
    assert invoke("validate", str(tmp_path / "bijdragen.csv"), *AS_OF) == (0, "1 passed, 0 failed\n", "")


@pytest.mark.parametrize("fmt", ["text", "json", "junit", "github"])
def test_a_bsn_is_never_echoed(tmp_path: Path, fmt: str) -> None:
    path = tender(
        tmp_path / "t.yaml",
        "contract: {id: A, type: works, value_excl_vat: '123456782x', start: 2026-01-01, end: 2026-12-31,\n"
        "           supplier: '111222333'}\n",
    )
    code, out, err = invoke("validate", path, "-f", fmt, *AS_OF)
    assert code == 3
    assert "123456782" not in out + err and "111222333" not in out + err
    assert "*********" in out
