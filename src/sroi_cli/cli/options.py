"""Options shared by the commands, as Annotated aliases, and how their defaults are found.

A `help=` or `metavar=` here and in every cli/ module is a key of the catalogue (`help_…`, `mv_…`):
`Guarded.main` (cli/errors.py) says the whole command tree in the run's language before Click
reads it, through cli/help.py."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Lang(StrEnum):
    NL = "nl"
    EN = "en"


class FailOn(StrEnum):
    NON_COMPLIANT = "non_compliant"
    BEHIND = "behind"
    WARNING = "warning"
    NEVER = "never"


FAIL_LEVEL = {FailOn.WARNING: 1, FailOn.BEHIND: 2, FailOn.NON_COMPLIANT: 3, FailOn.NEVER: 99}

Paths = Annotated[
    list[Path],
    typer.Argument(help="help_paths", metavar="mv_files", show_default=False),
]
RulesOpt = Annotated[
    str | None,
    typer.Option(
        "--rules",
        metavar="mv_rules",
        help="help_rules_option",
    ),
]


def as_of_date(text: str) -> dt.date:
    """The date forms the inputs accept (io.values.to_date), so a date copied from a sheet works here
    too; anything else is one line naming what was typed and the forms expected (exit 2)."""
    from sroi_cli import app as use

    return use.as_of_date(text)


AsOf = Annotated[
    dt.date | None,
    typer.Option(
        "--as-of",
        parser=as_of_date,
        metavar="mv_date",
        help="help_as_of",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="mv_file",
        help="help_output",
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="help_lang"),
]
FailOnOpt = Annotated[FailOn, typer.Option("--fail-on", help="help_fail_on")]
AllowBsn = Annotated[
    bool,
    typer.Option(
        "--allow-bsn",
        help="help_allow_bsn",
    ),
]


TargetsOpt = Annotated[
    Path | None,
    typer.Option("--targets", metavar="mv_file", help="help_targets"),
]
AuthoritiesOpt = Annotated[
    Path | None,
    typer.Option(
        "--authorities",
        metavar="mv_file",
        help="help_authorities",
    ),
]


ColumnsOpt = Annotated[
    str | None,
    typer.Option(
        "--columns",
        metavar="mv_columns",
        help="help_columns",
    ),
]


class Dialect(StrEnum):
    EXCEL_NL = "excel-nl"
    EXCEL = "excel"
    RFC4180 = "rfc4180"


CsvDialectOpt = Annotated[
    Dialect | None,
    typer.Option(
        "--csv-dialect",
        help="help_csv_dialect",
        show_default=False,
    ),
]


# `--lang` as the command line gave it (cli/errors.py `Guarded.main` reads it before Click parses
# anything): `--help` is eager, so the help and a usage error are said before a command could say.
_ON_LINE: ContextVar[str | None] = ContextVar("sroi_lang_on_line", default=None)


def lang_on_line(words: Sequence[str]) -> str | None:
    """The last `--lang nl|en` (or `--lang=…`) on the line before `--`; None when there is none."""
    found = None
    for i, word in enumerate(words):
        if word == "--":
            break
        value = word.removeprefix("--lang=") if word.startswith("--lang=") else None
        if word == "--lang" and i + 1 < len(words):
            value = words[i + 1]
        if value in ("nl", "en"):
            found = value
    return found


@contextmanager
def speaking(words: Sequence[str]) -> Iterator[None]:
    """While one command line runs: its `--lang` is the language whatever has not been told one."""
    token = _ON_LINE.set(lang_on_line(words))
    try:
        yield
    finally:
        _ON_LINE.reset(token)


def resolve_lang(lang: Lang | None) -> str:
    """--lang, else the line's --lang (`sroi --lang nl check`), else $SROI_LANG, else the locale
    (LC_ALL, LC_MESSAGES, LANG), else English."""
    if lang is not None:
        return lang.value
    on_line = _ON_LINE.get()
    if on_line is not None:
        return on_line
    wanted = os.environ.get("SROI_LANG", "").lower()
    if wanted in ("nl", "en"):
        return wanted
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def resolve_as_of(as_of: dt.date | None) -> dt.date:
    """The evaluation date: the option, else today (read here, never in the domain)."""
    return as_of or dt.date.today()


def terminal_width() -> int | None:
    """The width to lay a terminal report out in: the terminal's, else $COLUMNS, else None (a pipe)."""
    import shutil
    import sys

    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


# Suffixes that name a file format: a report written under one of them must be in that format, or a
# spreadsheet, a browser or the next `sroi batch` of the folder would open text it cannot read.
_NAMED = {"markdown": "md", "htm": "html", "txt": "table", "xml": "junit"}
_FORMAT_SUFFIXES = {"json", "csv", "md", "xlsx", "html", "xml", "yaml", "yml", "xls", "ods", "pdf", "jsonl"}


def resolve_format(
    fmt: str | None, output: Path | None, choices: list[str], default: str, lang: str = "en"
) -> str:
    """--format, else the output file's suffix when it names a format, else the default; a suffix
    that names a format this command cannot write is a usage error (exit 2), not a mislabelled file."""
    if fmt:
        return fmt
    raw = output.suffix.lower().lstrip(".") if output else ""
    suffix = _NAMED.get(raw, raw)
    if suffix in choices:
        return suffix
    if raw == "txt" and "text" in choices:
        return "text"
    if raw in _FORMAT_SUFFIXES:
        from sroi_cli.catalogue import message

        said = message("usage_cannot_write", lang, path=str(output), suffix=raw, formats=", ".join(choices))
        raise typer.BadParameter(said, param_hint="--output")
    return default
