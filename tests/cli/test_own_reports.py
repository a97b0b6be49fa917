"""sroi's own reports are not inputs: each carries a marker, a folder read skips it with one note on
stderr, and named as an input it is one clear error. `batch folder -o folder/report.xlsx` twice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io.own_reports import mark_of, mark_of_file

ROOT = Path(__file__).parents[2]
AS_OF = ("--as-of", "2026-11-23")
FORMATS = ["xlsx", "csv", "md", "html", "json"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "examples" / "portfolio.yaml", tmp_path / "portfolio.yaml")
    return tmp_path


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_format_carries_the_marker(folder: Path, fmt: str) -> None:
    out = folder / f"report.{fmt}"
    code, _, err = invoke("batch", str(folder), "-q", *AS_OF, "-o", str(out))
    assert code in (0, 1), err
    assert mark_of_file(out) == "sroi.report/1"
    assert mark_of(out.read_bytes(), f".{fmt}") == "sroi.report/1"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_second_batch_over_the_folder_skips_the_first_report(folder: Path, fmt: str) -> None:
    out = folder / f"report.{fmt}"
    first = invoke("batch", str(folder), "-q", *AS_OF, "-f", "json")
    assert invoke("batch", str(folder), "-q", *AS_OF, "-o", str(out))[0] in (0, 1)
    code, stdout, err = invoke("batch", str(folder), "-q", *AS_OF, "-f", "json")
    assert code == first[0] and stdout == first[1]  # the same report: the first one was not read
    note, *rest = err.splitlines()
    assert note == f"sroi: skipped 1 report sroi wrote itself: {out}"
    assert rest == first[2].splitlines() and "Verdict" not in err


def test_the_report_may_be_written_again_over_the_last_one(folder: Path) -> None:
    out = folder / "report.xlsx"
    for _ in range(2):
        code, _, err = invoke("batch", str(folder), "-q", *AS_OF, "-o", str(out))
        assert code in (0, 1) and "refused" not in err


def test_the_note_in_dutch(folder: Path) -> None:
    invoke("batch", str(folder), "-q", *AS_OF, "-o", str(folder / "r.csv"))
    _, _, err = invoke("validate", str(folder), "--lang", "nl")
    assert err.splitlines()[0] == f"sroi: 1 rapport overgeslagen dat sroi zelf schreef: {folder / 'r.csv'}"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_report_named_as_input_is_one_clear_error(folder: Path, fmt: str) -> None:
    out = folder / f"report.{fmt}"
    invoke("batch", str(folder), "-q", *AS_OF, "-o", str(out))
    code, _, err = invoke("check", str(out), *AS_OF, "--lang", "en")
    assert code == 3
    assert err == (
        f"sroi: {out}: this is a report sroi wrote (sroi.report/1), not an input; "
        "give the input it was made from\n"
    )


def test_a_template_is_an_input_not_a_report(tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    assert invoke("template", "-o", str(out))[0] == 0
    assert mark_of_file(out) is None


def test_an_annotated_copy_is_skipped_in_a_folder_but_read_when_named(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = tmp_path / "in" / "tender.xlsx"
    book.parent.mkdir()
    workbook = Workbook()
    workbook.active.title = "Contracten"
    workbook.active.append(["kenmerk", "soort", "opdrachtwaarde", "startdatum", "einddatum"])
    workbook.active.append(["HG-1", "diensten", 1000000, "01-01-2026", "31-12-2027"])
    workbook.save(book)
    copy = tmp_path / "in" / "tender-annotated.xlsx"
    invoke("check", str(book), "--annotate", "-o", str(copy), *AS_OF)
    assert mark_of_file(copy) == "sroi.annotated/1"
    alone = invoke("validate", str(book))
    code, _, err = invoke("validate", str(book.parent))
    assert code == alone[0] and err.startswith(f"sroi: skipped 1 report sroi wrote itself: {copy}")
    assert invoke("validate", str(copy))[0] == alone[0]


def test_a_file_that_merely_mentions_the_marker_is_read(tmp_path: Path) -> None:
    """A contract titled 'sroi.report/1' is still an input: only the marker's own place counts."""
    text = (ROOT / "examples" / "tender.yaml").read_text(encoding="utf-8")
    text = text.replace("title: Schoonmaak stadskantoren", 'title: "sroi.report/1"')
    given = tmp_path / "tender.yaml"
    given.write_text(text, encoding="utf-8")
    assert mark_of_file(given) is None
    assert invoke("check", str(given), *AS_OF)[0] == 0
