"""Options shared by the commands, as Annotated aliases, and how their defaults are found."""

from __future__ import annotations

import datetime as dt
import os
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
    typer.Argument(help="Input files (YAML, Excel, CSV) or folders.", metavar="FILE…", show_default=False),
]
RulesOpt = Annotated[
    str | None,
    typer.Option(
        "--rules",
        metavar="ID|FILE|DIR",
        help="A bundled rule-set id (any case), a rule file, or a folder of versions. Given, it "
        "applies to every contract over the contract's own `rules` (a note counts them); without it: "
        "the contract's own, then `rijk`.",
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
        metavar="DATE",
        help="Evaluate as on this date: 2026-11-23, 23-11-2026, 23/11/2026 or 23.11.2026. Default: today.",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write the report to this file (whole or not at all) instead of stdout.",
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of the output. Default: $SROI_LANG, then the locale, then en."),
]
FailOnOpt = Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a contract reaches this.")]
AllowBsn = Annotated[
    bool,
    typer.Option(
        "--allow-bsn",
        help="Do not refuse input with BSN-like numbers (they are still never shown).",
    ),
]


TargetsOpt = Annotated[
    Path | None,
    typer.Option(
        "--targets", metavar="FILE", help="A programme's targets (YAML): progress, linear path and gap."
    ),
]
AuthoritiesOpt = Annotated[
    Path | None,
    typer.Option(
        "--authorities",
        metavar="FILE",
        help="Public tender data: a YAML map of authority name or KvK number to a rule-set id, "
        "used before the bundled map.",
    ),
]


ColumnsOpt = Annotated[
    str | None,
    typer.Option(
        "--columns",
        metavar="PRESET|FILE",
        help="Map a register's own headers onto sroi's fields: rijkscontractenregister, inkoop, "
        "or a YAML file (header: field).",
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
        help="How a CSV report is written: excel-nl (; and decimal comma, with a BOM: Dutch Excel), "
        "excel (, and decimal point, with a BOM) or rfc4180 (plain, for programs). "
        "Default: excel-nl with --lang nl, else rfc4180.",
        show_default=False,
    ),
]


def resolve_lang(lang: Lang | None) -> str:
    """--lang, else $SROI_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    if lang is not None:
        return lang.value
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


def resolve_format(fmt: str | None, output: Path | None, choices: list[str], default: str) -> str:
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
        raise typer.BadParameter(
            f"{output}: this command cannot write .{raw}; it writes {', '.join(choices)} "
            "(choose with --format, or name the file by one of them)",
            param_hint="--output",
        )
    return default
