"""An HTML report a director can forward, parsed back: the chart says which contracts it shows and
has an axis in euros and the amounts beside its bars, the legend names every colour drawn, rule
sources are links (http and https only, escaped), print CSS keeps headings with their content, the
people per block are there, and a filter box sits over the contracts table."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render.html import link

ROOT = Path(__file__).parents[2]
YEAR = ROOT / "examples" / "contracts-2026.yaml"


class Page(HTMLParser):
    """Elements with their attributes and the text inside, as a list a test can search."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}
        self.open: list[str] = []
        self.style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag not in ("input", "rect", "line", "meta", "br", "span"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.open:
            self.texts.setdefault(self.open[-1], []).append(data)
            if self.open[-1] == "style":
                self.style += data

    def all(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def html_of(path: Path, command: str = "batch", *args: str) -> str:
    run = [command, str(path), "--as-of", "2026-11-23", "-f", "html", "--fail-on", "never", *args]
    result = CliRunner().invoke(app, run, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def parsed(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """46 contracts, as in the issue: more than the chart's 25."""
    lines = ["contracts:"]
    for n in range(1, 47):
        lines += [
            f"  - id: C-{n:02d}",
            "    type: works",
            f'    value_excl_vat: "{300000 + n * 10000}"',
            "    start: 2025-01-01",
            "    end: 2026-06-30",
            "    rules: haaglanden",
        ]
    path = tmp_path_factory.mktemp("many") / "many.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_chart_says_which_contracts_it_shows(many: Path) -> None:
    page = parsed(html_of(many))
    assert page.texts["figcaption"] == ["The 25 contracts with the largest shortfall, of 46"]
    dutch = parsed(html_of(many, "batch", "--lang", "nl"))
    assert dutch.texts["figcaption"] == ["De 25 contracten met het grootste tekort, van 46"]
    assert parsed(html_of(YEAR)).texts["figcaption"] == ["All 9 contracts, largest shortfall first"]


def test_the_chart_has_an_axis_and_readable_amounts(many: Path) -> None:
    page = parsed(html_of(many))
    svg_text = page.texts["text"]
    ticks = [t for t in svg_text if re.fullmatch(r"€[\d,]+", t)]
    assert ticks[0] == "€0" and len(ticks) == 5  # 0, ¼, ½, ¾ and the top of a whole-euro axis
    amounts = [t for t in svg_text if " of €" in t]
    assert len(amounts) == 25 and amounts[0] == "€0 of €38,000"  # C-46: 5% of €760,000


def test_the_legend_names_every_colour_drawn() -> None:
    html = html_of(YEAR)
    chart = html[html.index('<figure id="chart">') : html.index("</figure>")]
    drawn = set(re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"', chart))
    legend = html[html.index("</figure>") :]
    legend = legend[: legend.index("</p>")]
    listed = re.findall(r'<span style="background: (#[0-9a-f]{6})"></span>([^<]+)', legend)
    assert drawn and drawn <= {colour for colour, _ in listed}
    assert ("#cfd8dc", "Obligation") in listed and ("#66bb6a", "Realised, on track") in listed


def test_rule_sources_are_links() -> None:
    page = parsed(html_of(ROOT / "examples" / "tender.yaml", "check"))
    links = page.all("a")
    assert links and all(str(a["href"]).startswith("https://") for a in links)
    assert {"rel": "noopener noreferrer"}.items() <= links[0].items()
    assert "https://www.denhaag.nl/nl/ondernemen/zaken-doen-met-de-gemeente/social-return-bouwblokken/" in {
        a["href"] for a in links
    }


def test_only_http_addresses_become_links_and_all_is_escaped() -> None:
    assert str(link("Beleid — https://a.nl/x?a=1&b=2.")) == (
        'Beleid — <a href="https://a.nl/x?a=1&amp;b=2" rel="noopener noreferrer">https://a.nl/x?a=1&amp;b=2</a>.'
    )
    assert str(link('javascript:alert(1) <b>"x"</b>')) == "javascript:alert(1) &lt;b&gt;&#34;x&#34;&lt;/b&gt;"
    assert str(link('https://e.nl/"onmouseover=alert(1)')) == (
        '<a href="https://e.nl/" rel="noopener noreferrer">https://e.nl/</a>&#34;onmouseover=alert(1)'
    )
    assert "<a" not in str(link("ftp://e.nl/file data:text/html,<x>"))


def test_print_css_keeps_headings_with_their_content() -> None:
    style = parsed(html_of(YEAR)).style
    media = style[style.index("@media print") :]
    assert re.search(r"h1, h2 \{ break-after: avoid-page; page-break-after: avoid; \}", media)
    assert "thead { display: table-header-group; }" in media
    assert ".filter { display: none; }" in media
    assert re.search(r"figure[^{]*tr[^{]*\{ break-inside: avoid;", media)


def test_the_people_per_block_are_in_the_html() -> None:
    page = parsed(html_of(YEAR))
    html = html_of(YEAR)
    section = html[html.index('<section id="people">') :]
    section = section[: section.index("</section>")]
    assert "<h2>People</h2>" in section and "Distinct candidates" in section
    rows = re.findall(r'<tr class="block"><td>&emsp;([^<]+)</td><td class="n">(\d+)</td></tr>', section)
    assert rows and all(int(n) > 0 for _, n in rows)
    assert "Banenafspraak jobs now / job-years" in section
    assert page.all("section", id="people")


def test_a_filter_box_over_the_contracts_table_that_reads_text_only() -> None:
    html = html_of(YEAR)
    page = parsed(html)
    (box,) = page.all("input", id="filter")
    assert box["type"] == "search" and box["aria-controls"] == "contracts"
    assert html.index('id="filter"') < html.index('<table class="sortable" id="contracts">')
    script = "".join(page.texts["script"])
    assert "rows[i].hidden = !keep" in script and "box.value" in script
    assert "innerHTML" not in script and "eval(" not in script and "insertAdjacentHTML" not in script
    assert "http" not in script  # nothing fetched
