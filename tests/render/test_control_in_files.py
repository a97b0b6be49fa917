"""Control characters from the input never reach a report file raw: xlsx could not store them (the
run ended in a traceback, exit 70), and CSV and HTML carried ESC to whatever terminal showed them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

INPUT = r"""contract:
  id: "C-\x07\x1b1"
  title: "Schoonmaak\x1b[31m rood\u202e"
  authority: "A\x00B"
  supplier: "S\x1b[2J B.V."
  type: services
  value_excl_vat: "1000000.00"
  start: 2026-01-01
  end: 2027-12-31
  rules: haaglanden
"""
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


@pytest.mark.parametrize("command", ["check", "batch"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv", "html", "md"])
def test_a_report_file_shows_control_characters_as_escapes(tmp_path: Path, command: str, fmt: str) -> None:
    source = tmp_path / "e\x1bsc.yaml"  # in the file name too
    source.write_text(INPUT, encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(app, [command, str(source), "--as-of", "2026-11-23", "-o", str(out)])
    assert result.exit_code == 0, result.output  # behind, not failing: no internal error (70)
    if fmt == "xlsx":
        book = load_workbook(out)
        texts = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row]
        texts = [v for v in texts if isinstance(v, str)]
    elif fmt == "md":  # as a Markdown viewer shows it: `\\x07` in the source reads `\x07`
        from markdown_it import MarkdownIt

        source_text = out.read_text(encoding="utf-8")
        assert not RAW.search(source_text)
        texts = [
            t.content
            for b in MarkdownIt("commonmark").enable("table").parse(source_text)
            for t in b.children or []
        ]
    else:
        texts = [out.read_text(encoding="utf-8-sig")]
    assert not any(RAW.search(t) for t in texts)
    shown = "\n".join(texts)
    assert r"C-\x07\x1b1" in shown and r"Schoonmaak\x1b[31m rood\u202e" in shown
