"""`sroi rules validate`: versions checked one by one and against each other, with file:line places."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.rules_loader import BUNDLED, RuleLibrary

AS_OF = ("--as-of", "2026-11-23", "--lang", "en")


def version(
    valid_from: str,
    until: str | None = None,
    rule_id: str = "demo",
    extends: str | None = None,
    checked: str = "2026-11-01",
    bonus_blocks: str = "[participatiewet]",
) -> str:
    """A small complete rule file (lines are pinned by the tests: valid_from 4, valid_until 5)."""
    return (
        "schema: sroi.rules/1\n"
        f"id: {rule_id}\n"
        f'version: "{valid_from[:7]}"\n'
        f"valid_from: {valid_from}\n"
        f"valid_until: {until or 'null'}\n"
        "title: Demo\n"
        f"extends: {extends or 'null'}\n"
        "sources: [{title: Demo}]\n"
        f"last_checked: {checked}\n"
        "applicability: {contract_types: [works], threshold: '100000'}\n"
        "obligation: {method: percentage, percentage: '0.05'}\n"
        "valuation:\n"
        "  blocks:\n"
        "    participatiewet: {method: per_year, amount: '40000'}\n"
        f"  bonuses: {{age_50_plus: {{method: once, amount: '5000', blocks: {bonus_blocks}}}}}\n"
    )


def folder(tmp_path: Path, files: dict[str, str], name: str = "demo") -> Path:
    target = tmp_path / name
    target.mkdir()
    for file_name, text in files.items():
        (target / file_name).write_text(text, encoding="utf-8")
    return target


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["rules", "validate", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages name rule files relative to the working folder


def test_every_bundled_version_is_valid_and_tests_are_not_versions() -> None:
    code, out, err = invoke(str(BUNDLED), *AS_OF)
    versions = sorted(p for p in BUNDLED.glob("*/*.yaml"))  # found by folder, as the loader does
    assert len(versions) >= 17
    assert (code, out.splitlines()[-1], err) == (0, f"{len(versions)} passed, 0 failed", "")
    # what is left is the count of assumed and contested values, and the assumed thresholds and
    # percentages: never an error
    notes = out.splitlines()[:-1]
    assert notes and all(": info: " in n or ": warning: " in n for n in notes)
    assert "<bundled>/utrecht/2023-01-01.yaml:149: info: rule set utrecht 2023-01: 10 value(s) assumed" in out
    files = RuleLibrary().files("utrecht")
    assert [f.name for f in files] == ["2015-01-01.yaml", "2023-01-01.yaml"]  # not tests/*.yaml


def test_consecutive_versions_without_valid_until_are_fine(tmp_path: Path) -> None:
    path = folder(
        tmp_path, {"2020-01-01.yaml": version("2020-01-01"), "2024-01-01.yaml": version("2024-01-01")}
    )
    assert invoke(str(path), *AS_OF) == (0, "2 passed, 0 failed\n", "")


def test_an_overlap_and_a_gap_are_errors(tmp_path: Path) -> None:
    path = folder(
        tmp_path,
        {
            "2020-01-01.yaml": version("2020-01-01", until="2022-06-30"),
            "2022-01-01.yaml": version("2022-01-01", until="2023-12-31"),
            "2024-03-01.yaml": version("2024-03-01"),
        },
    )
    code, out, err = invoke(str(path), *AS_OF)
    assert (code, err) == (4, "")
    assert out.splitlines() == [
        "demo/2020-01-01.yaml:5: error: version 2020-01 is valid until 2022-06-30, but version 2022-01 "
        "already starts on 2022-01-01: the versions overlap",
        "demo/2022-01-01.yaml:5: error: no version is in force from 2024-01-01 to 2024-02-29: version "
        "2022-01 ends on 2023-12-31 and version 2024-03 starts on 2024-03-01",
        "1 passed, 2 failed",
    ]


def test_two_versions_from_the_same_day_overlap(tmp_path: Path) -> None:
    path = folder(
        tmp_path, {"2020-01-01.yaml": version("2020-01-01"), "2020-01-01b.yaml": version("2020-01-01")}
    )
    code, out, _ = invoke(str(path), *AS_OF)
    assert code == 4
    assert out.splitlines() == [
        "demo/2020-01-01b.yaml:4: error: file name says 2020-01-01b.yaml but valid_from is 2020-01-01",
        "demo/2020-01-01b.yaml:4: error: versions 2020-01 and 2020-01 both start on 2020-01-01: the versions "
        "overlap",
        "1 passed, 1 failed",
    ]


def test_file_name_folder_and_dates_must_agree(tmp_path: Path) -> None:
    path = folder(
        tmp_path,
        {"2020-01-01.yaml": version("2020-02-01", until="2019-12-31", rule_id="other")},
        name="demo",
    )
    code, out, _ = invoke(str(path), *AS_OF)
    assert code == 4
    assert out.splitlines() == [
        "demo/2020-01-01.yaml:2: error: folder 'demo' holds rule set id 'other'",
        "demo/2020-01-01.yaml:4: error: file name says 2020-01-01.yaml but valid_from is 2020-02-01",
        "demo/2020-01-01.yaml:5: error: valid_until 2019-12-31 is before valid_from 2020-02-01",
        "0 passed, 1 failed",
    ]


def test_an_extends_cycle_is_refused(tmp_path: Path) -> None:
    path = folder(
        tmp_path,
        {
            "2020-01-01.yaml": version("2020-01-01", extends="demo@2022-01"),
            "2022-01-01.yaml": version("2022-01-01", extends="demo@2020-01"),
        },
    )
    code, out, _ = invoke(str(path), *AS_OF)
    assert code == 4
    assert (
        "demo/2022-01-01.yaml:7: error: 'extends' makes a cycle: demo@2020-01 -> demo@2022-01 -> demo@2020-01"
        in out
    )
    assert out.splitlines()[-1] == "0 passed, 2 failed"


def test_a_bonus_naming_a_missing_block_is_refused(tmp_path: Path) -> None:
    path = folder(tmp_path, {"2020-01-01.yaml": version("2020-01-01", bonus_blocks="[nowhere]")})
    code, out, _ = invoke(str(path), *AS_OF)
    assert code == 4
    assert out.splitlines() == [
        "demo/2020-01-01.yaml:12: error: valuation: the section is not valid: bonus 'age_50_plus' names "
        "'nowhere', which is not a placement block",
        "0 passed, 1 failed",
    ]


def test_a_stale_version_warns_and_fails_only_when_asked(tmp_path: Path) -> None:
    path = folder(tmp_path, {"2020-01-01.yaml": version("2020-01-01", checked="2025-06-30")})
    warning = (
        "demo/2020-01-01.yaml:9: warning: rule set demo 2020-01 was last checked on 2025-06-30, more than "
        "12 months before 2026-11-23"
    )
    assert invoke(str(path), *AS_OF) == (0, f"{warning}\n1 passed, 0 failed\n", "")
    assert invoke(str(path), *AS_OF, "--fail-on", "warning") == (1, f"{warning}\n0 passed, 1 failed\n", "")


def test_every_broken_file_is_listed(tmp_path: Path) -> None:
    path = folder(
        tmp_path,
        {
            "2020-01-01.yaml": version("2020-01-01").replace("title: Demo", "titel: Demo"),
            "2022-01-01.yaml": version("2022-01-01").replace("obligation:", "obligatoin:"),
        },
    )
    code, out, _ = invoke(str(path), "-f", "github", *AS_OF)
    assert code == 4
    lines = out.splitlines()
    assert "::error file=demo/2020-01-01.yaml,line=6::unknown key 'titel'; did you mean 'title'?" in lines
    assert (
        "::error file=demo/2022-01-01.yaml,line=11::unknown key 'obligatoin'; did you mean 'obligation'?"
        in lines
    )


def test_a_missing_path_exits_4(tmp_path: Path) -> None:
    missing = tmp_path / "nothing"
    assert invoke(str(missing), *AS_OF) == (
        4,
        f"{missing}: error: cannot read the file: no such file or folder\n0 passed, 1 failed\n",
        "",
    )
