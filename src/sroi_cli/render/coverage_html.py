"""The coverage report as one self-contained HTML page (Jinja2 autoescapes every value)."""

from __future__ import annotations

from typing import Any, TextIO

from sroi_cli.domain.coverage import CoverageReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.cells import NUMERIC, header, shown
from sroi_cli.render.coverage_sections import Section, sections
from sroi_cli.render.fmt import date
from sroi_cli.render.texts import phrase

_SAFE_LINK = ("https://", "http://")


def _cells(section: Section, row: Any, lang: str) -> list[dict[str, Any]]:
    cells = []
    for column in section.columns:
        text = shown(column, row, lang)
        link = text if column.header == "cov_link" and text.startswith(_SAFE_LINK) else None
        css = ""
        if column.header == "tgt_ahead":
            css = "behind" if row.ahead < 0 else "ahead"
        cells.append({"text": text, "numeric": column.kind in NUMERIC, "link": link, "css": css})
    return cells


def _context(report: CoverageReport, lang: str) -> dict[str, Any]:
    found = []
    for section in sections(report, lang, notes=False):
        last = len(section.rows) - 1
        found.append(
            {
                "name": section.name,
                "title": section.title(lang),
                "headers": [header(c, lang) for c in section.columns],
                "rows": [
                    {"cells": _cells(section, row, lang), "total": section.name == "coverage" and i == last}
                    for i, row in enumerate(section.rows)
                ],
            }
        )
    title = f"{phrase('cov_title', lang)} — {phrase('cov_as_of', lang, date=date(report.as_of, lang))}"
    return {"lang": lang, "title": title, "sections": found}


def render(report: CoverageReport, out: TextIO, options: RenderOptions, fmt: str = "html") -> None:
    from sroi_cli.render.html import template

    out.write(template("coverage.html.j2").render(**_context(report, options.lang)))
