"""Every help screen, compared with a golden file, and read like a tool's: a help text on every option,
metavars instead of Python types, no `<bool>` after a flag. The goldens catch a Typer upgrade's drift.

Regenerate after a deliberate change with `SROI_REGENERATE_GOLDEN=1 python -m pytest tests/cli/test_help.py`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from sroi_cli.cli import app

GOLDEN = Path(__file__).parent / "help"


def _commands() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, ...]] = [()]
    for name, command in getattr(root, "commands", {}).items():
        found.append((name,))
        found += [(name, sub) for sub in getattr(command, "commands", {})]
    return found


COMMANDS = _commands()


def _help(words: tuple[str, ...]) -> str:
    env = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1"}
    result = CliRunner().invoke(app, [*words, "--help"], env=env, prog_name="sroi", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) or "sroi" for w in COMMANDS])
def test_help_screen_matches_its_golden_file(words: tuple[str, ...]) -> None:
    text = _help(words)
    golden = GOLDEN / f"{'-'.join(words) or 'sroi'}.txt"
    if os.environ.get("SROI_REGENERATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; run with SROI_REGENERATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs"


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) or "sroi" for w in COMMANDS])
def test_help_reads_like_a_tool(words: tuple[str, ...]) -> None:
    text = _help(words)
    for code_like in ("<bool>", "<list[", "<%Y", "<Path>", "<path>", "<str>", "<int>", "Decimal", "{FILE"):
        assert code_like not in text, (words, code_like)


def test_every_option_and_argument_has_a_help_text() -> None:
    root = typer.main.get_command(app)
    stack = [root]
    while stack:
        command = stack.pop()
        stack += getattr(command, "commands", {}).values()
        for param in command.params:
            assert getattr(param, "help", None), f"{command.name} {param.name} has no help text"


def test_version_and_short_help() -> None:
    from sroi_cli import __version__

    result = CliRunner().invoke(app, ["--version"], catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout == f"sroi {__version__}\n"
    short = CliRunner().invoke(app, ["check", "-h"], env={"COLUMNS": "100"}, catch_exceptions=False)
    assert short.exit_code == 0 and "--as-of" in short.stdout
    completion = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100"}, catch_exceptions=False)
    assert "--install-completion" in completion.stdout and "--show-completion" in completion.stdout
