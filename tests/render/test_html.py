"""The HTML report: one self-contained file, every figure present, every input text escaped."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app
from sroi_cli.render.fmt import money

ROOT = Path(__file__).parents[2]
YEAR = ROOT / "examples" / "contracts-2026.yaml"
HOSTILE = """
contracts:
  - id: "X&1"
    title: "<script>alert('title')</script>"
    authority: "<img src=x onerror=alert(1)>"
    category: "\\"><b>bold</b>"
    type: works
    value_excl_vat: "500000"
    start: 2026-01-01
    end: 2026-12-31
    rules: haaglanden
contributions:
  - {contract: "X&1", block: ww, candidate: "<i>K</i>", hours_per_week: "40", start: 2026-01-01}
"""


class Outline(HTMLParser):
    """Collects the tags, the attributes that fetch things, and the text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.fetches: list[str] = []
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.scripts += tag == "script"
        self.fetches += [f"{tag} {k}={v}" for k, v in attrs if k in ("src", "href") or tag == "link"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


def render(path: Path, *args: str) -> str:
    result = CliRunner().invoke(
        app, ["batch", str(path), "--as-of", "2026-11-23", "-f", "html", *args], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_batch_html_is_self_contained_with_charts_and_every_contract() -> None:
    html = render(YEAR)
    page = outline(html)
    assert page.fetches == [] and page.scripts == 1  # the inline sorter only
    assert page.tags.count("svg") == 2
    report = use.batch([YEAR], use.Settings(as_of=dt.date(2026, 11, 23)))
    text = "".join(page.text)
    for contract in report.contracts:
        assert contract.id in text and money(contract.obligation, "en") in text
    assert money(report.summary.shortfall, "en") in text
    assert html.count("<tr><td>") >= len(report.contracts)


def test_every_input_text_is_escaped(tmp_path: Path) -> None:
    source = tmp_path / "hostile.yaml"
    source.write_text(HOSTILE, encoding="utf-8")
    html = render(source)
    page = outline(html)
    assert page.scripts == 1 and "img" not in page.tags and "i" not in page.tags
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "X&amp;1" in html


def test_dutch_html(tmp_path: Path) -> None:
    html = render(YEAR, "--lang", "nl")
    assert '<html lang="nl">' in html and "€ 598.500,00" in html and "Totalen per categorie" in html
