"""A rule diff: one line per changed value, then the contracts that change (a table), or JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TextIO

from rich.text import Text

from sroi_cli.catalogue import problem_text
from sroi_cli.domain.args import Date
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import RulesRef
from sroi_cli.domain.rules_diff import ContractImpact, RuleChange, RulesDiff
from sroi_cli.render import RenderOptions, layout
from sroi_cli.render.fmt import date, money
from sroi_cli.render.layout import Col, Fit
from sroi_cli.render.texts import counted, phrase, phrase_n, verdict_name

_WIDTH = 60


def _label(ref: RulesRef, lang: str) -> str:
    return f"{ref.id} {ref.version} ({date(ref.valid_from, lang)})"


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


def _row(item: ContractImpact, lang: str) -> list[str | Text]:
    a, b = item.a, item.b
    if a is None or b is None:
        notes = "\n".join(  # each reason a line of its own; text from the input made visible
            visible(
                phrase(
                    "not_comparable",
                    lang,
                    rules=note.side.upper(),
                    problem=problem_text(Problem(note.location, note.key, note.params), lang),
                )
            )
            for note in item.notes
        )
        return [item.id, Text(notes), "", ""]
    obligation = (
        f"{money(a.obligation, lang)} → {money(b.obligation, lang)} ({_delta(item.obligation_change, lang)})"
    )
    realised = f"{money(a.realised, lang)} → {money(b.realised, lang)} ({_delta(item.realised_change, lang)})"
    verdict = f"{verdict_name(a.verdict, lang)} → {verdict_name(b.verdict, lang)}"
    return [item.id, obligation, realised, verdict]


def _impact_table(diff: RulesDiff, lang: str) -> Fit:
    """The contracts that change, fitted to the width: a contract that cannot be compared has one
    line per reason, wrapping in its column, so a long reason never widens the table."""
    title = phrase("impact_title", lang, portfolio=diff.portfolio or "", as_of=Date(diff.as_of))
    rows = [_row(item, lang) for item in diff.impacts]
    keys = ("h_contract", "h_obligation", "h_realised", "h_verdict")
    cols = [Col(phrase(key, lang), [row[i] for row in rows], wrap=i > 0) for i, key in enumerate(keys)]
    return Fit(variants=[cols], title=title)


def lines(diff: RulesDiff, lang: str) -> list[str]:
    out = [phrase("diff_title", lang, a=_label(diff.a, lang), b=_label(diff.b, lang))]
    out += [f"  {change_line(c, lang)}" for c in diff.changes] or [f"  {phrase('diff_none', lang)}"]
    return out


def changes(changed: int, contracts: int, lang: str) -> str:
    """`1 of 5 contracts changes`, `2 of 5 contracts change`, `1 of 1 contract changes`: the verb
    agrees with the contracts that change, or with the one contract there is."""
    of = counted("n_contracts", contracts, lang)
    return phrase_n("n_change_of", changed if contracts != 1 else 1, lang, changed=str(changed), contracts=of)


def summary(diff: RulesDiff, lang: str) -> str:
    return phrase(
        "impact_summary",
        lang,
        changes=changes(len(diff.impacts), diff.contracts, lang),
        verdicts=str(diff.verdict_changes),
        obligation=_delta(diff.obligation_change, lang),
        realised=_delta(diff.realised_change, lang),
    )


def render(diff: RulesDiff, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    if fmt == "json":
        json.dump(diff.model_dump(mode="json", by_alias=True), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    width = options.width or layout.DEFAULT_WIDTH
    out.write("\n".join(_fitted(lines(diff, options.lang), width)) + "\n")
    if diff.portfolio is None:
        return
    out.write("\n")
    if not diff.impacts:
        out.write(phrase("impact_none", options.lang) + "\n")
    else:
        console = layout.console(out, options)
        console.print(layout.fitted(_impact_table(diff, options.lang), console))
    out.write("\n".join(_fitted([summary(diff, options.lang)], width)) + "\n")


def _fitted(said: list[str], width: int) -> list[str]:
    """Each line wrapped to the width between words, a change's continuation indented under it."""
    return [
        part
        for line in said
        for part in layout.wrap(line, width, indent="      " if line[:2] == "  " else "  ") or [""]
    ]
