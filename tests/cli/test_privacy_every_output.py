"""One privacy policy for every output path (issue 10, item 8): a BSN in an input's file name or in a
cell never reaches JSON, HTML, JUnit, GitHub, CSV, MD, xlsx, the table or a message, for any command;
`--annotate` honours `--allow-bsn` (the report's token) and `--pseudonymise` (the report's pseudonym).

File names pass privacy.file_label, values privacy.Policy; this test runs every command in every
format it offers on a file named with a BSN, and reads what each wrote.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
BSN = "123456782"
FORMS = re.compile(r"123\D?456\D?782|1\.23456782|11261572")
COMMANDS = {
    "check": ["table", "json", "csv", "md", "xlsx", "html"],
    "batch": ["table", "json", "csv", "md", "xlsx", "html"],
    "explain": ["table", "json", "md"],
    "plan": ["table", "json", "md"],
    "banen": ["table", "json", "md"],
    "validate": ["text", "json", "junit", "github"],
    "coverage": ["table", "json", "csv", "md", "xlsx", "html"],
}
AS_OF = ["--as-of", "2026-06-01", "--lang", "en"]


def _text_of(path: Path) -> str:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:  # every part: cells, shared strings, sheet names, comments
            return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privacy")
    shutil.copy(ROOT / "examples" / "tender.yaml", folder / f"tender-{BSN}.yaml")
    return folder / f"tender-{BSN}.yaml"


@pytest.mark.parametrize(
    ("command", "fmt"), [(c, f) for c, formats in COMMANDS.items() for f in formats], ids=lambda x: str(x)
)
@pytest.mark.parametrize("allow", [False, True])
def test_a_bsn_in_a_file_name_reaches_no_output(
    command: str, fmt: str, allow: bool, named: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(named.parent)
    out = named.parent / f"out-{command}-{fmt}-{allow}.{'txt' if fmt in ('table', 'text') else fmt}"
    args = [command, named.name, *AS_OF, "-f", fmt, "-o", str(out), *(["--allow-bsn"] if allow else [])]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert "Traceback" not in result.output
    assert FORMS.search(result.stdout + result.stderr) is None, result.output
    if not allow:
        assert result.exit_code == 3, result.output
        if command != "validate":  # nothing evaluated, no report; validate's report is the refusal
            assert not out.exists()
            return
        assert FORMS.search(_text_of(out)) is None
        return
    assert result.exit_code in (0, 1), result.output
    assert out.exists()
    written = _text_of(out)
    assert FORMS.search(written) is None, FORMS.search(written)


def _cells(path: Path) -> list[object]:
    book = load_workbook(path)
    return [c for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for c in row]


@pytest.mark.parametrize("name", ["bsn-number.xlsx", f"named-{BSN}.xlsx"])
@pytest.mark.parametrize("extra", [[], ["--allow-bsn"], ["--allow-bsn", "--pseudonymise"]])
def test_the_annotated_copy_applies_the_same_policy(
    name: str, extra: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy holds no BSN: masked when refused, the report's token or pseudonym when allowed."""
    monkeypatch.setenv("SROI_PSEUDONYM_KEY", "test-key")
    shutil.copy(ROOT / "tests" / "cases" / "broken" / "xlsx" / "bsn-number.xlsx", tmp_path / name)
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "annotated.xlsx"
    args = ["check", name, "--annotate", "-o", str(copy), "-f", "json", *AS_OF, *extra]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert FORMS.search(result.stdout + result.stderr) is None
    assert copy.exists(), result.output
    assert FORMS.search(_text_of(copy)) is None
    cells = _cells(copy)
    if not extra:
        assert result.exit_code == 3
        assert "*********" in cells
        return
    assert result.exit_code in (0, 1), result.output
    candidate = json.loads(result.stdout)["contracts"][0]["contributions"][0]["candidate"]
    assert candidate in cells  # the copy's candidate is the one the report shows
    assert candidate.startswith("P-" if "--pseudonymise" in extra else "BSN-")


@pytest.mark.parametrize("fmt", COMMANDS["coverage"])
def test_a_bsn_in_a_public_data_file_name_reaches_no_output(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TenderNed and OCDS files are read by coverage's own readers: their names pass file_label too."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("public_fixtures", ROOT / "scripts" / "public_fixtures.py")
    assert spec is not None and spec.loader is not None
    made = importlib.util.module_from_spec(spec)
    sys.modules["public_fixtures"] = made
    spec.loader.exec_module(made)
    made.write_jsonl(tmp_path / f"ocds-{BSN}.jsonl", list(made.tenders(20)))
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"coverage.{'txt' if fmt == 'table' else fmt}"
    args = ["coverage", f"ocds-{BSN}.jsonl", *AS_OF, "-f", fmt, "-o", str(out), "--allow-bsn"]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert FORMS.search(result.stdout + result.stderr) is None
    assert FORMS.search(_text_of(out)) is None, FORMS.search(_text_of(out))
    refused = CliRunner().invoke(app, ["coverage", f"ocds-{BSN}.jsonl", *AS_OF, "-f", fmt])
    assert refused.exit_code == 3
    assert refused.stderr.splitlines() == [
        "sroi: ocds-*********.jsonl: the file name looks like a BSN; rename the file, or pass --allow-bsn"
    ]
