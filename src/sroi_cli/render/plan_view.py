"""Options to close a shortfall, said plainly (table or Markdown) or as JSON."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import TextIO

from sroi_cli.domain.args import Arg
from sroi_cli.domain.inert import visible
from sroi_cli.domain.plan import ContractPlan, Option, PlanReport
from sroi_cli.domain.trace import eur
from sroi_cli.render import RenderOptions
from sroi_cli.render.fmt import number, short_number
from sroi_cli.render.layout import wrap
from sroi_cli.render.texts import phrase, phrase_n

# One style per unit in every sentence of a plan: FTE-years and months with one decimal, hours
# whole, money in cents; each rounded half up where it is shown. The plan's own months are whole
# tenths already (domain.plan), so the people × months per person add up to the months shown.
_PLACES = {"fte_years": 1, "months": 1, "hours": 0}
_UNIT_PARAM = {"fte_years": "fte_unit", "months": "full_unit", "hours": "hours_unit"}


def _figure(value: Decimal, unit: str, lang: str) -> tuple[str, str]:
    """The figure as shown and its unit, singular when the figure shown is exactly one."""
    places = _PLACES[unit]
    shown = number(value, lang, places)
    one = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == 1
    return shown, phrase_n(f"u_{unit}", 1 if one else 2, lang)


def option_text(option: Option, lang: str, blocks: str | None = None) -> str:
    """`0,6 fte-jaar Participatiewet bij 36 uur per week (6,6 maanden voltijds: 1 × 6,6 maanden)`
    and the like; `blocks` names several blocks that give the very same option."""
    label = blocks or (option.label or {}).get(lang) or option.block
    params: dict[str, Arg] = {"block": label, "amount": eur(option.quantity)}
    if option.kind in _PLACES:
        params["quantity"], params[_UNIT_PARAM[option.kind]] = _figure(option.quantity, option.kind, lang)
    if option.people is not None:
        assert option.months_per_person is not None and option.hours_per_week is not None
        params["months"], params["months_unit"] = _figure(option.months_per_person, "months", lang)
        params["full_months"], params["full_unit"] = _figure(option.months or option.quantity, "months", lang)
        params.update(people=str(option.people), hours=short_number(option.hours_per_week, lang))
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
    left, unit = _figure(c.months_left, "months", lang)
    head = phrase(
        "plan_head",
        lang,
        id=c.id,
        shortfall=eur(c.gap),
        rules=c.rules,
        months=left,
        months_unit=unit,
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
