"""What every reporting command does around its use case: language, format, settings, the error
boundary and writing the result, in one place."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sroi_cli import app as use
from sroi_cli.cli.errors import boundary
from sroi_cli.cli.options import Lang, resolve_as_of, resolve_format, resolve_lang, terminal_width


@dataclass(frozen=True)
class Run:
    """One command run: the language and format it settled on, and where its result goes."""

    lang: str
    fmt: str
    output: Path | None
    renderers: dict[str, str]

    def settings(
        self, as_of: dt.datetime | None, rules: str | None = None, allow_bsn: bool = False
    ) -> use.Settings:
        return use.Settings(as_of=resolve_as_of(as_of), rules=rules, allow_bsn=allow_bsn)

    def emit(self, result: Any, color: bool = False) -> None:
        use.write_report(
            result,
            self.fmt,
            self.lang,
            self.output,
            sys.stdout,
            color=color,
            table=self.renderers,
            width=terminal_width(),
        )


@contextmanager
def command(
    lang: Lang | None,
    fmt: str | None,
    output: Path | None,
    renderers: dict[str, str],
    default: str = "table",
    chosen: str | None = None,
) -> Iterator[Run]:
    """Settle language and format, then run the body inside the error boundary."""
    language = resolve_lang(lang)
    with boundary(language):
        yield Run(
            language, chosen or resolve_format(fmt, output, list(renderers), default), output, renderers
        )
