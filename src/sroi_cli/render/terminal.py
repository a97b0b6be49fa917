"""The one terminal console every Rich renderer prints with: input text is never markup, emoji code
or control code, whatever a cell, a title or a heading holds."""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from sroi_cli.domain.inert import visible, visible_lines


class _InertConsole(Console):
    """A console that reads every string it is given as plain text with control characters shown.

    A newline stays: renderers join the lines they wrapped (`layout.wrap`, which already shows a
    newline from the input as `\\n`); a cell of input text is made `visible` where it is built."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        kwargs.update(markup=False, emoji=False, highlight=False)
        return super().render_str(visible_lines(text), **kwargs)

    def on_broken_pipe(self) -> None:
        """A reader that closed stdout (`| head`) is no failure and no verdict: Rich's own answer
        exits 1, which would read as "a contract at --fail-on". Say nothing more and let the writer
        (`app/output.py`) end the run with the exit code its result gave."""
        self.quiet = True
        raise BrokenPipeError


def console(out: TextIO, color: bool, width: int | None = None) -> Console:
    """A console on `out`: colour only when asked, no markup, no emoji codes, no highlighting."""
    return _InertConsole(
        file=out,
        force_terminal=color,
        no_color=not color,
        width=width,
        markup=False,
        emoji=False,
        highlight=False,
    )


def shown(text: str, style: str = "") -> Text:
    """Input text as a Rich cell: plain, with control characters shown (`\\x1b`), never markup."""
    return Text(visible(text), style=style)
