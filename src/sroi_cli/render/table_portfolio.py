"""The terminal view of a portfolio's extras: totals per grouping, people, pipeline, cross checks."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import Group, RenderableType
from rich.text import Text

from sroi_cli.domain.report import Finding, Grouping, Report
from sroi_cli.render import capped, targets_view
from sroi_cli.render.fmt import money, number
from sroi_cli.render.layout import Col, Fit, pairs, wrap
from sroi_cli.render.texts import capital, finding_text, group_name, phrase, verdict_name


def portfolio_views(report: Report, lang: str, width: int) -> Iterator[Fit | RenderableType]:
    """Every extra table a batch report has, in reading order: a programme's targets first."""
    if report.targets:
        yield _targets(report, lang)
    for grouping in report.groups:
        yield _grouping(grouping, lang)
    if report.people:
        yield _people(report, lang, width)
    if report.pipeline:
        yield _pipeline(report, lang)
    if report.findings:
        yield _notes(phrase("h_cross", lang), report.findings, lang, width, severity=True)
    if report.errors:
        yield _notes(phrase("h_left_out", lang), report.errors, lang, width, severity=False)


def _grouping(grouping: Grouping, lang: str) -> Fit:
    by = " × ".join(phrase(d, lang) for d in grouping.by)
    rows = grouping.rows
    keys = [
        " × ".join(group_name(d, k, lang) for d, k in zip(grouping.by, row.key, strict=True)) for row in rows
    ]
    counts = [
        Col(phrase("h_contracts", lang), [str(r.contracts) for r in rows], right=True),
        Col(phrase("h_applicable", lang), [str(r.applicable) for r in rows], right=True),
    ]
    amounts = [
        Col(phrase(key, lang), [money(getattr(r, attr), lang) for r in rows], right=True)
        for key, attr in (
            ("h_obligation", "obligation"),
            ("h_realised", "realised"),
            ("h_shortfall", "shortfall"),
            ("h_penalty", "penalty"),
        )
    ]
    verdicts = Col(
        phrase("h_verdict", lang),
        [", ".join(f"{n} {verdict_name(v, lang)}" for v, n in r.by_verdict.items()) for r in rows],
        wrap=True,
    )
    key = Col(capital(by), keys, wrap=True)
    return Fit(
        variants=[[key, *counts, *amounts, verdicts], [key, counts[0], *amounts[:3], verdicts]],
        title=phrase("h_groups", lang, by=by),
        stack=[Col("", keys), *counts, *amounts, verdicts],
    )


def _targets(report: Report, lang: str) -> Fit:
    heads, rows = targets_view.headers(lang), targets_view.said(report, lang)
    cols = [Col(h, [r[i] for r in rows], right=i >= 6, wrap=i in (1, 3)) for i, h in enumerate(heads)]
    ident, label, measure, _, _, deadline, goal, actual, share, expected, _, gap = cols
    return Fit(
        variants=[
            [ident, label, measure, deadline, goal, actual, share, expected, gap],
            [ident, measure, deadline, goal, actual, gap],
            [ident, goal, actual, gap],
        ],
        title=phrase(targets_view.TITLE, lang),
        stack=cols,
    )


def _people(report: Report, lang: str, width: int) -> RenderableType:
    assert report.people is not None
    p = report.people
    rows: list[tuple[str, str | Text]] = [(phrase("h_candidates", lang), str(p.candidates))]
    rows += [(f"  {block}", str(count)) for block, count in p.by_block.items()]
    rows += [
        (phrase("h_lasting", lang), str(p.lasting_outcomes)),
        (phrase("h_jobs", lang), f"{number(p.jobs_now, lang)} / {number(p.job_years, lang)}"),
    ]
    return Group(Text(phrase("h_people", lang), style="italic"), pairs(rows, width))


def _pipeline(report: Report, lang: str) -> Fit:
    rows = report.pipeline
    quarter = Col(phrase("h_quarter", lang), [r.quarter for r in rows])
    rest = [
        Col(phrase("h_contracts", lang), [str(r.contracts) for r in rows], right=True),
        Col(phrase("h_applicable", lang), [str(r.applicable) for r in rows], right=True),
        Col(phrase("h_value_excl_vat", lang), [money(r.value, lang) for r in rows], right=True),
        Col(phrase("h_obligation", lang), [money(r.obligation, lang) for r in rows], right=True),
        Col(
            phrase("h_contract", lang),
            [", ".join(r.ids[:5]) + (" …" if len(r.ids) > 5 else "") for r in rows],
            wrap=True,
        ),
    ]
    return Fit(variants=[[quarter, *rest]], title=phrase("h_pipeline", lang))


def _notes(
    title: str, findings: tuple[Finding, ...], lang: str, width: int, severity: bool
) -> RenderableType:
    """Findings as wrapped paragraphs: severity, where, what — never cut; the first TERMINAL of them."""
    lines: list[RenderableType] = [Text(title, style="italic")]
    shown = capped.first(findings, capped.TERMINAL)
    for f in shown.items:
        lead = phrase(f.severity, lang) if severity else str(f.location)
        rest = f" {f.location}: " if severity else ": "
        said = wrap(f"{lead}{rest}{finding_text(f, lang)}", width, indent="    ")
        first = Text(said[0][: len(lead)], style="yellow" if severity else "red")
        first.append(said[0][len(lead) :])
        lines += [first, *(Text(line) for line in said[1:])]
    if note := shown.note(capped.FINDINGS, lang):
        lines.append(Text(note, style="italic"))
    return Group(*lines)
