"""The README's CI section: every `$ sroi` command in it runs, every YAML and JSON snippet parses."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOC = README[README.index("## Templates and rule sets in CI") : README.index("## Personal data")]
COMMANDS = [line.removeprefix("$ ") for line in re.findall(r"^\$ sroi .*$", DOC, re.MULTILINE)]
YAML_BLOCKS = re.findall(r"^```yaml\n(.*?)^```", DOC, re.MULTILINE | re.DOTALL)
JSON_BLOCKS = re.findall(r"^```json\n(.*?)^```", DOC, re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_runs(command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    words = shlex.split(command)[1:]
    if "-o" in words:
        words[words.index("-o") + 1] = str(tmp_path / words[words.index("-o") + 1])
    result = CliRunner().invoke(app, words, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    written = Path(words[words.index("-o") + 1]).read_text(encoding="utf-8") if "-o" in words else ""
    assert (result.stdout or written).strip()


def test_snippets_parse() -> None:
    assert len(COMMANDS) >= 5 and len(YAML_BLOCKS) >= 6 and JSON_BLOCKS
    for block in YAML_BLOCKS:
        assert yaml.safe_load(block) is not None
    for block in JSON_BLOCKS:
        json.loads(block)


def test_the_pre_commit_hook_is_what_the_docs_say() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "sroi-validate")
    assert (hook["entry"], hook["language"]) == ("sroi validate", "python")
    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("t.yaml", "t.yml", "t.xlsx", "contracts.csv"))
    assert not pattern.search("notes.md")


def test_the_case_in_the_docs_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = next(block for block in YAML_BLOCKS if block.lstrip().startswith("# Utrecht 2023"))
    (tmp_path / "case.yaml").write_text(case, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["rules", "test", "case.yaml"], catch_exceptions=False)
    assert result.exit_code == 0, result.stdout
    assert result.stdout.splitlines()[-1] == "1 passed, 0 failed"
