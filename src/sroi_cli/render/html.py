"""HTML: one self-contained file that opens offline — summary, inline SVG charts, a sortable table.

Jinja2 autoescapes every value, so no text from an input file can become markup; the small sorting
script is inline, nothing is fetched from anywhere.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TextIO

from sroi_cli.domain.report import ContractResult, Report
from sroi_cli.render import RenderOptions, targets_view
from sroi_cli.render.fmt import date, money, number, short_number
from sroi_cli.render.texts import finding_text, group_name, phrase, say, verdict_name

CHART_CONTRACTS = 25  # the chart shows the largest shortfalls; the table has every contract
SVG_COLOURS = {
    "compliant": "#2e7d32",
    "on_track": "#66bb6a",
    "open": "#0288d1",
    "behind": "#f9a825",
    "non_compliant": "#c62828",
    "not_applicable": "#9e9e9e",
}


def _bars(report: Report) -> list[dict[str, Any]]:
    """Obligation against realised for the contracts with the largest shortfalls, scaled to 100."""
    chosen = sorted(report.contracts, key=lambda c: (-c.shortfall, c.id))[:CHART_CONTRACTS]
    top = max((max(c.obligation, c.realised) for c in chosen), default=Decimal(0)) or Decimal(1)
    return [
        {
            "contract": c,
            "obligation": float(c.obligation / top * 100),
            "realised": float(min(c.realised, top) / top * 100),
        }
        for c in chosen
    ]


def _verdicts(report: Report) -> list[dict[str, Any]]:
    total = sum(report.summary.by_verdict.values()) or 1
    return [
        {"verdict": v, "count": n, "width": n / total * 100, "colour": SVG_COLOURS[v]}
        for v, n in report.summary.by_verdict.items()
    ]


def _context(report: Report, lang: str) -> dict[str, Any]:
    def share(c: ContractResult) -> str:
        return number(c.realised / c.obligation * 100, lang, 0) + "%" if c.obligation else "—"

    return {
        "r": report,
        "lang": lang,
        "bars": _bars(report),
        "verdicts": _verdicts(report),
        "colours": SVG_COLOURS,
        "portfolio": report.people is not None,
        "targets": report.targets
        and {"headers": targets_view.headers(lang), "rows": targets_view.said(report, lang)},
        "findings": [*report.errors, *report.findings, *(f for c in report.contracts for f in c.findings)],
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


def template(name: str) -> Any:
    """One of the package's HTML templates, autoescaped: input text never becomes markup."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("sroi_cli.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template(name)


def render(report: Report, out: TextIO, options: RenderOptions, fmt: str = "html") -> None:
    out.write(template("report.html.j2").render(**_context(report, options.lang)))
