"""Whole md and csv reports of the bundled examples, compared exactly with golden files.

Regenerate after a deliberate change with `SROI_REGENERATE_GOLDEN=1 python -m pytest tests/render`,
then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
GOLDEN = Path(__file__).parent / "golden"
AS_OF = "2026-11-23"
CASES = [
    (example, lang, fmt)
    for example in ("tender.yaml", "portfolio.yaml")
    for lang in ("en", "nl")
    for fmt in ("md", "csv")
]


def report(example: str, lang: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)  # the report names its input by the path given
    args = ["check", f"examples/{example}", "--as-of", AS_OF, "-f", fmt, "--lang", lang, "--fail-on", "never"]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("example", "lang", "fmt"), CASES, ids=[f"{e}-{lang}-{f}" for e, lang, f in CASES])
def test_report_matches_its_golden_file(
    example: str, lang: str, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    golden = GOLDEN / f"{Path(example).stem}.{lang}.{fmt}"
    text = report(example, lang, fmt, monkeypatch)
    if os.environ.get("SROI_REGENERATE_GOLDEN"):
        golden.write_bytes(text.encode("utf-8"))
    assert golden.exists(), f"no golden file {golden.name}; run with SROI_REGENERATE_GOLDEN=1"
    assert text == golden.read_bytes().decode("utf-8"), f"{golden.name} differs"
