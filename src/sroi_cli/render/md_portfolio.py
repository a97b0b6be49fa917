"""The Markdown views a portfolio (`sroi batch`) adds: totals per grouping, people, pipeline, errors."""

from __future__ import annotations

from sroi_cli.domain.report import Report
from sroi_cli.render import targets_view
from sroi_cli.render.fmt import money, number
from sroi_cli.render.md import cell, code, table
from sroi_cli.render.texts import capital, finding_text, group_name, phrase


def portfolio_lines(report: Report, lang: str) -> list[str]:
    lines: list[str] = []
    if report.targets:
        heads, rows = targets_view.headers(lang), targets_view.said(report, lang)
        numeric = set(range(6, len(heads)))
        lines += ["", f"## {phrase(targets_view.TITLE, lang)}", "", *table(heads, rows, numeric)]
    for g in report.groups:
        by = " × ".join(phrase(d, lang) for d in g.by)
        heads = [
            capital(by),
            *(
                phrase(k, lang)
                for k in (
                    "h_contracts",
                    "h_applicable",
                    "h_obligation",
                    "h_realised",
                    "h_shortfall",
                    "h_penalty",
                )
            ),
        ]
        rows = [
            [
                " × ".join(group_name(d, k, lang) for d, k in zip(g.by, r.key, strict=True)),
                str(r.contracts),
                str(r.applicable),
                money(r.obligation, lang),
                money(r.realised, lang),
                money(r.shortfall, lang),
                money(r.penalty, lang),
            ]
            for r in g.rows
        ]
        lines += ["", f"## {phrase('h_groups', lang, by=by)}", "", *table(heads, rows, set(range(1, 7)))]
    if report.people is not None:
        p = report.people
        rows = [
            [phrase("h_candidates", lang), str(p.candidates)],
            *([b, str(n)] for b, n in p.by_block.items()),
            [phrase("h_lasting", lang), str(p.lasting_outcomes)],
            [phrase("h_jobs", lang), f"{number(p.jobs_now, lang)} / {number(p.job_years, lang)}"],
        ]
        lines += ["", f"## {phrase('h_people', lang)}", "", *table(["", ""], rows, {1})]
    if report.pipeline:
        heads = [
            phrase(k, lang)
            for k in ("h_quarter", "h_contracts", "h_value_excl_vat", "h_obligation", "h_contract")
        ]
        rows = [
            [
                r.quarter,
                str(r.contracts),
                money(r.value, lang),
                money(r.obligation, lang),
                ", ".join(r.ids),
            ]
            for r in report.pipeline
        ]
        lines += ["", f"## {phrase('h_pipeline', lang)}", "", *table(heads, rows, {1, 2, 3})]
    if report.errors:
        lines += ["", f"## {phrase('h_left_out', lang)}", ""]
        lines += [f"- {code(str(e.location))}: {cell(finding_text(e, lang))}" for e in report.errors]
    return lines
