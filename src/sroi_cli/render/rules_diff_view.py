"""A rule diff: one line per changed value, then the contracts that change (a table), or JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TextIO

from rich.table import Table

from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import RulesRef
from sroi_cli.domain.rules_diff import ContractImpact, RuleChange, RulesDiff
from sroi_cli.domain.trace import lit
from sroi_cli.render import RenderOptions, terminal
from sroi_cli.render.fmt import money
from sroi_cli.render.texts import phrase, verdict_name

_WIDTH = 60


def _label(ref: RulesRef) -> str:
    return f"{ref.id} {ref.version} ({ref.valid_from.isoformat()})"


def brief(value: Any) -> str:
    """A value short enough for one line: a block as `per_year 40000`, a source by its title."""
    if isinstance(value, dict):
        if "method" in value:
            return " ".join(str(value[k]) for k in ("method", "amount", "share") if value.get(k) is not None)
        return str(value.get("title") or "{" + ", ".join(value) + "}")
    if isinstance(value, list):
        return "[" + ", ".join(brief(v) for v in value) + "]"
    text = "null" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def change_line(change: RuleChange, lang: str) -> str:
    """`valuation.blocks.ww.amount: 15000 → 20000`, or `valuation.blocks.ww: added (per_year 20000)`."""
    if change.change == "changed":
        return f"{change.path}: {brief(change.old)} → {brief(change.new)}"
    value = change.new if change.change == "added" else change.old
    return f"{change.path}: {phrase(change.change, lang)} ({brief(value)})"


def _delta(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + money(value, lang) if value else "±0"


def _row(item: ContractImpact, lang: str) -> list[str]:
    a, b = item.a, item.b
    if a is None or b is None:
        notes = "; ".join(
            phrase(
                "not_comparable",
                lang,
                rules=note.side.upper(),
                problem=lit(Problem(note.location, note.key, note.params).text(lang)),
            )
            for note in item.notes
        )
        return [item.id, notes, "", ""]
    obligation = (
        f"{money(a.obligation, lang)} → {money(b.obligation, lang)} ({_delta(item.obligation_change, lang)})"
    )
    realised = f"{money(a.realised, lang)} → {money(b.realised, lang)} ({_delta(item.realised_change, lang)})"
    verdict = f"{verdict_name(a.verdict, lang)} → {verdict_name(b.verdict, lang)}"
    return [item.id, obligation, realised, verdict]


def _impact_table(diff: RulesDiff, lang: str) -> Table:
    title = phrase("impact_title", lang, portfolio=lit(diff.portfolio or ""), as_of="#" + str(diff.as_of))
    table = Table(title=title, title_justify="left")
    for key in ("h_contract", "h_obligation", "h_realised", "h_verdict"):
        table.add_column(phrase(key, lang))
    for item in diff.impacts:
        table.add_row(*_row(item, lang))
    return table


def lines(diff: RulesDiff, lang: str) -> list[str]:
    out = [phrase("diff_title", lang, a=lit(_label(diff.a)), b=lit(_label(diff.b)))]
    out += [f"  {change_line(c, lang)}" for c in diff.changes] or [f"  {phrase('diff_none', lang)}"]
    return out


def changes(changed: int, contracts: int, lang: str) -> str:
    """`1 of 5 contracts changes`, `2 of 5 contracts change`, `1 of 1 contract changes`."""
    key = "n_change_of_1" if contracts == 1 else "n_change_1_of" if changed == 1 else "n_change_of"
    return phrase(key, lang, changed=str(changed), contracts=str(contracts))


def summary(diff: RulesDiff, lang: str) -> str:
    return phrase(
        "impact_summary",
        lang,
        changes=lit(changes(len(diff.impacts), diff.contracts, lang)),
        verdicts=str(diff.verdict_changes),
        obligation=lit(_delta(diff.obligation_change, lang)),
        realised=lit(_delta(diff.realised_change, lang)),
    )


def render(diff: RulesDiff, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    if fmt == "json":
        json.dump(diff.model_dump(mode="json", by_alias=True), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    out.write("\n".join(map(visible, lines(diff, options.lang))) + "\n")
    if diff.portfolio is None:
        return
    out.write("\n")
    if not diff.impacts:
        out.write(phrase("impact_none", options.lang) + "\n")
    else:
        console = terminal.console(out, options.color, 160)
        console.print(_impact_table(diff, options.lang))
    out.write(visible(summary(diff, options.lang)) + "\n")
