"""`check --annotate`: evaluate one workbook and write a copy with every finding marked on its cell.

The input is never written: the copy goes whole-or-nothing to another path. When the input has
problems, the copy marks those instead, and the problems are still raised (nothing is evaluated).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sroi_cli.app.evaluate import check
from sroi_cli.app.settings import Settings
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.privacy import file_label
from sroi_cli.domain.report import Report

if TYPE_CHECKING:
    from sroi_cli.render.annotate import Marked, Note


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through links, or a different spelling of the path)."""
    if a.resolve() == b.resolve():
        return True
    try:
        return a.samefile(b)
    except OSError:
        return False


def check_annotated(path: Path, output: Path, settings: Settings, lang: str) -> tuple[Report, Marked]:
    """The report of `path`, and what the annotated copy at `output` holds."""
    from sroi_cli.io.files import refuse_special
    from sroi_cli.render.annotate import placeable, problem_notes, report_notes, sheet_titles

    name = file_label(path)
    if same_file(path, output):
        raise InputError(Problem(name, "annotate_same_file", {"input": name}))
    refuse_special(path, name)  # the copy is made by openpyxl, which would wait on a FIFO for ever
    try:
        report = check([path], settings)
    except InputError as error:
        notes = problem_notes(error.problems, lang)
        titles = sheet_titles(path)
        if titles is None or not placeable(notes, name, titles):
            raise
        _write(path, name, notes, output, lang)
        raise InputError([*error.problems, Problem(str(output), "annotated_copy")]) from None
    return report, _write(path, name, report_notes(report, lang), output, lang, report)


def _write(
    path: Path, name: str, notes: list[Note], output: Path, lang: str, report: Report | None = None
) -> Marked:
    """The copy: the notes on their cells and, for an evaluated workbook, each contract's result."""
    from sroi_cli.io.output import atomic_binary
    from sroi_cli.render.annotate import annotate

    results = report.contracts if report is not None else ()
    with atomic_binary(output) as stream:
        return annotate(path, name, notes, stream, lang, results)
