"""The terminal report: one line per contract (verdict in colour, a realisation bar), then the detail."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TextIO

from rich.console import Group, RenderableType
from rich.text import Text

from sroi_cli.domain.report import ContractResult, Report
from sroi_cli.render import RenderOptions, capped, layout
from sroi_cli.render.cells import mark_banners
from sroi_cli.render.fmt import date, money, number
from sroi_cli.render.layout import Col, Fit, fitted, pairs, wrap
from sroi_cli.render.sections import Section
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

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}


def bar(realisation: Decimal | None, lang: str, cells: int = BAR) -> Text:
    """A realisation bar: the share of the obligation realised, as blocks and a percentage."""
    if realisation is None:
        return Text("—", style="dim")
    share = min(Decimal(1), realisation)
    filled = int(share * cells)
    text = Text("█" * filled, style="green" if share >= 1 else "cyan")
    text.append("░" * (cells - filled), style="dim")
    text.append((" " if cells else "") + number(realisation * 100, lang, 0) + "%")
    return text


def overview(report: Report, lang: str, contracts: Sequence[ContractResult] | None = None) -> Fit:
    """The one-line-per-contract table (of `contracts`, else all), in the forms it can take as the
    width shrinks."""

    def h(key: str) -> str:
        return phrase(key, lang)

    cs = report.contracts if contracts is None else contracts
    fixed = [
        Col(h("h_contract"), [c.id for c in cs]),
        Col(h("h_verdict"), [Text(verdict_name(c.verdict, lang), style=COLOURS[c.verdict]) for c in cs]),
        *(
            Col(h(key), [money(getattr(c, attr), lang) for c in cs], right=True)
            for key, attr in (
                ("h_obligation", "obligation"),
                ("h_realised", "realised"),
                ("h_shortfall", "shortfall"),
            )
        ),
    ]
    findings = Col(h("h_findings"), [str(len(c.findings)) for c in cs], right=True)

    def progress(cells: int) -> Col:
        return Col(h("h_progress"), [bar(c.realisation, lang, cells) for c in cs])

    return Fit(
        variants=[
            [*fixed, progress(BAR), findings],
            [*fixed, progress(BAR // 2), findings],
            [*fixed, progress(BAR // 2)],
            [*fixed, progress(0), findings],
            [*fixed, progress(0)],
            fixed,
        ],
        title=f"sroi — {h('h_as_of')} {date(report.as_of, lang)}",
        stack=[*fixed, progress(0), findings],
    )


def detail(c: ContractResult, lang: str, width: int) -> list[RenderableType | Fit]:
    """Key figures, contributions and findings of one contract."""

    def h(key: str) -> str:
        return phrase(key, lang)

    rows: list[tuple[str, str | Text]] = [
        (h("h_rules"), f"{c.rules.id} {c.rules.version} ({date(c.rules.valid_from, lang)})"),
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
    if c.notes:
        rows.append((h("h_notes"), c.notes))
    heading = f"{c.id}" + (f" — {c.title}" if c.title else "")
    parts: list[RenderableType | Fit] = [
        Text("\n" + "\n".join(wrap(heading, width)), style="bold"),
        pairs(rows, width),
    ]
    if c.contributions:
        parts.append(_contributions(c, lang))
    if c.findings:
        parts.append(_findings(c, lang, width))
    return parts


def _contributions(c: ContractResult, lang: str) -> Fit:
    def h(key: str) -> str:
        return phrase(key, lang)

    items = c.contributions
    months = [number(i.months, lang) if i.months is not None else "" for i in items]
    rest = [
        Col(h("h_status"), [phrase(i.status, lang) for i in items]),
        Col(h("h_candidate"), [i.candidate or "" for i in items]),
        Col(h("h_months"), months, right=True),
        Col(h("h_value"), [money(i.value, lang) for i in items], right=True),
        Col(h("h_planned"), [money(i.planned_value, lang) for i in items], right=True),
    ]
    return Fit(
        variants=[
            [
                Col("#", [str(i.index) for i in items], right=True),
                Col(h("h_block"), [i.block for i in items]),
                *rest,
            ]
        ],
        stack=[Col("", [f"{i.index}. {i.block}" for i in items]), *rest],
        table_args={"show_edge": False, "box": None, "padding": (0, 1)},
    )


def _findings(c: ContractResult, lang: str, width: int) -> Group:
    """One finding a paragraph: severity, where, what — wrapped, never cut."""
    lines: list[Text] = []
    for f in c.findings:
        severity = phrase(f.severity, lang)
        said = wrap(f"{severity} {f.location}: {finding_text(f, lang)}", width, indent="    ")
        first = Text(said[0][: len(severity)], style=SEVERITY_COLOURS[f.severity])
        first.append(said[0][len(severity) :])
        lines += [first, *(Text(line) for line in said[1:])]
    return Group(*lines)


def render(report: Report, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    console = layout.console(out, options)
    shown = capped.first(report.contracts, capped.limit(report, capped.TERMINAL))
    console.print(fitted(overview(report, options.lang, shown.items), console))
    if note := shown.note(capped.CONTRACTS, options.lang):
        console.print(Text(note, style="italic"))
    if report.people is not None:  # a portfolio: its totals instead of every contract's detail
        from sroi_cli.render.table_portfolio import portfolio_views

        # the table counts each contract's findings; that figures rest on assumed values is said here
        for line in mark_banners(report, options.lang):
            console.print(Text(line, style="yellow"))
        for view in portfolio_views(report, options.lang, console.width):
            console.print(fitted(view, console) if isinstance(view, Fit) else view)
        return
    for contract in report.contracts:
        for part in detail(contract, options.lang, console.width):
            console.print(fitted(part, console) if isinstance(part, Fit) else part)
