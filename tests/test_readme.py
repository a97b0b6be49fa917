"""Every command the README shows, and every bundled example, runs and gives a report."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [line.removeprefix("$ ") for line in re.findall(r"^\$ sroi .*$", README, re.MULTILINE)]
QUICK_START = re.findall(r"^python -m pip install \. && (sroi .*)$", README, re.MULTILINE)
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


def run(command: str, monkeypatch: pytest.MonkeyPatch, out: Path | None = None) -> tuple[int, str]:
    """Run a README command from the repo root; an `-o FILE` goes to `out` and is read back."""
    monkeypatch.chdir(ROOT)
    words = shlex.split(command.split("|")[0])
    assert words[0] == "sroi"
    if "-o" in words and out is not None:
        words[words.index("-o") + 1] = str(out / words[words.index("-o") + 1])
    result = CliRunner().invoke(app, words[1:], catch_exceptions=False)
    if "-o" in words:
        written = Path(words[words.index("-o") + 1])
        return result.exit_code, written.read_text(encoding="utf-8")
    return result.exit_code, result.stdout


def test_readme_has_commands() -> None:
    assert len(COMMANDS) >= 4 and len(QUICK_START) == 1


@pytest.mark.parametrize("command", COMMANDS + QUICK_START)
def test_readme_command_runs(command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    code, stdout = run(command, monkeypatch, tmp_path)
    assert code in (0, 1), stdout
    assert stdout.strip()
    if "-f json" in command:
        json.loads(stdout)


def test_quick_start_shows_the_worked_example(monkeypatch: pytest.MonkeyPatch) -> None:
    code, stdout = run(QUICK_START[0] + " -f json", monkeypatch)
    assert code == 0
    contract = json.loads(stdout)["contracts"][0]
    assert (contract["obligation"], contract["realised"], contract["shortfall"], contract["verdict"]) == (
        "50000.00",
        "13333.33",
        "36666.67",
        "behind",
    )


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_checks(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, stdout = run(f"sroi check {example} --as-of 2026-11-23 -f json", monkeypatch)
    assert code in (0, 1)
    assert json.loads(stdout)["contracts"]
