"""The coverage report as a terminal table, Markdown, CSV blocks or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from sroi_cli.domain.coverage import CoverageReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.cells import NUMERIC, Kind, header, shown
from sroi_cli.render.coverage_sections import Section, sections
from sroi_cli.render.fmt import date
from sroi_cli.render.layout import Col, Fit, console, fitted
from sroi_cli.render.texts import phrase


def render(report: CoverageReport, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    {"table": _table, "md": _md, "csv": _csv, "json": _json}[fmt](report, out, options)


def _title(report: CoverageReport, lang: str) -> str:
    return f"{phrase('cov_title', lang)} — {phrase('cov_as_of', lang, date=date(report.as_of, lang))}"


# The columns a narrow terminal keeps of each section, most telling first: it drops them from the end
# until the table fits (down to three); every column stays in md, csv, xlsx and html.
BRIEF = {
    "targets": ("tgt_id", "tgt_target", "tgt_actual", "tgt_gap"),
    "coverage": (
        "cov_authority",
        "cov_year",
        "cov_applicable",
        "cov_obligation",
        "cov_lots",
        "cov_no_signal",
    ),
    "flags": ("cov_flag", "cov_authority", "cov_lot", "cov_value"),
    "pipeline": ("cov_quarter", "cov_authority", "cov_pipeline_lots", "cov_obligation"),
    "input": ("cov_file", "cov_pipeline_lots"),
}


def _table(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    """Each section as a table that fits the terminal: all its columns, else the few that say most
    (BRIEF), else one block per row; amounts and ids are never cut, long texts wrap."""
    from rich.text import Text

    lang = options.lang
    con = console(out, options)
    con.print(Text(_title(report, lang), style="bold"))
    for section in sections(report, lang, notes=False):
        cols = {
            c.header: Col(
                header(c, lang),
                [shown(c, row, lang) for row in section.rows],
                right=c.kind in NUMERIC,
                wrap=c.kind is Kind.TEXT and i > 0,
            )
            for i, c in enumerate(section.columns)
        }
        brief = [cols[key] for key in BRIEF.get(section.name, ()) if key in cols] or list(cols.values())
        shorter = [brief[:n] for n in range(len(brief), min(3, len(brief)) - 1, -1)]
        fit = Fit(variants=[list(cols.values()), *shorter], title=section.title(lang), stack=brief)
        con.print(fitted(fit, con))


def _md(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    lang = options.lang
    out.write(f"# {_title(report, lang)}\n")
    for section in sections(report, lang, notes=False):
        _md_section(section, out, lang)


def _md_section(section: Section, out: TextIO, lang: str) -> None:
    from sroi_cli.render.md import cell, heading

    out.write(f"\n{heading(2, section.title(lang))}\n\n")
    out.write("| " + " | ".join(header(c, lang) for c in section.columns) + " |\n")
    out.write("|" + "|".join("---:" if c.kind in NUMERIC else "---" for c in section.columns) + "|\n")
    for row in section.rows:
        out.write("| " + " | ".join(cell(shown(c, row, lang)) for c in section.columns) + " |\n")


def _csv(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    """One block per table, each opened by its name, a blank line between; figures exact, in the
    dialect of the report CSV (render/csv_out.py: `excel-nl` with --lang nl)."""
    from sroi_cli.render.csv_out import csv_header, csv_value, csv_writer

    lang, dialect = options.lang, options.dialect
    writer = csv_writer(out, dialect)
    for index, section in enumerate(sections(report, lang)):
        if index:
            writer.writerow([])
        writer.writerow([f"# {section.name}"])
        writer.writerow([csv_header(c, lang, dialect) for c in section.columns])
        for row in section.rows:
            writer.writerow([csv_value(c, row, lang, dialect) for c in section.columns])


def _json(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    data = {"schema": "sroi.coverage/1", **report.model_dump(mode="json")}  # the mark first
    json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")
