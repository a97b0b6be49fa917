"""One run context for every command (cli/run.py): language, colour, the guard, the error boundary."""

from __future__ import annotations

import inspect
import io
import sys

import pytest
import typer

from sroi_cli.cli import app
from sroi_cli.cli.run import colour_wanted


def _callbacks() -> list[tuple[str, object]]:
    found, stack = [], [("sroi", typer.main.get_command(app))]
    while stack:
        name, command = stack.pop()
        subs = getattr(command, "commands", None)
        if subs:
            stack += [(f"{name} {n}", c) for n, c in subs.items()]
        else:
            found.append((name, command.callback))
    return sorted(found, key=lambda item: item[0])


COMMANDS = _callbacks()


@pytest.mark.parametrize(("name", "callback"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_runs_inside_the_run_context(name: str, callback: object) -> None:
    """Each command's body opens `command(...)` (or is another command under a second name), so the
    language, the output guard, the error boundary and colour are decided in one place."""
    source = inspect.getsource(inspect.unwrap(callback))  # type: ignore[arg-type]
    body = source.split('"""', 2)[-1]
    others = [getattr(other, "__name__", "") for _, other in COMMANDS if other is not callback]
    delegates = any(f"{other}(" in body for other in others if other)
    assert "command(" in body or delegates, name
    assert "boundary(" not in body and "write_report(" not in body, name


def test_there_are_as_many_commands_as_the_readme_lists() -> None:
    assert len(COMMANDS) >= 15


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "tty", "wanted"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),  # no-color.org: an empty NO_COLOR does not turn colour off
        ({"TERM": "dumb"}, True, False),
        ({"FORCE_COLOR": "1"}, False, True),  # a pipe asked for colour, e.g. `| less -R`
    ],
)
def test_colour_follows_richs_rules(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, wanted: bool
) -> None:
    for key in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "stdout", _Terminal() if tty else io.StringIO())
    assert colour_wanted() is wanted
