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
from sroi_cli.domain.privacy import Policy, file_label
from sroi_cli.domain.pseudonym import pseudonymise
from sroi_cli.domain.report import Report

if TYPE_CHECKING:
    from sroi_cli.render.annotate import Fields, Marked, Note


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through links, or a different spelling of the path)."""
    if a.resolve() == b.resolve():
        return True
    try:
        return a.samefile(b)
    except OSError:
        return False


def check_annotated(
    path: Path, output: Path, settings: Settings, lang: str, pseudonym_key: bytes | None = None
) -> tuple[Report, Marked]:
    """The report of `path` (pseudonymised when a key is given), and what the annotated copy at
    `output` holds: the copy applies the same privacy policy as the report (`_policy`)."""
    from sroi_cli.io.files import refuse_special
    from sroi_cli.io.workbook_copy import sheet_titles
    from sroi_cli.render.annotate import placeable, problem_notes, report_notes

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
        _write(path, name, notes, output, lang, _policy(settings, pseudonym_key))
        raise InputError([*error.problems, Problem(str(output), "annotated_copy")]) from None
    if pseudonym_key is not None:
        report = pseudonymise(report, pseudonym_key)  # the notes name candidates as the report does
    notes = report_notes(report, lang)
    return report, _write(path, name, notes, output, lang, _policy(settings, pseudonym_key), report)


def _policy(settings: Settings, pseudonym_key: bytes | None) -> Policy:
    from sroi_cli.io.records import bsn_key

    return Policy(allow_bsn=settings.allow_bsn, bsn_key=bsn_key(), pseudonym_key=pseudonym_key)


def _fields() -> Fields:
    from sroi_cli.io.headers import field_for
    from sroi_cli.io.records import numeric_fields
    from sroi_cli.render.annotate import Fields

    return Fields(lambda h: field_for(h, "contribution") or field_for(h, "contract"), numeric_fields())


def _write(
    path: Path,
    name: str,
    notes: list[Note],
    output: Path,
    lang: str,
    policy: Policy,
    report: Report | None = None,
) -> Marked:
    """The copy: the notes on their cells and, for an evaluated workbook, each contract's result;
    every value of the input through the run's privacy policy."""
    from sroi_cli.io.output import atomic_binary
    from sroi_cli.io.workbook_copy import open_workbook
    from sroi_cli.render.annotate import annotate

    results = report.contracts if report is not None else ()
    book = open_workbook(path)
    with atomic_binary(output) as stream:
        return annotate(book, name, notes, stream, lang, results, policy, _fields())
