"""The broken-input corpus of the CSV reader, the xlsx reader and the rule loader, file by file.

Each file gives its exit code (3 for input, 4 for rules) and its located lines, never a traceback,
never a BSN and never a value echoed at length. YAML input has its own corpus (test_broken_inputs.py).

- `cases/broken/csv/<mode>/contracts.csv` (+ `contributions.csv`): `expect.txt` beside it holds the
  exact stderr of `sroi check <mode>/contracts.csv`, run from `cases/broken/csv`.
- `cases/broken/xlsx/*.xlsx`, made by `build.py`: `expect.yaml` maps each to its stderr lines; each
  workbook is read once with calamine and once with openpyxl, which must agree.
- `cases/broken/rules/`: a rule file, or a folder of versions, with its messages in `# expect:` lines
  at the top; each gives exit 4 for `sroi rules validate` and for `sroi check --rules`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from sroi_cli.cli import app
from sroi_cli.domain.privacy import find_bsn
from sroi_cli.io import excel

BROKEN = Path(__file__).parents[1] / "cases" / "broken"
CSV = BROKEN / "csv"
XLSX = BROKEN / "xlsx"
RULES = BROKEN / "rules"
CHECK = ("--as-of", "2026-06-01", "--lang", "en")
LONGEST_LINE = 400  # the longest message lists a rule set's blocks; an echoed value is cut at 60

CSV_CASES = sorted(p.name for p in CSV.iterdir() if p.is_dir())
XLSX_EXPECT: dict[str, list[str]] = yaml.safe_load((XLSX / "expect.yaml").read_text(encoding="utf-8"))
XLSX_CASES = sorted(p.name for p in XLSX.glob("*.xlsx"))
# A rule file, or a folder of versions (one rule set) inside a folder that names the failure mode.
RULE_CASES = sorted(
    p.relative_to(RULES).as_posix()
    for top in RULES.iterdir()
    for p in ([top] if top.is_file() else sorted(top.iterdir()))
)
# Files that cannot carry their expectation in a first-line comment.
RULES_BINARY = {
    "binary-noise.yaml": ["binary-noise.yaml: cannot read the file: not UTF-8 text"],
    "empty.yaml": ["empty.yaml: cannot read the file: the file is empty"],
}
# `--rules path/to/file.yaml` uses any file (design §4): only `rules validate` asks that a version's
# file name be its valid_from.
VALIDATE_ONLY = {"name-differs/2024-01-01.yaml"}
VALID_INPUT = """\
contract:
  id: X-1
  type: works
  value_excl_vat: "300000"
  start: 2026-01-01
  end: 2026-12-31
"""


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def assert_safe(result: Result) -> None:
    """No traceback, no BSN, and no line long enough to hold an enormous value from the input."""
    for text in (result.stdout, result.stderr):
        assert "Traceback" not in text
        assert not find_bsn(text)
        assert all(len(line) <= LONGEST_LINE for line in text.splitlines())


def matches(line: str, expected: str) -> bool:
    """An expected line ending in '...' need only begin the line (a library's own words follow)."""
    return line.startswith(expected[:-3]) if expected.endswith("...") else line == expected


def test_the_corpus_is_complete() -> None:
    """Every corpus file has its expectation, and none has gone missing."""
    assert len(CSV_CASES) == 32
    assert all((CSV / mode / "contracts.csv").is_file() for mode in CSV_CASES)
    assert all((CSV / mode / "expect.txt").is_file() for mode in CSV_CASES)
    assert len(XLSX_CASES) == 37
    assert sorted(XLSX_EXPECT) == XLSX_CASES
    assert len(RULE_CASES) == 16
    assert all(rule_expectations(case) for case in RULE_CASES)


@pytest.mark.parametrize("mode", CSV_CASES, ids=[f"{mode}/contracts.csv" for mode in CSV_CASES])
def test_broken_csv(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CSV)
    result = invoke("check", f"{mode}/contracts.csv", *CHECK)
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == (CSV / mode / "expect.txt").read_text(encoding="utf-8").splitlines()
    assert_safe(result)


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
@pytest.mark.parametrize("name", XLSX_CASES)
def test_broken_workbook(name: str, reader: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(XLSX)
    monkeypatch.setattr(excel, "VALUE_READER", reader)
    result = invoke("check", name, *CHECK)
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    lines, expected = result.stderr.splitlines(), XLSX_EXPECT[name]
    assert len(lines) == len(expected), result.stderr
    for line, want in zip(lines, expected, strict=True):
        assert matches(line, want), (line, want)
    assert_safe(result)


def test_the_workbooks_are_what_build_py_makes(tmp_path: Path) -> None:
    """The committed workbooks are the generator's, byte for byte (it is deterministic)."""
    spec = importlib.util.spec_from_file_location("broken_xlsx_build", XLSX / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.main(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == XLSX_CASES
    for name in made:
        assert (tmp_path / name).read_bytes() == (XLSX / name).read_bytes(), name


def rule_expectations(case: str) -> list[str]:
    """The `# expect:` lines of a rule file, or of every version in a folder."""
    if case in RULES_BINARY:
        return RULES_BINARY[case]
    path = RULES / case
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    expected = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if not line.startswith("# expect: "):
                break
            expected.append(line.removeprefix("# expect: "))
    return expected


def as_validated(expected: str) -> str:
    """`file:line: message` as `sroi rules validate` reports it: `file:line: error: message`."""
    where, _, message = expected.partition(": ")
    return f"{where}: error: {message}"


@pytest.mark.parametrize("case", RULE_CASES)
def test_broken_rules_validate(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(RULES)
    result = invoke("rules", "validate", case, "--as-of", "2026-11-23", "--lang", "en")
    assert result.exit_code == 4, result.output
    assert result.stderr == ""
    report = result.stdout.splitlines()
    for expected in rule_expectations(case):
        assert as_validated(expected) in report, result.stdout
    assert_safe(result)


@pytest.mark.parametrize("case", [c for c in RULE_CASES if c not in VALIDATE_ONLY])
def test_broken_rules_in_check(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The contract names no rule set, so `--rules` is the one used. A folder stops at its first error."""
    contract = tmp_path / "contract.yaml"
    contract.write_text(VALID_INPUT, encoding="utf-8")
    monkeypatch.chdir(RULES)
    result = invoke("check", "--rules", case, str(contract), *CHECK)
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    expected = [f"sroi: {line}" for line in rule_expectations(case)]
    if (RULES / case).is_file():
        assert lines == expected
    else:
        assert lines and set(lines) <= set(expected), result.stderr
    assert_safe(result)


def test_a_file_named_for_another_date_is_still_usable_with_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one rule file `rules validate` refuses that `check --rules` may use."""
    contract = tmp_path / "contract.yaml"
    contract.write_text(VALID_INPUT, encoding="utf-8")
    monkeypatch.chdir(RULES)
    result = invoke("check", "--rules", "name-differs/2024-01-01.yaml", str(contract), *CHECK)
    assert result.exit_code == 0, result.output
