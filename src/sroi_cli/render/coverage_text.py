"""The coverage report as a terminal table, Markdown, CSV blocks or JSON."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from sroi_cli.domain.coverage import CoverageReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.cells import NUMERIC, header, shown, text_value
from sroi_cli.render.coverage_sections import Section, sections
from sroi_cli.render.fmt import date
from sroi_cli.render.texts import phrase


def render(report: CoverageReport, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    {"table": _table, "md": _md, "csv": _csv, "json": _json}[fmt](report, out, options)


def _title(report: CoverageReport, lang: str) -> str:
    return f"{phrase('cov_title', lang)} — {phrase('cov_as_of', lang, date=date(report.as_of, lang))}"


def _table(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    lang = options.lang
    console = Console(file=out, force_terminal=options.color, no_color=not options.color, width=200)
    console.print(Text(_title(report, lang), style="bold"))
    for section in sections(report, lang, notes=False):
        table = Table(title=section.title(lang), title_justify="left")
        for column in section.columns:
            table.add_column(header(column, lang), justify="right" if column.kind in NUMERIC else "left")
        for row in section.rows:
            table.add_row(*(Text(shown(c, row, lang)) for c in section.columns))  # Text: never markup
        console.print(table)


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;")


def _md(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    lang = options.lang
    out.write(f"# {_title(report, lang)}\n")
    for section in sections(report, lang, notes=False):
        _md_section(section, out, lang)


def _md_section(section: Section, out: TextIO, lang: str) -> None:
    out.write(f"\n## {_md_cell(section.title(lang))}\n\n")
    out.write("| " + " | ".join(header(c, lang) for c in section.columns) + " |\n")
    out.write("|" + "|".join("---:" if c.kind in NUMERIC else "---" for c in section.columns) + "|\n")
    for row in section.rows:
        out.write("| " + " | ".join(_md_cell(shown(c, row, lang)) for c in section.columns) + " |\n")


def _csv(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    """One block per table, each opened by its name, a blank line between; figures plain."""
    lang = options.lang
    writer = csv.writer(out, lineterminator="\n")
    for index, section in enumerate(sections(report, lang)):
        if index:
            writer.writerow([])
        writer.writerow([f"# {section.name}"])
        writer.writerow([header(c, lang) for c in section.columns])
        for row in section.rows:
            writer.writerow([text_value(c, row, lang) for c in section.columns])


def _json(report: CoverageReport, out: TextIO, options: RenderOptions) -> None:
    data = {"schema": "sroi.coverage/1", **report.model_dump(mode="json")}  # the mark first
    json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")
