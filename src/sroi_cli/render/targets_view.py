"""A programme's targets in a portfolio report (`batch --targets`): the columns every format shows."""

from __future__ import annotations

from typing import Any

from sroi_cli.domain.report import Report, TargetProgress
from sroi_cli.render.cells import Column, Kind, cell_value, header, shown, text_value
from sroi_cli.render.coverage_sections import TARGET_COLUMNS
from sroi_cli.render.fmt import money, number

# as coverage shows them, with the category a portfolio target may be limited to
COLUMNS: tuple[Column, ...] = (
    *TARGET_COLUMNS[:4],
    Column("category", Kind.TEXT, lambda t: t.category),
    *TARGET_COLUMNS[4:],
)
TITLE = "cov_sec_targets"


def headers(lang: str) -> list[str]:
    return [header(c, lang) for c in COLUMNS]


# measures that count people, placements or lots: whole numbers, the linear path to one decimal
COUNTED = frozenset({"people", "lasting_work", "placements", "applicable_lots", "signal_lots"})
EUROS = frozenset({"realised", "obligation"})
_PLACES = {"tgt_target": 0, "tgt_actual": 0, "tgt_gap": 0, "tgt_expected": 1, "tgt_ahead": 1}


def said(report: Report, lang: str) -> list[list[str]]:
    """Each target's row as people read it (table, md, html): figures in the language's way, counts
    as whole numbers."""
    return [[_shown(c, t, lang) for c in COLUMNS] for t in report.targets]


def _shown(column: Column, target: TargetProgress, lang: str) -> str:
    places = _PLACES.get(column.header)
    if places is not None and target.measure in COUNTED:
        return number(column.get(target), lang, places)
    if places is not None and target.measure in EUROS:
        return money(column.get(target), lang)
    return shown(column, target, lang)


def plain(report: Report, lang: str) -> list[list[str]]:
    """Each target's row as CSV text: figures plain and exact, dates ISO, text neutralised."""
    return [[text_value(c, t, lang) for c in COLUMNS] for t in report.targets]


def cells(report: Report, lang: str) -> list[list[Any]]:
    """Each target's row as typed spreadsheet values (xlsx)."""
    return [[cell_value(c, t, lang) for c in COLUMNS] for t in report.targets]
