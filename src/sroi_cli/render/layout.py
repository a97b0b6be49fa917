"""Terminal layout that fits the width: a table sheds columns, then stacks per row; figures stay whole."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from sroi_cli.domain.inert import visible
from sroi_cli.render import RenderOptions, terminal

DEFAULT_WIDTH = 120  # a report piped to a file or a pager, when no width is known
# A space that must not become a line break: inside an amount (`€ 1.250,00`), before a unit (`24 h`).
_GLUE = re.compile(r"(€) (?=[-\d])|(?<=\d) (?=[%h×]|uur|months?|maanden|fte)")
_HELD = "\x00"


def console(out: TextIO, options: RenderOptions) -> Console:
    """A console writing to `out` at the width asked for (the terminal's), else DEFAULT_WIDTH; it
    reads every string as plain text, control characters shown (render/terminal.py)."""
    return terminal.console(out, options.color, options.width or DEFAULT_WIDTH)


def wrap(text: str, width: int, indent: str = "", first: str = "") -> list[str]:
    """Lines of at most `width`, broken between words but never inside an amount or a figure; input
    text in it has its control characters shown (`\\x1b`), so no line holds a raw one."""
    held = _GLUE.sub(lambda m: (m.group(1) or "") + _HELD, visible(text))
    lines = textwrap.wrap(
        held,
        width=max(8, width),
        initial_indent=first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_HELD, " ") for line in lines] or [first.rstrip()]


@dataclass
class Col:
    """One column: its header, its cells, how it aligns and whether its text may wrap."""

    header: str
    cells: Sequence[str | Text]
    right: bool = False
    wrap: bool = False
    style: str = ""


@dataclass
class Fit:
    """Table variants from the richest to the plainest, and the stacked form when none fits."""

    variants: list[list[Col]]
    title: str | None = None
    stack: list[Col] | None = None
    table_args: dict[str, object] = field(default_factory=dict)


def table(
    cols: list[Col], title: str | None = None, fold: bool = False, width: int = DEFAULT_WIDTH, **args: object
) -> Table:
    """A Rich table of the columns; with `fold` each column that may not wrap is exactly as wide as
    it needs, headers wrapping between words."""
    heading = "\n".join(wrap(title, width)) if title else None
    grid = Table(title=heading, title_justify="left", **args)  # type: ignore[arg-type]
    room = _room(cols, width, args, fold)
    for index, col in enumerate(cols):
        size = need(col, fold)
        grid.add_column(
            Text(col.header, no_wrap=False),  # a header may wrap between words, its cells only if `wrap`
            justify="right" if col.right else "left",
            no_wrap=not col.wrap,
            style=col.style,
            min_width=size,  # so Rich never squeezes a cell below what it needs whole
            max_width=room[index] if room and index in room else (size if fold and not col.wrap else None),
        )
    for row in zip(*(col.cells for col in cols), strict=True):
        grid.add_row(*(visible(cell) if isinstance(cell, str) else cell for cell in row))  # one line each
    return grid


def _room(cols: list[Col], width: int, look: dict[str, object], fold: bool) -> dict[int, int] | None:
    """How wide each wrapping column (by index) may be while the table still fits `width`: the
    spare room shared out to the columns that can use it, the narrowest wish first. Rich's own
    shrinking of wide wrapping columns can overshoot by a character or two and then crops the
    table's right edge. None: the table does not fit anyway (or no column wraps)."""
    slack = width - sum(need(c, fold) + 2 for c in cols) + (0 if look.get("pad_edge", True) else 2)
    slack -= _rules(look, len(cols))
    wrapping = [i for i, c in enumerate(cols) if c.wrap]
    if not wrapping or slack < 0:
        return None
    wish = {i: max(_natural(cols[i]) - need(cols[i], fold), 0) for i in wrapping}
    given: dict[int, int] = {}
    for n, i in enumerate(sorted(wrapping, key=lambda k: wish[k])):
        share = min(wish[i], slack // (len(wrapping) - n))
        given[i] = need(cols[i], fold) + share
        slack -= share
    return given


def _natural(col: Col) -> int:
    """The column's width with no cell wrapped: its longest line, or its header."""
    return max(
        [cell_len(col.header), *(cell_len(line) for c in col.cells for line in _plain(c).splitlines())]
    )


def _plain(cell: str | Text) -> str:
    return cell.plain if isinstance(cell, Text) else visible(cell)  # as the console will show it


def need(col: Col, fold: bool = False) -> int:
    """The narrowest the column can be without cutting a cell (or, unless `fold`, its header):
    whole, or word by word where it may wrap."""
    head = col.header.split() if fold or col.wrap else [col.header]
    header = max((cell_len(word) for word in head), default=0)
    cells = [_plain(c) for c in col.cells]
    if col.wrap:
        return max([header, *(cell_len(word) for t in cells for word in t.split())])
    return max([header, *(cell_len(line) for t in cells for line in t.splitlines())])


def _rules(look: dict[str, object], columns: int) -> int:
    """How many characters a table's vertical lines take: none without a box, no edges without edges."""
    if look.get("box", box.HEAVY_HEAD) is None:
        return 0
    return columns + 1 if look.get("show_edge", True) else columns - 1


def fits(cols: list[Col], width: int, look: dict[str, object], fold: bool) -> bool:
    """Whether a table of these columns (padding 1 each side) drawn this way fits `width`."""
    edge = 0 if look.get("pad_edge", True) else 2
    return sum(need(c, fold) + 2 for c in cols) - edge + _rules(look, len(cols)) <= width


def fitted(fit: Fit, con: Console) -> RenderableType:
    """The first variant that fits the width, boxed or else with no vertical rules; else one block
    per row, label beside value. A variant drops or shortens columns, so it is tried before boxes go."""
    if "box" in fit.table_args:  # the caller chose the box
        looks: list[dict[str, object]] = [fit.table_args]
    else:
        looks = [
            fit.table_args,
            {**fit.table_args, "box": box.SIMPLE_HEAD, "show_edge": False, "pad_edge": False},
        ]
    for cols in fit.variants:
        for look, fold in [(look, fold) for look in looks for fold in (False, True)]:
            if fits(cols, con.width, look, fold):
                return table(cols, fit.title, fold, con.width, **look)
    return stacked(fit.stack or fit.variants[-1], fit.title, con.width)


def stacked(cols: list[Col], title: str | None, width: int) -> RenderableType:
    """Each row as a little block: the first cell as its heading, then one line per other column."""
    parts: list[RenderableType] = [Text("\n".join(wrap(title, width)), style="italic")] if title else []
    head, rest = cols[0], cols[1:]
    for i, name in enumerate(head.cells):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for col in rest:
            if col.header or col.cells[i]:
                cell = col.cells[i]
                grid.add_row(
                    Text("  " + col.header, style="bold"), visible(cell) if isinstance(cell, str) else cell
                )
        parts += [Text(visible(name), style="bold") if isinstance(name, str) else name, grid]
    return Group(*parts)


def pairs(rows: Sequence[tuple[str, str | Text]], width: int) -> RenderableType:
    """Label beside value, the value wrapped to what is left; labels above values when that is too little."""
    longest = max((cell_len(name) for name, _ in rows), default=0)
    label = min(longest, max(12, width - 2 - 34))
    room = width - label - 2
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(no_wrap=True)
    if room >= 24:
        for name, value in rows:
            grid.add_row("\n".join(wrap(name, label)), _wrapped(value, room))
        return grid
    lines: list[RenderableType] = []
    for name, value in rows:
        lines += [Text(name, style="bold"), _wrapped(value, width - 2, "  ")]
    return Group(*lines)


def _wrapped(value: str | Text, width: int, indent: str = "") -> str | Text:
    if isinstance(value, Text):
        return Text(indent) + value if indent else value
    return "\n".join(wrap(value, width, indent, indent))
