"""CSV: one row per contract with every figure; money plain and exact (`62500.00`) for any reader."""

from __future__ import annotations

import csv
from typing import TextIO

from sroi_cli.domain.report import REPORT_MARK, Report
from sroi_cli.render import RenderOptions, targets_view
from sroi_cli.render.cells import CONTRACT_COLUMNS, header, text_value


def render(report: Report, out: TextIO, options: RenderOptions, fmt: str = "csv") -> None:
    """Headers in the chosen language; text that would run as a formula starts with an apostrophe.

    The last header cell is the report's marker, so sroi never reads the file back as an input.
    A programme's targets (`batch --targets`) follow the contracts as a block of their own, after a
    blank row and a `# targets` row, as `sroi coverage` writes its blocks.
    """
    lang = options.lang
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*(header(column, lang) for column in CONTRACT_COLUMNS), REPORT_MARK])
    for contract in report.contracts:
        writer.writerow([*(text_value(column, contract, lang) for column in CONTRACT_COLUMNS), ""])
    if report.targets:
        writer.writerows([[], ["# targets"], targets_view.headers(lang), *targets_view.plain(report, lang)])
