"""`-o` never replaces a file that any option of the command reads (--rules, --authorities,
--columns, --targets, --portfolio): every command, every such option, one generic test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
FILE_OPTIONS = ("--rules", "--authorities", "--columns", "--targets", "--portfolio")


def _cases() -> list[tuple[tuple[str, ...], str]]:
    found: list[tuple[tuple[str, ...], str]] = []
    stack: list[tuple[tuple[str, ...], Any]] = [((), typer.main.get_command(app))]
    while stack:
        words, command = stack.pop()
        subs = getattr(command, "commands", None)
        if subs:
            stack += [((*words, n), c) for n, c in subs.items()]
            continue
        names = {o for p in command.params for o in getattr(p, "opts", [])}
        if "--output" in names:
            found += [(words, option) for option in FILE_OPTIONS if option in names]
    return sorted(found)


CASES = _cases()


@pytest.mark.parametrize(("words", "option"), CASES, ids=[f"{' '.join(w)} {o}" for w, o in CASES])
def test_the_output_may_not_be_a_file_an_option_reads(
    tmp_path: Path, words: tuple[str, ...], option: str
) -> None:
    read = tmp_path / "read-by-option.yaml"
    read.write_text("# a file the command would read\n", encoding="utf-8")
    before = read.read_bytes()
    tender = str(ROOT / "examples" / "tender.yaml")
    positional = {("rules", "diff"): ["haaglanden", "haaglanden"], ("template",): []}.get(words, [tender])
    if words == ("template",):
        args = [*words, "-o", str(read), "--force", option, str(read)]
    else:
        args = [*words, *positional, option, str(read), "-o", str(read)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, (args, result.output)
    assert "Traceback" not in result.output
    assert read.read_bytes() == before


def test_the_generic_test_reaches_the_commands_that_read_option_files() -> None:
    reached = {(" ".join(w), o) for w, o in CASES}
    assert {("check", "--authorities"), ("batch", "--authorities"), ("batch", "--targets")} <= reached
