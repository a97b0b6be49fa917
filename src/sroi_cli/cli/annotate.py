"""The `--annotate` option of `sroi check`: its usage rules, and the line that says what was written."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

AnnotateOpt = Annotated[
    bool,
    typer.Option(
        "--annotate",
        help="help_annotate",
    ),
]


def annotate_target(paths: list[Path], output: Path | None, lang: str = "en") -> Path:
    """The copy's path; a usage error (exit 2) unless there is one .xlsx input and another .xlsx output."""
    from sroi_cli.catalogue import template

    if len(paths) != 1 or paths[0].suffix.lower() != ".xlsx":
        raise typer.BadParameter(template("usage_annotate_one_xlsx", lang), param_hint="--annotate")
    if output is None or output.suffix.lower() != ".xlsx":
        raise typer.BadParameter(template("usage_annotate_output", lang), param_hint="--output")
    if output.resolve() == paths[0].resolve():
        raise typer.BadParameter(template("usage_annotate_overwrite", lang), param_hint="--output")
    return output


def say_written(output: Path, notes: int, cells: int, sheet: str, language: str, rows: int = 0) -> None:
    """One line on stderr: where the copy went and how much it marks."""
    from sroi_cli.cli.errors import tell
    from sroi_cli.render.texts import counted, phrase

    line = phrase(
        "annotated",
        language,
        path=str(output),
        notes=counted("n_notes", notes, language),
        cells=counted("n_cells", cells, language),
        sheet=sheet,
        rows=counted("n_rows", rows, language),
    )
    tell(line)
