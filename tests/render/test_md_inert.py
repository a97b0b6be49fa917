"""Markdown from hostile input text: parsed back with a CommonMark parser (markdown-it-py, which Rich
brings), the report holds no markup but its own — no link, image, HTML, emphasis or code made from what
an input said — and each hostile text reads back exactly as typed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render.md import cell, code

HOSTILE = [
    "*em* **strong** _u_ ~~gone~~",
    "[click](https://evil.example) ![i](https://evil.example/i.png)",
    "<b>bold</b> <script>alert(1)</script> &lt;x&gt; &amp;",
    "`code` ``two`` | pipe \\ back # hash",
    "https://evil.example www.evil.example mailto:a@evil.example",
]
OURS = {"html_block"}  # the report's own mark comment; everything else below is checked


def tokens(text: str) -> Iterator[Token]:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    stack = list(parser.parse(text))
    while stack:
        token = stack.pop(0)
        yield token
        stack[:0] = token.children or []


def _portfolio(tmp_path: Path, text: str, broken: bool) -> Path:
    """One contract whose every text field holds `text`; with `broken` a second one whose unknown
    block quotes it, for the input errors `batch --keep-going` lists."""
    contract = {
        "id": f"C-1 {text}",
        "title": text,
        "authority": text,
        "supplier": text,
        "category": text,
        "type": "services",
        "value_excl_vat": "1000000",
        "start": "2026-01-01",
        "end": "2027-12-31",
        "rules": "haaglanden",
        "notes": text,
    }
    placement = {
        "contract": f"C-1 {text}",
        "block": "participatiewet",
        "candidate": f"K {text}",
        "hours_per_week": "36",
        "start": "2026-01-01",
        "end": "2026-06-30",
        "status": "realised",
    }
    doc = {"contracts": [contract], "contributions": [placement]}
    if broken:
        doc["contracts"].append({**contract, "id": "C-2"})
        doc["contributions"].append({**placement, "contract": "C-2", "block": f"nope {text}"})
    path = tmp_path / "p.yaml"
    path.write_text(json.dumps(doc), encoding="utf-8")  # JSON is YAML
    return path


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("command", ["check", "batch"])
def test_input_text_makes_no_markdown(tmp_path: Path, text: str, command: str) -> None:
    path = _portfolio(tmp_path, text, broken=command == "batch")
    extra = ["--group-by", "authority,supplier", "--keep-going"] if command == "batch" else []
    result = CliRunner().invoke(
        app, [command, str(path), "--as-of", "2026-11-23", "-f", "md", "--lang", "en", *extra]
    )
    assert result.exit_code in ((0, 1) if command == "check" else (3,)), result.output  # 3: one left out
    found = list(tokens(result.stdout))
    made = {t.type for t in found} - OURS
    assert made.isdisjoint({"link_open", "image", "html_inline", "em_open", "s_open"}), made
    own_code = [t.content for t in found if t.type == "code_inline"]
    assert all(c.startswith(str(tmp_path)) or c.startswith("<bundled>") for c in own_code), own_code
    strong = [t for t in found if t.type == "strong_open"]
    assert len(strong) == sum(1 for line in result.stdout.splitlines() if line.startswith("- **"))
    shown = " ".join(t.content for t in found if t.type == "text")
    assert " ".join(text.split()) in shown  # read back as typed: no character lost to an escape


@pytest.mark.parametrize("text", [*HOSTILE, "`", "a ` b", "``x`` y `"])
def test_a_code_span_holds_any_backticks(text: str) -> None:
    spans = [t.content for t in tokens(code(text)) if t.type == "code_inline"]
    assert spans == [" ".join(text.split())]


@pytest.mark.parametrize("figure", ["€1,250,000.00", "€ 1.250.000,00", "27%", "0.00 / 1.25", "2026-11-23"])
def test_figures_are_left_as_they_are(figure: str) -> None:
    assert cell(figure) == figure
