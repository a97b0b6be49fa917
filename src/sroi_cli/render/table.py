"""The terminal report: one line per contract (verdict in colour, a realisation bar), then the detail."""

from __future__ import annotations

from decimal import Decimal
from typing import TextIO

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from sroi_cli.domain.report import ContractResult, Report
from sroi_cli.render import RenderOptions
from sroi_cli.render.fmt import date, money, number
from sroi_cli.render.texts import finding_text, phrase, say, verdict_name

COLOURS = {
    "compliant": "green",
    "on_track": "green",
    "open": "cyan",
    "behind": "yellow",
    "non_compliant": "bold red",
    "not_applicable": "dim",
}
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "dim"}
BAR = 16


def bar(realised: Decimal, obligation: Decimal, lang: str) -> Text:
    """A realisation bar: the share of the obligation realised, as blocks and a percentage."""
    if obligation <= 0:
        return Text("—", style="dim")
    share = min(Decimal(1), realised / obligation)
    filled = int(share * BAR)
    text = Text("█" * filled, style="green" if share >= 1 else "cyan")
    text.append("░" * (BAR - filled), style="dim")
    text.append(" " + number(realised / obligation * 100, lang, 0) + "%")
    return text


def overview(report: Report, lang: str) -> Table:
    def h(key: str) -> str:
        return phrase(key, lang)

    table = Table(title=f"sroi — {h('h_as_of')} {date(report.as_of, lang)}", title_justify="left")
    table.add_column(h("h_contract"), no_wrap=True)
    table.add_column(h("h_verdict"))
    for key in ("h_obligation", "h_realised", "h_shortfall"):
        table.add_column(h(key), justify="right", no_wrap=True)
    table.add_column(h("h_progress"), no_wrap=True)
    table.add_column(h("h_findings"), justify="right")
    for c in report.contracts:
        table.add_row(
            c.id,
            Text(verdict_name(c.verdict, lang), style=COLOURS[c.verdict]),
            money(c.obligation, lang),
            money(c.realised, lang),
            money(c.shortfall, lang),
            bar(c.realised, c.obligation, lang),
            str(len(c.findings)) or "",
        )
    return table


def detail(c: ContractResult, lang: str) -> Group:
    """Key figures, contributions and findings of one contract."""

    def h(key: str) -> str:
        return phrase(key, lang)

    figures = Table.grid(padding=(0, 2))
    figures.add_column(style="bold")
    figures.add_column()
    rows: list[tuple[str, str | Text]] = [
        (h("h_rules"), f"{c.rules.id} {c.rules.version} ({c.rules.valid_from.isoformat()})"),
        (h("h_reason"), say(c.reason, lang)),
        (h("h_verdict"), Text(verdict_name(c.verdict, lang), style=COLOURS[c.verdict])),
        (h("h_obligation"), money(c.obligation, lang)),
        (h("h_realised"), money(c.realised, lang)),
        (h("h_planned"), money(c.planned, lang)),
        (h("h_expected"), money(c.expected_to_date, lang)),
        (h("h_shortfall"), money(c.shortfall, lang)),
        (h("h_penalty"), money(c.penalty, lang)),
        (h("h_fte"), number(c.fte_years, lang)),
        (
            h("h_jobs"),
            f"{number(c.banenafspraak.jobs_now, lang)} / {number(c.banenafspraak.job_years, lang)}",
        ),
    ]
    if c.coverage is not None:
        rows.append((h("h_coverage"), number(c.coverage * 100, lang, 0) + "%"))
    if c.placements is not None:
        rows.append((h("h_placements"), f"{c.placements.realised} / {c.placements.required}"))
    for label, value in rows:
        figures.add_row(label, value)
    parts: list[Table | Text] = [
        Text(f"\n{c.id}" + (f" — {c.title}" if c.title else ""), style="bold"),
        figures,
    ]
    if c.contributions:
        parts.append(_contributions(c, lang))
    if c.findings:
        parts.append(_findings(c, lang))
    return Group(*parts)


def _contributions(c: ContractResult, lang: str) -> Table:
    def h(key: str) -> str:
        return phrase(key, lang)

    table = Table(show_edge=False, box=None, padding=(0, 1))
    for key in ("#", "h_block", "h_status", "h_candidate", "h_months", "h_value", "h_planned"):
        table.add_column(
            key if key == "#" else h(key),
            justify="right" if key in ("#", "h_months", "h_value", "h_planned") else "left",
        )
    for item in c.contributions:
        table.add_row(
            str(item.index),
            item.block,
            phrase(item.status, lang),
            item.candidate or "",
            number(item.months, lang) if item.months is not None else "",
            money(item.value, lang),
            money(item.planned_value, lang),
        )
    return table


def _findings(c: ContractResult, lang: str) -> Table:
    table = Table(show_edge=False, box=None, padding=(0, 1), show_header=False)
    table.add_column()
    table.add_column(no_wrap=True)
    table.add_column()
    for f in c.findings:
        table.add_row(
            Text(phrase(f.severity, lang), style=SEVERITY_COLOURS[f.severity]),
            f.location,
            finding_text(f, lang),
        )
    return table


def render(report: Report, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    console = Console(
        file=out,
        force_terminal=options.color,
        no_color=not options.color,
        width=None if options.color else 120,
        highlight=False,
    )
    console.print(overview(report, options.lang))
    if report.people is not None:  # a portfolio: its totals instead of every contract's detail
        from sroi_cli.render.table_portfolio import portfolio_views

        for view in portfolio_views(report, options.lang):
            console.print(view)
        return
    for contract in report.contracts:
        console.print(detail(contract, options.lang))
