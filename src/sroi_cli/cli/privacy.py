"""`--pseudonymise`: every candidate reference in the output replaced by a stable keyed hash."""

from __future__ import annotations

from typing import Annotated

import typer

from sroi_cli import app as use
from sroi_cli.catalogue import message
from sroi_cli.cli.errors import tell
from sroi_cli.domain.pseudonym import R

Pseudonymise = Annotated[
    bool,
    typer.Option(
        "--pseudonymise",
        help="help_pseudonymise",
    ),
]


def pseudonymised(report: R, wanted: bool, lang: str) -> R:
    if not wanted:
        return report
    result, created = use.with_pseudonyms(report)
    if created is not None:
        tell("sroi: " + message("key_created", lang, path=str(created)))
    return result


def pseudonym_key(lang: str) -> bytes:
    """The key, saying so when it was just made (for `--annotate`, whose copy needs it too)."""
    key, created = use.pseudonym_key()
    if created is not None:
        tell("sroi: " + message("key_created", lang, path=str(created)))
    return key
