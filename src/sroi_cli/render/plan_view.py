"""Options to close a shortfall, said plainly (table or Markdown) or as JSON."""

from __future__ import annotations

import json
from typing import TextIO

from sroi_cli.domain.plan import ContractPlan, Option, PlanReport
from sroi_cli.domain.trace import eur
from sroi_cli.render import RenderOptions
from sroi_cli.render.fmt import short_number
from sroi_cli.render.texts import phrase


def option_text(option: Option, lang: str) -> str:
    """`0,31 FTE-year participatiewet at 36 h (3,72 months full-time, 1 person)` and the like."""
    n = short_number(option.quantity, lang)
    label = (option.label or {}).get(lang) or option.block
    params = {"block": label, "quantity": n, "amount": eur(option.quantity)}
    if option.people is not None:
        assert option.months_per_person is not None and option.hours_per_week is not None
        params.update(
            people=str(option.people),
            months=short_number(option.months_per_person, lang),
            hours=short_number(option.hours_per_week, lang),
            full_months=short_number(option.months or option.quantity, lang),
        )
    return phrase(f"plan_{option.kind}", lang, **params)


def _lines(c: ContractPlan, lang: str, markdown: bool) -> list[str]:
    head = phrase(
        "plan_head",
        lang,
        id=c.id,
        shortfall=eur(c.gap),
        rules=c.rules,
        months=short_number(c.months_left, lang),
    )
    lines = [f"## {head}" if markdown else head]
    if c.planned:
        lines.append(phrase("plan_planned", lang, shortfall=eur(c.shortfall), planned=eur(c.planned)))
    lines += [f"- {option_text(o, lang)}" for o in c.options]
    return [*lines, ""]


def render(report: PlanReport, out: TextIO, options: RenderOptions, fmt: str) -> None:
    if fmt == "json":
        data = report.model_dump(mode="json")
        data["schema"] = data.pop("schema_")
        for contract, plan in zip(data["contracts"], report.contracts, strict=True):
            for item, option in zip(contract["options"], plan.options, strict=True):
                item["text"] = option_text(option, options.lang)
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not report.contracts:
        out.write(phrase("plan_none", options.lang) + "\n")
    for contract in report.contracts:
        out.write("\n".join(_lines(contract, options.lang, fmt == "md")) + "\n")
