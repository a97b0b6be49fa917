"""Exit codes and the one error boundary: an SroiError becomes one line per problem and its code."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import IntEnum

import typer

from sroi_cli.domain.errors import SroiError


class ExitCode(IntEnum):
    OK = 0
    FAILED_CHECK = 1  # evaluated; a contract at or above --fail-on
    USAGE = 2  # Typer's own
    BAD_INPUT = 3
    BAD_RULES = 4


@contextlib.contextmanager
def boundary(lang: str) -> Iterator[None]:
    """Turn expected failures into located lines on stderr and their exit code; never a traceback."""
    try:
        yield
    except SroiError as error:
        for line in error.lines(lang):
            print(f"sroi: {line}", file=sys.stderr)
        raise typer.Exit(error.exit_code) from None
