"""The instructions sheet of a blank input: how to fill it in, the rule set's values and their sources."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sroi_cli.catalogue import message
from sroi_cli.domain.inert import neutralise
from sroi_cli.domain.rules import PersonBlock, RuleSet, ShareBlock
from sroi_cli.io.template import (
    DATE_FORMAT,
    MONEY_FORMAT,
    NUMBER_FORMAT,
    SHARE_FORMAT,
    SHEETS,
    WORDS,
    obligation_words,
)

_TYPES = ("works", "services", "supplies")


def steps(lang: str, command: str) -> list[str]:
    """The how-to lines, shared by the workbook and the YAML template."""
    return [
        message(
            "tpl_step_sheets",
            lang,
            contracts=SHEETS["contract"][lang],
            contributions=SHEETS["contribution"][lang],
        ),
        message("tpl_step_lists", lang),
        message("tpl_step_values", lang),
        message("tpl_step_privacy", lang),
        message("tpl_step_check", lang, command=command),
    ]


def write_notes(sheet: Any, rules: RuleSet, lang: str, command: str) -> None:
    from openpyxl.styles import Font

    sheet["A1"] = message("tpl_title", lang)
    sheet["A1"].font = Font(bold=True, size=14)
    row = 3
    for number, line in enumerate(steps(lang, command), start=1):
        sheet.cell(row=row, column=1, value=f"{number}. {line}")
        row += 1
    row = _rule_values(sheet, row + 1, rules, lang)
    row = _blocks(sheet, row + 1, rules, lang)
    row = _bonuses(sheet, row + 1, rules, lang)
    _sources(sheet, row + 1, rules, lang)
    for letter, width in zip("ABCDEFG", (36, 40, 22, 16, 14, 48, 60), strict=True):
        sheet.column_dimensions[letter].width = width


def _put(sheet: Any, row: int, values: list[Any], formats: dict[int, str] | None = None) -> int:
    """One row of cells; every text (a rule file's title, labels, sources) neutralised as in a report."""
    for column, value in enumerate(values, start=1):
        value = neutralise(value) if isinstance(value, str) else value
        cell = sheet.cell(row=row, column=column, value=value)
        if formats and column in formats and value is not None:
            cell.number_format = formats[column]
    return row + 1


def _heading(sheet: Any, row: int, values: list[str]) -> int:
    from openpyxl.styles import Font

    for column in range(1, len(values) + 1):
        sheet.cell(row=row, column=column).font = Font(bold=True)
    return _put(sheet, row, list(values))


def _rule_values(sheet: Any, row: int, rules: RuleSet, lang: str) -> int:
    """Threshold, types, duration, the obligation and the norm hours, as numbers with formats."""
    a, o = rules.applicability, rules.obligation
    words = dict(zip(_TYPES, WORDS["type"][lang], strict=True))
    row = _heading(sheet, row, [message("tpl_rules", lang), f"{rules.id} {rules.version}", rules.title])
    row = _put(sheet, row, [message("tpl_valid_from", lang), rules.valid_from], {2: DATE_FORMAT})
    row = _put(sheet, row, [message("tpl_types", lang), ", ".join(words[t] for t in a.contract_types)])
    inclusive = "tpl_threshold_inclusive" if a.threshold_inclusive else "tpl_threshold_strict"
    limit = a.threshold if isinstance(a.threshold, Decimal) else a.threshold_text()
    row = _put(
        sheet, row, [message("tpl_threshold", lang), limit, message(inclusive, lang)], {2: MONEY_FORMAT}
    )
    row = _put(sheet, row, [message("tpl_min_duration", lang), a.min_duration_months], {2: NUMBER_FORMAT})
    value, fmt = {
        "percentage": (o.percentage, SHARE_FORMAT),
        "fixed": (o.amount, MONEY_FORMAT),
        "placements": (o.count, NUMBER_FORMAT),
    }.get(o.method, (None, NUMBER_FORMAT))
    row = _put(sheet, row, [message("tpl_obligation", lang), value, obligation_words(rules, lang)], {2: fmt})
    if o.maximum is not None:
        row = _put(sheet, row, [message("tpl_maximum", lang), o.maximum], {2: MONEY_FORMAT})
    return _put(sheet, row, [message("tpl_norm_hours", lang), rules.valuation.norm_hours_per_week])


def _blocks(sheet: Any, row: int, rules: RuleSet, lang: str) -> int:
    """Each block: code, label, how it is valued, its value, its cap in months, and its source."""
    keys = ["tpl_code", "tpl_label", "tpl_method", "tpl_value", "tpl_max_months", "tpl_source", "tpl_url"]
    row = _heading(sheet, row, [message("tpl_blocks", lang)])
    row = _heading(sheet, row, [message(k, lang) for k in keys])
    for code, block in rules.valuation.blocks.items():
        label = (block.label or {}).get("nl" if lang == "nl" else "en", code)
        source = rules.source_of(block.source)
        value: Decimal | None = (
            block.share if isinstance(block, ShareBlock) else getattr(block, "amount", None)
        )
        fmt = SHARE_FORMAT if isinstance(block, ShareBlock) else MONEY_FORMAT
        months = block.max_months if isinstance(block, PersonBlock) else None
        values = [code, label, message(f"tpl_{block.method}", lang), value, months, source.title, source.url]
        row = _put(sheet, row, values, {4: fmt})
    return row


def _bonuses(sheet: Any, row: int, rules: RuleSet, lang: str) -> int:
    if not rules.valuation.bonuses:
        return row
    keys = ["tpl_code", "tpl_label", "tpl_method", "tpl_value", "tpl_on_blocks", "tpl_source", "tpl_url"]
    row = _heading(sheet, row, [message("tpl_bonuses", lang)])
    row = _heading(sheet, row, [message(k, lang) for k in keys])
    for code, bonus in rules.valuation.bonuses.items():
        label = (bonus.label or {}).get("nl" if lang == "nl" else "en", code)
        blocks = ", ".join(bonus.blocks) if bonus.blocks else message("tpl_every_block", lang)
        source = rules.source_of(bonus.source)
        values = [
            code,
            label,
            message(f"tpl_{bonus.method}", lang),
            bonus.amount,
            blocks,
            source.title,
            source.url,
        ]
        row = _put(sheet, row, values, {4: MONEY_FORMAT})
    return row


def _sources(sheet: Any, row: int, rules: RuleSet, lang: str) -> int:
    row = _heading(sheet, row, [message("tpl_sources", lang)])
    for source in rules.sources:
        row = _put(sheet, row, [source.title, source.url])
    return row
