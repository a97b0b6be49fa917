"""Options to close a shortfall, said plainly (table or Markdown) or as JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TextIO

from sroi_cli.domain.inert import visible
from sroi_cli.domain.plan import ContractPlan, Option, PlanReport
from sroi_cli.domain.trace import eur
from sroi_cli.render import RenderOptions
from sroi_cli.render.fmt import number, short_number
from sroi_cli.render.layout import wrap
from sroi_cli.render.texts import phrase


def _quantity(value: Decimal, lang: str) -> str:
    """Every quantity of a plan the same way: two decimals (rounded up already, so it closes the gap)."""
    return number(value, lang, 2)


def option_text(option: Option, lang: str, blocks: str | None = None) -> str:
    """`0,31 FTE-year participatiewet at 36 h (3,72 months full-time, 1 person)` and the like;
    `blocks` names several blocks that give the very same option."""
    n = _quantity(option.quantity, lang)
    label = blocks or (option.label or {}).get(lang) or option.block
    params = {"block": label, "quantity": n, "amount": eur(option.quantity)}
    if option.people is not None:
        assert option.months_per_person is not None and option.hours_per_week is not None
        params.update(
            people=str(option.people),
            months=_quantity(option.months_per_person, lang),
            hours=short_number(option.hours_per_week, lang),
            full_months=_quantity(option.months or option.quantity, lang),
        )
    return phrase(f"plan_{option.kind}", lang, **params)


def _same(option: Option) -> tuple[object, ...]:
    return (
        option.kind,
        option.quantity,
        option.people,
        option.months,
        option.months_per_person,
        option.hours_per_week,
    )


def grouped(options: tuple[Option, ...], lang: str) -> list[tuple[str, list[str]]]:
    """One line per distinct option: blocks that give the same figures share a line, in table order;
    more than three such blocks are listed under it."""
    groups: dict[tuple[object, ...], list[Option]] = {}
    for option in options:
        groups.setdefault(_same(option), []).append(option)
    lines = []
    for same in groups.values():
        labels = [(o.label or {}).get(lang) or o.block for o in same]
        if len(labels) > 3:
            names = phrase("plan_blocks_below", lang, count=str(len(labels)))
            lines.append((option_text(same[0], lang, names), labels))
            continue
        names = labels[0]
        if len(labels) > 1:
            names = phrase("plan_any_of", lang, blocks=", ".join(labels[:-1]), last=labels[-1])
        lines.append((option_text(same[0], lang, names), []))
    return lines


def _lines(c: ContractPlan, lang: str, markdown: bool, width: int | None) -> list[str]:
    head = phrase(
        "plan_head",
        lang,
        id=c.id,
        shortfall=eur(c.gap),
        rules=c.rules,
        months=_quantity(c.months_left, lang),
    )
    lines = [f"## {head}" if markdown else head]
    if c.planned:
        lines.append(phrase("plan_planned", lang, shortfall=eur(c.shortfall), planned=eur(c.planned)))
    for text, below in grouped(c.options, lang):
        lines += [f"- {text}", *(f"  - {label}" for label in below)]
    if width and not markdown:
        lines = [part for line in lines for part in _wrapped(line, width)]
    return [*lines, ""]


def _wrapped(line: str, width: int) -> list[str]:
    if line.startswith("  - "):
        return wrap(line[4:], width, first="  - ", indent="    ")
    return wrap(line, width, indent="  ") if line.startswith("- ") else wrap(line, width)


def render(report: PlanReport, out: TextIO, options: RenderOptions, fmt: str) -> None:
    if fmt == "json":
        data = report.model_dump(mode="json")
        data = {"schema": data.pop("schema_"), **data}  # first: the mark io/own_reports.py looks for
        for contract, plan in zip(data["contracts"], report.contracts, strict=True):
            for item, option in zip(contract["options"], plan.options, strict=True):
                item["text"] = option_text(option, options.lang)
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not report.contracts:
        out.write(phrase("plan_none", options.lang) + "\n")
    for contract in report.contracts:
        out.write("\n".join(map(visible, _lines(contract, options.lang, fmt == "md", options.width))) + "\n")
