"""Zip entries and document properties no workbook holds (issue 10, item 5): one clear line, exit 3.

The corpus is made by tests/cases/hostile/build_zipflags.py: encrypted entries, AES and other zip
methods, and a DOCTYPE or entity in docProps, which only `check --annotate` parses.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.io import excel

HOSTILE = Path(__file__).parents[1] / "cases" / "hostile"
CHECK = ("--as-of", "2026-06-01", "--lang", "en")


def _builder() -> object:
    spec = importlib.util.spec_from_file_location("hostile_build_zipflags", HOSTILE / "build_zipflags.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _builder()
CASES: dict[str, tuple[object, list[str]]] = build.CASES  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-zip")
    build.main(folder)  # type: ignore[attr-defined]
    return folder


@pytest.mark.parametrize("reader", ["calamine", "openpyxl"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_cleanly(name: str, reader: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    monkeypatch.setattr(excel, "VALUE_READER", reader)
    result = CliRunner().invoke(app, ["check", name, *CHECK], catch_exceptions=False)
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines() == [line.format(file=name) for line in CASES[name][1]]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", build.ANNOTATE)  # type: ignore[attr-defined]
def test_refused_under_annotate(name: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    out = corpus / f"annotated-{name}"
    args = ["check", name, "--annotate", "-o", str(out), *CHECK]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines() == [line.format(file=name) for line in CASES[name][1]]
    assert not out.exists()
    assert not list(corpus.glob("annotated-*"))


def test_a_workbook_without_them_is_read(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same tender with a plain docProps part: the checks refuse only what they name."""
    make = build.with_core("", "Onderhoud")  # type: ignore[attr-defined]
    (corpus / "plain-core.xlsx").write_bytes(make())
    monkeypatch.chdir(corpus)
    out = corpus / "plain-annotated.xlsx"
    result = CliRunner().invoke(app, ["check", "plain-core.xlsx", "--annotate", "-o", str(out), *CHECK])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    out.unlink()
