"""HTML: one self-contained file that opens offline — summary, inline SVG charts, a sortable table.

Jinja2 autoescapes every value, so no text from an input file can become markup; the small sorting
script is inline, nothing is fetched from anywhere.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, TextIO

from markupsafe import Markup, escape

from sroi_cli.domain.inert import visible_lines
from sroi_cli.domain.report import ContractResult, Report
from sroi_cli.render import RenderOptions, capped, targets_view
from sroi_cli.render.cells import mark_banners
from sroi_cli.render.fmt import date, money, number, short_number, whole_money
from sroi_cli.render.sections import Section
from sroi_cli.render.texts import counted, finding_text, group_name, phrase, say, verdict_name

CHART_CONTRACTS = (
    25  # the chart shows the largest shortfalls; the table has every contract (of a batch, the first PAGE)
)

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}
OBLIGATION_COLOUR = "#cfd8dc"
URL = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.ASCII)  # only http and https become links
SVG_COLOURS = {
    "compliant": "#2e7d32",
    "on_track": "#66bb6a",
    "open": "#0288d1",
    "behind": "#f9a825",
    "non_compliant": "#c62828",
    "not_applicable": "#9e9e9e",
}


BAR_X, BAR_WIDTH, ROW = 200, 540, 26  # where the bars start, how long the longest may be, a row's height


def _nice(top: Decimal) -> Decimal:
    """The axis end: the first of 1, 2, 2.5, 5 × 10^k at or above `top`."""
    if top <= 0:
        return Decimal(1)
    power = Decimal(10) ** (len(str(int(top))) - 1)
    for step in (1, 2, Decimal("2.5"), 5, 10):
        if top <= power * step:
            return power * Decimal(step)
    return power * 10


def _chart(report: Report, lang: str) -> dict[str, Any]:
    """Obligation against realised for the contracts with the largest shortfalls: the bars, an axis
    in euros, the amounts beside each bar, a caption that says which contracts these are, and a
    legend entry for every colour drawn."""
    chosen = sorted(report.contracts, key=lambda c: (-c.shortfall, c.id))[:CHART_CONTRACTS]
    top = _nice(max((max(c.obligation, c.realised) for c in chosen), default=Decimal(0)))

    def x(amount: Decimal) -> float:
        return float(min(amount, top) / top * BAR_WIDTH)

    bars = [
        {
            "contract": c,
            "obligation": x(c.obligation),
            "realised": x(c.realised),
            "amounts": phrase(
                "chart_amounts",
                lang,
                realised=whole_money(c.realised, lang),
                obligation=whole_money(c.obligation, lang),
            ),
        }
        for c in chosen
    ]
    ticks = [{"x": BAR_X + BAR_WIDTH * i / 4, "label": whole_money(top * i / 4, lang)} for i in range(5)]
    total = len(report.contracts)
    if len(chosen) < total:
        caption = phrase("chart_largest", lang, shown=str(len(chosen)), total=str(total))
    else:
        caption = counted("chart_all", total, lang)
    used = list(dict.fromkeys(c.verdict.value for c in chosen if c.realised > 0))  # a colour drawn
    legend = [(OBLIGATION_COLOUR, phrase("h_obligation", lang))] + [
        (SVG_COLOURS[v], phrase("chart_realised_verdict", lang, verdict=verdict_name(v, lang))) for v in used
    ]
    height = len(bars) * ROW + 34
    return {"bars": bars, "ticks": ticks, "caption": caption, "legend": legend, "height": height}


def link(text: str) -> Markup:
    """Text with every http(s) address in it made a link; the rest, and the address, escaped."""
    parts, last = [], 0
    for found in URL.finditer(text):
        url = found.group(0).rstrip(".,;:)")
        parts.append(escape(text[last : found.start()]))
        parts.append(Markup('<a href="{0}" rel="noopener noreferrer">{0}</a>').format(url))
        last = found.start() + len(url)
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def _verdicts(report: Report) -> list[dict[str, Any]]:
    total = sum(report.summary.by_verdict.values()) or 1
    return [
        {"verdict": v, "count": n, "width": n / total * 100, "colour": SVG_COLOURS[v]}
        for v, n in report.summary.by_verdict.items()
    ]


def _context(report: Report, lang: str) -> dict[str, Any]:
    def share(c: ContractResult) -> str:
        return "—" if c.realisation is None else number(c.realisation * 100, lang, 0) + "%"

    cap = capped.limit(report, capped.PAGE)  # a page of a batch shows the first PAGE of each long list
    contracts = capped.first(report.contracts, cap)
    found = [*report.errors, *report.findings, *(f for c in report.contracts for f in c.findings)]
    findings = capped.first(found, cap)
    return {
        "r": report,
        "lang": lang,
        "chart": _chart(report, lang),
        "bar_x": BAR_X,
        "link": link,
        "verdicts": _verdicts(report),
        "colours": SVG_COLOURS,
        "portfolio": report.people is not None,
        "targets": report.targets
        and {"headers": targets_view.headers(lang), "rows": targets_view.said(report, lang)},
        "banners": mark_banners(report, lang),
        "contracts": contracts,
        "contracts_note": contracts.note(capped.CONTRACTS, lang),
        "findings": findings,
        "findings_note": findings.note(capped.FINDINGS, lang),
        "h": lambda key, **kw: phrase(key, lang, **kw),
        "money": lambda d: money(d, lang),
        "num": lambda d: number(d, lang),
        "short": lambda d: short_number(d, lang),
        "day": lambda d: date(d, lang),
        "verdict": lambda v: verdict_name(v, lang),
        "finding": lambda f: finding_text(f, lang),
        "dims": lambda by: " × ".join(phrase(d, lang) for d in by),
        "gkey": lambda by, key: " × ".join(group_name(d, k, lang) for d, k in zip(by, key, strict=True)),
        "say": lambda s: say(s, lang),
        "share": share,
    }


def _inert(value: Any) -> Any:
    """Every value a template writes, control characters as escapes (then autoescaped): no ESC or
    bidirectional override from the input reaches a browser or a terminal showing the file."""
    return visible_lines(value) if isinstance(value, str) else value


def template(name: str) -> Any:
    """One of the package's HTML templates, autoescaped: input text never becomes markup."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("sroi_cli.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        finalize=_inert,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template(name)


def render(report: Report, out: TextIO, options: RenderOptions, fmt: str = "html") -> None:
    out.write(template("report.html.j2").render(**_context(report, options.lang)))
