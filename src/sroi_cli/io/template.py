"""A blank input workbook for one rule set: the two sheets the reader takes, with drop-downs and formats.

The columns are the registry's (domain/fields.py), so every header is one the readers accept; the
drop-downs hold the rule set's block labels in the workbook's language, its bonus codes (a comma
list of them) and the words the value parsers read (io/values.py).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, BinaryIO, Literal

from sroi_cli.catalogue import message
from sroi_cli.domain.fields import InputField, Value, fields_of, needed
from sroi_cli.domain.inert import neutralise
from sroi_cli.domain.rules import ObligationMethod, RuleSet

ROWS = 500  # rows that get the drop-downs and formats; more can be added by copying a row
MONEY_FORMAT = '"€ "#,##0.00'
DATE_FORMAT = "dd-mm-yyyy"
NUMBER_FORMAT = "#,##0.##"
SHARE_FORMAT = "0%"
SHEETS = {
    "contract": {"nl": "Contracten", "en": "Contracts"},
    "contribution": {"nl": "Bijdragen", "en": "Contributions"},
    "notes": {"nl": "Toelichting", "en": "Instructions"},
    "lists": {"nl": "Lijsten", "en": "Lists"},
}
# Drop-down words, one per code, in the order a buyer meets them; io/values.py reads them all.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "type": {"nl": ("werken", "diensten", "leveringen"), "en": ("works", "services", "supplies")},
    "contract_status": {
        "nl": ("gepland", "in aanbesteding", "lopend", "afgerond"),
        "en": ("planned", "tendering", "running", "completed"),
    },
    "contribution_status": {
        "nl": ("gepland", "gerealiseerd", "geaccepteerd", "afgewezen"),
        "en": ("planned", "realised", "accepted", "rejected"),
    },
    "yes_no": {"nl": ("ja", "nee"), "en": ("yes", "no")},
}


@dataclass(frozen=True)
class Field:
    """One column of the template: its field, its header per language, its format and its list."""

    name: str
    nl: str
    en: str
    format: str | None = None
    choices: str | None = None  # a key of the lists sheet
    strict: bool = True  # False: the list suggests, other values are allowed too
    width: int = 16

    def header(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


_FORMATS = {
    Value.MONEY: MONEY_FORMAT,
    Value.DATE: DATE_FORMAT,
    Value.DECIMAL: NUMBER_FORMAT,
    Value.SHARE: SHARE_FORMAT,
}


def column(field: InputField) -> Field:
    """The template column of a registry field (domain/fields.py), its format from its kind of value."""
    assert field.template is not None
    t = field.template
    return Field(
        field.name,
        field.label["nl"],
        field.label["en"],
        _FORMATS.get(field.value),
        t.choices,
        t.strict,
        t.width,
    )


def contract_fields(rules: RuleSet) -> list[Field]:
    """The contract columns; the wage bill, labour share and PSO only where the rule set uses them."""
    return [column(f) for f in fields_of("contract") if f.template is not None and needed(f.when, rules)]


CONTRIBUTION_FIELDS = tuple(column(f) for f in fields_of("contribution") if f.template is not None)


def choices(rules: RuleSet, lang: str) -> dict[str, tuple[str, ...]]:
    """Each drop-down's values: the rule set's codes, and the words the value parsers accept."""
    lists = {key: words[lang if lang == "nl" else "en"] for key, words in WORDS.items()}
    lists["block"] = block_words(rules, lang)
    lists["bonus"] = tuple(rules.valuation.bonuses)
    lists["rules"] = (rules.id,)
    lists["pso"] = tuple(rules.pso_discount)
    return {key: values for key, values in lists.items() if values}


def block_words(rules: RuleSet, lang: str) -> tuple[str, ...]:
    """The block drop-down: each block's label in `lang` (the reader maps it back to its code,
    domain/checks.resolve_codes); the code where a block has no label or shares its label."""
    key: Literal["nl", "en"] = "nl" if lang == "nl" else "en"
    labels = {code: (block.label or {}).get(key) or code for code, block in rules.valuation.blocks.items()}
    seen: dict[str, int] = {}
    for label in labels.values():
        seen[label.casefold()] = seen.get(label.casefold(), 0) + 1
    return tuple(label if seen[label.casefold()] == 1 else code for code, label in labels.items())


def write_workbook(rules: RuleSet, out: BinaryIO, lang: str, command: str) -> None:
    """The blank workbook: contracts, contributions, instructions, and the hidden lists of the drop-downs."""
    from openpyxl import Workbook

    from sroi_cli.io.template_notes import write_notes

    book = Workbook()
    contracts = book.active
    contracts.title = SHEETS["contract"][lang]
    contributions = book.create_sheet(SHEETS["contribution"][lang])
    notes = book.create_sheet(SHEETS["notes"][lang])
    lists = book.create_sheet(SHEETS["lists"][lang])
    ranges = _write_lists(lists, choices(rules, lang))
    _write_table(contracts, contract_fields(rules), ranges, lang)
    _write_table(contributions, list(CONTRIBUTION_FIELDS), ranges, lang)
    write_notes(notes, rules, lang, command)
    lists.sheet_state = "hidden"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book.save(out)


def _write_lists(sheet: Any, lists: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """One column per list on the hidden sheet; returns each list's absolute range."""
    from openpyxl.utils import get_column_letter

    ranges = {}
    for column, (key, values) in enumerate(lists.items(), start=1):
        sheet.cell(row=1, column=column, value=key)
        for row, value in enumerate(values, start=2):  # a rule file's codes: neutralised too
            sheet.cell(row=row, column=column, value=neutralise(value))
        letter = get_column_letter(column)
        ranges[key] = f"'{sheet.title}'!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def _write_table(sheet: Any, fields: list[Field], ranges: dict[str, str], lang: str) -> None:
    """Headers on row 1 (bold, frozen, filtered); formats and drop-downs on the rows below."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    header_fill = PatternFill(fill_type="solid", start_color="D9E1F2", end_color="D9E1F2")
    for column, field in enumerate(fields, start=1):
        cell = sheet.cell(row=1, column=column, value=field.header(lang))
        cell.font = Font(bold=True)
        cell.fill = header_fill
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = max(field.width, len(field.header(lang)) + 3)
        if field.format:
            for row in range(2, ROWS + 2):
                sheet.cell(row=row, column=column).number_format = field.format
        if field.choices in ranges:
            _validate(sheet, f"{letter}2:{letter}{ROWS + 1}", ranges[field.choices], field, lang)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(fields))}1"


def _validate(sheet: Any, cells: str, source: str, field: Field, lang: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    prompt = {"bonus": "tpl_prompt_bonuses", "rules": "tpl_prompt_rules"}.get(
        field.choices or "", "tpl_prompt_list"
    )
    check = DataValidation(type="list", formula1=source, allow_blank=True)
    check.showErrorMessage = field.strict  # a comma list of bonuses, or another rule set, is allowed
    check.showInputMessage = True
    check.promptTitle = field.header(lang)[:32]
    check.prompt = message(prompt, lang)
    check.add(cells)
    sheet.add_data_validation(check)


def obligation_words(rules: RuleSet, lang: str) -> str:
    """What the obligation is, in words: the percentage's basis, a fixed amount, placements or none."""
    method = rules.obligation.method
    if method is ObligationMethod.PERCENTAGE:
        basis = message(f"tpl_basis_{rules.obligation.basis}", lang)
        return message(
            "tpl_percentage", lang, rate=percent(rules.obligation.percentage or Decimal(0), lang), basis=basis
        )
    return message({"fixed": "tpl_fixed", "placements": "tpl_placements"}.get(method, "tpl_none"), lang)


def percent(share: Decimal, lang: str) -> str:
    """`0.05` → `5%`, `0.035` → `3,5%` (nl) or `3.5%` (en)."""
    text = format(share * 100, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", "," if lang == "nl" else ".") + "%"
