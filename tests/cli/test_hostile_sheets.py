"""Sheets whose cost lies in what they say, not in their size (issue 10, items 1 and 6).

The corpus is made by tests/cases/hostile/build_sheets.py. Each workbook runs in its own process
(a reader that allocates the grid of a whole sheet aborts the process, and must not abort the
tests) and must give its exit code and lines, never a traceback, within a peak memory that a
2 KB file has no reason to pass.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType

import pytest

from sroi_cli.io import excel
from sroi_cli.io.xlsx_cells import Book

ROOT = Path(__file__).parents[2]
HOSTILE = ROOT / "tests" / "cases" / "hostile"
PEAK_MB = 300  # a run on one of these small files; a grid of a whole sheet is far more


def load_builder(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"hostile_{name}", HOSTILE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = load_builder("build_sheets")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-sheets")
    build.main(folder)
    return folder


def run_sroi(folder: Path, *args: str) -> tuple[int, str, str, float]:
    """Exit code, stdout, stderr and peak memory (MB) of `sroi ARGS`, run in its own process.

    The peak is measured by /usr/bin/time, which a small process starts: a child forked from the
    test run itself would count the test run's memory as its own.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RUST_BACKTRACE": "0"}
    peak = folder / ".peak"
    command = ["/usr/bin/time", "-f", "%M", "-o", str(peak), sys.executable, "-m", "sroi_cli", *args]
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, timeout=600, check=False)
    kilobytes = peak.read_text(encoding="utf-8").splitlines()[-1]
    return done.returncode, done.stdout.decode(), done.stderr.decode(), int(kilobytes) / 1024


@pytest.mark.parametrize("name", sorted(build.CASES))
def test_hostile_sheet(name: str, corpus: Path) -> None:
    _, code, lines = build.CASES[name]
    returncode, out, err, peak = run_sroi(corpus, "check", name, "--as-of", "2026-06-01", "--lang", "en")
    assert returncode == code, err
    problems = [line for line in err.splitlines() if line.startswith("sroi:")]  # not the summary
    assert problems == [line.format(file=name) for line in lines]
    assert "Traceback" not in err + out and "panicked" not in err
    assert peak < PEAK_MB or name == "wide-note.xlsx", peak


def test_a_refused_sheet_does_not_stop_a_batch(corpus: Path) -> None:
    """One workbook refused among the files of a batch: the others are still evaluated."""
    (corpus / "good.yaml").write_bytes((ROOT / "examples" / "tender.yaml").read_bytes())
    args = ("batch", "--keep-going", "good.yaml", "far-corner-header.xlsx", "--as-of", "2026-06-01")
    returncode, out, err, _ = run_sroi(corpus, *args, "--lang", "en", "--format", "json")
    assert returncode == 3
    problems = [line for line in err.splitlines() if line.startswith("sroi:")]
    assert problems == [build.far_corner().format(file="far-corner-header.xlsx")]
    assert '"location": "far-corner-header.xlsx Bijdragen"' in out
    assert out.count('"verdict"') >= 1


def grid(path: Path, title: str) -> tuple[int, int]:
    """The rows and columns of the grid calamine builds for one sheet, read the way sroi reads it."""
    with ExitStack() as stack:
        book = Book.open(path, path.name, stack, "calamine")
        book.prefetch(["Contracten", "Bijdragen"], ["Contracten", "Bijdragen"], excel.HEADER_SEARCH_ROWS)
        sheet = book.calamine_sheet(title)
        return sheet.height, sheet.width


@pytest.mark.parametrize(
    ("name", "rows"),
    [("far-corner-unread.xlsx", 2), ("z-column-tall.xlsx", 2), ("wide-note.xlsx", build.SIZES["test"] + 1)],
)
def test_cells_no_reader_looks_at_are_not_allocated(name: str, rows: int, corpus: Path) -> None:
    """A far cell in a column the table has no header for widens no grid: the cost is the table's."""
    height, width = grid(corpus / name, "Bijdragen")
    assert width == len(build.CONTRIBUTION_HEADER)
    assert height == rows


@pytest.mark.parametrize("name", ["far-corner-unread.xlsx", "z-column-tall.xlsx", "wide-note.xlsx"])
def test_both_readers_read_a_cut_down_sheet_alike(
    name: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = {}
    for reader in ("calamine", "openpyxl"):
        monkeypatch.setattr(excel, "VALUE_READER", reader)
        records[reader] = [(r.kind, r.values, r.origin) for r in excel.read_excel(corpus / name, name)]
    assert records["calamine"] == records["openpyxl"]
    assert len(records["calamine"]) == (build.SIZES["test"] if name == "wide-note.xlsx" else 1) + 1


def test_the_input_file_is_never_changed(corpus: Path) -> None:
    path = corpus / "wide-note.xlsx"
    before = path.read_bytes()
    excel.read_excel(path, path.name)
    assert path.read_bytes() == before
    with zipfile.ZipFile(path) as archive:
        assert b"ALL" in archive.read("xl/worksheets/sheet2.xml")
