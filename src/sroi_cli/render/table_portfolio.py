"""The terminal view of a portfolio's extras: totals per grouping, people, pipeline, cross checks."""

from __future__ import annotations

from collections.abc import Iterator

from rich.table import Table
from rich.text import Text

from sroi_cli.domain.report import Grouping, Report
from sroi_cli.render.fmt import money, number
from sroi_cli.render.texts import finding_text, phrase, verdict_name


def portfolio_views(report: Report, lang: str) -> Iterator[Table]:
    """Every extra table a batch report has, in reading order."""
    for grouping in report.groups:
        yield _grouping(grouping, lang)
    if report.people:
        yield _people(report, lang)
    if report.pipeline:
        yield _pipeline(report, lang)
    if report.findings:
        yield _cross(report, lang)
    if report.errors:
        yield _errors(report, lang)


def _grouping(grouping: Grouping, lang: str) -> Table:
    by = " × ".join(phrase(d, lang) for d in grouping.by)
    table = Table(title=phrase("h_groups", lang, by=by), title_justify="left")
    table.add_column(by)
    for key in ("h_contracts", "h_applicable", "h_obligation", "h_realised", "h_shortfall", "h_penalty"):
        table.add_column(phrase(key, lang), justify="right")
    table.add_column(phrase("h_verdict", lang))
    for row in grouping.rows:
        key = " × ".join(
            verdict_name(k, lang) if grouping.by[i] == "verdict" else k for i, k in enumerate(row.key)
        )
        verdicts = ", ".join(f"{n} {verdict_name(v, lang)}" for v, n in row.by_verdict.items())
        table.add_row(
            key,
            str(row.contracts),
            str(row.applicable),
            money(row.obligation, lang),
            money(row.realised, lang),
            money(row.shortfall, lang),
            money(row.penalty, lang),
            verdicts,
        )
    return table


def _people(report: Report, lang: str) -> Table:
    assert report.people is not None
    p = report.people
    table = Table(title=phrase("h_people", lang), title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row(phrase("h_candidates", lang), str(p.candidates))
    for block, count in p.by_block.items():
        table.add_row(f"  {block}", str(count))
    table.add_row(phrase("h_lasting", lang), str(p.lasting_outcomes))
    table.add_row(phrase("h_jobs", lang), f"{number(p.jobs_now, lang)} / {number(p.job_years, lang)}")
    return table


def _pipeline(report: Report, lang: str) -> Table:
    table = Table(title=phrase("h_pipeline", lang), title_justify="left")
    for key in ("h_quarter", "h_contracts", "h_applicable", "h_value_excl_vat", "h_obligation"):
        table.add_column(phrase(key, lang), justify="left" if key == "h_quarter" else "right")
    table.add_column(phrase("h_contract", lang))
    for row in report.pipeline:
        ids = ", ".join(row.ids[:5]) + (" …" if len(row.ids) > 5 else "")
        table.add_row(
            row.quarter,
            str(row.contracts),
            str(row.applicable),
            money(row.value, lang),
            money(row.obligation, lang),
            ids,
        )
    return table


def _cross(report: Report, lang: str) -> Table:
    table = Table(title=phrase("h_cross", lang), title_justify="left", show_header=False, box=None)
    for _ in range(3):
        table.add_column()
    for f in report.findings:
        table.add_row(Text(phrase(f.severity, lang), style="yellow"), f.location, finding_text(f, lang))
    return table


def _errors(report: Report, lang: str) -> Table:
    table = Table(title=phrase("h_left_out", lang), title_justify="left", show_header=False, box=None)
    for _ in range(2):
        table.add_column()
    for f in report.errors:
        table.add_row(Text(f.location, style="red"), finding_text(f, lang))
    return table
