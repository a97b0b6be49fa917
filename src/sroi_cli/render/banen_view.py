"""Banenafspraak jobs per organisation and year, and the quotum, for people (table, md) or JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TextIO

from sroi_cli.domain.args import Arg
from sroi_cli.domain.inert import visible
from sroi_cli.domain.jobs import JobsReport, Quotum
from sroi_cli.domain.trace import eur, num, pct
from sroi_cli.render import RenderOptions
from sroi_cli.render.fmt import number
from sroi_cli.render.layout import wrap
from sroi_cli.render.texts import phrase


def _lines(report: JobsReport, lang: str, markdown: bool) -> list[str]:
    h = [phrase(k, lang) for k in ("h_organisation", "h_year", "h_placements", "h_jobs_year")]
    rows = [[r.organisation, str(r.year), str(r.placements), number(r.jobs, lang)] for r in report.rows]
    if markdown:
        lines = ["| " + " | ".join(h) + " |", "|---|---:|---:|---:|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
    else:
        widths = [max(len(x) for x in column) for column in zip(h, *rows, strict=False)]
        lines = [
            "  ".join(
                x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(row, widths, strict=True))
            )
            for row in [h, *rows]
        ]
    if not report.rows:
        lines = [phrase("banen_none", lang)]
    q = report.quotum
    if q is not None:
        lines += ["", *_quotum_lines(q, lang)]
    return [*lines, phrase("banen_rule", lang, rules=report.rules, hours=num(report.hours_per_job))]


def _quotum_lines(q: Quotum, lang: str) -> list[str]:
    """The quotum in words: below the scope, no share published, or target and gap; then the levy
    as it stands for that year, and a later regime that is not active."""
    who: dict[str, Arg] = {
        "organisation": q.organisation,
        "year": str(q.year),
        "paid_hours": num(q.paid_hours),
    }
    if q.status == "below_scope":
        lines = [phrase("banen_below_scope", lang, **who, min=num(q.min_paid_hours or Decimal(0)))]
    elif q.status == "not_published":
        lines = [phrase("banen_not_published", lang, **who)]
    else:
        assert q.share is not None and q.target is not None and q.gap is not None
        lines = [
            phrase(
                "banen_quotum",
                lang,
                **who,
                share=pct(q.share),
                # jobs as the table writes them (two decimals): `realised 1,20`, never `1,2` or `0`
                target=number(q.target, lang),
                jobs=number(q.jobs, lang),
                gap=number(q.gap, lang),
            )
        ]
        if q.status == "no_levy":
            lines.append(phrase("banen_no_levy", lang, year=str(q.year)))
        elif q.status == "levy" and q.levy is not None:
            lines.append(phrase("banen_levy", lang, levy=eur(q.levy)))
        elif q.levy is not None:
            lines.append(phrase("banen_levy_undecided", lang, year=str(q.year), levy=eur(q.levy)))
    if q.reform:
        lines.append(phrase("banen_reform", lang, name=q.reform, bonus=eur(q.reform_bonus or Decimal(0))))
    return lines


def render(report: JobsReport, out: TextIO, options: RenderOptions, fmt: str) -> None:
    if fmt == "json":
        data = report.model_dump(mode="json")
        data = {"schema": data.pop("schema_"), **data}  # first: the mark io/own_reports.py looks for
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    lines = _lines(report, options.lang, fmt == "md")
    if options.width and fmt != "md":  # a terminal: sentences wrap between words, the table stays
        lines = [
            part for line in lines for part in (wrap(line, options.width) if "  " not in line else [line])
        ]
    out.write("\n".join(map(visible, lines)) + "\n")
