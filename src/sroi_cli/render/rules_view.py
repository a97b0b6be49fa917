"""Rule sets shown to people (a table per version) or machines (JSON)."""

from __future__ import annotations

import json
from typing import Literal, TextIO

from rich.console import Console
from rich.table import Table

from sroi_cli.domain.rules import RuleHistory, RuleSet
from sroi_cli.render import RenderOptions
from sroi_cli.render.fmt import money, share


def _label(label: dict[Literal["nl", "en"], str] | None, lang: str) -> str:
    return (label or {}).get("nl" if lang == "nl" else "en", "")


def _overview(histories: list[RuleHistory]) -> Table:
    table = Table(title="sroi rule sets", title_justify="left")
    for name in ("id", "version", "valid from", "title", "last checked"):
        table.add_column(name)
    for history in histories:
        for v in history.versions:
            table.add_row(v.id, v.version, v.valid_from.isoformat(), v.title, v.last_checked.isoformat())
    return table


def _blocks(v: RuleSet, lang: str) -> Table:
    a, o = v.applicability, v.obligation
    rate = share(o.percentage, lang) if o.percentage is not None else o.method.value
    table = Table(
        title=f"{v.label}: {', '.join(t.value for t in a.contract_types)}, "
        f"{'≥' if a.threshold_inclusive else '>'} {money(a.threshold, lang)}, {rate}",
        title_justify="left",
    )
    for name in ("block", "method", "value", "max months", "label", "source"):
        table.add_column(name)
    for code, block in v.valuation.blocks.items():
        amount = getattr(block, "amount", None)
        value = (
            money(amount, lang)
            if amount is not None
            else (share(block.share, lang) if block.method == "share_of_amount" else "—")
        )
        table.add_row(
            code,
            block.method,
            value,
            str(getattr(block, "max_months", None) or "—"),
            _label(block.label, lang),
            v.source_of(block.source).title,
        )
    for code, bonus in v.valuation.bonuses.items():
        table.add_row(
            f"+ {code}",
            f"bonus {bonus.method}",
            money(bonus.amount, lang),
            "—",
            _label(bonus.label, lang),
            v.source_of(bonus.source).title,
        )
    return table


def render(histories: list[RuleHistory], out: TextIO, options: RenderOptions, fmt: str) -> None:
    if fmt == "json":
        data = [v.model_dump(mode="json", by_alias=True) for h in histories for v in h.versions]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    console = Console(file=out, force_terminal=options.color, no_color=not options.color, width=140)
    if len(histories) != 1:
        console.print(_overview(histories))
        return
    for version in histories[0].versions:
        console.print(_blocks(version, options.lang))
        if version.notes:
            console.print(version.notes.strip())
