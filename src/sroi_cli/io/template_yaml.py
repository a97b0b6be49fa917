"""A commented YAML skeleton for one rule set: valid input as it stands, the rule set's codes in comments."""

from __future__ import annotations

import datetime as dt
import json
import re

from sroi_cli.catalogue import message
from sroi_cli.domain.fields import InputField, fields_of, needed, sample_of
from sroi_cli.domain.inert import visible
from sroi_cli.domain.rules import Block, Label, PersonBlock, RuleSet, ShareBlock
from sroi_cli.io.template import WORDS, obligation_words
from sroi_cli.io.template_notes import steps


def _label(labels: Label | None, code: str, lang: str) -> str:
    return visible((labels or {}).get("nl" if lang == "nl" else "en", code))


def _scalar(text: str) -> str:
    """A rule file's code as a YAML value: plain when it is a plain word, else double-quoted with
    every control character escaped, so no code ends its line or adds a key."""
    plain = _PLAIN.fullmatch(text) is not None and text.lower() not in _WORDS
    return text if plain else json.dumps(text)


# a code YAML reads back as the same text without quotes (not a number, a date, a bool or a null)
_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_WORDS = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


def _value(block: Block) -> str:
    if isinstance(block, ShareBlock):
        return f"× {block.share}"
    amount = getattr(block, "amount", None)
    return f"{amount}" if amount is not None else ""


def header(rules: RuleSet, lang: str, command: str) -> list[str]:
    """The comment block: how to fill in, the rule set's key values, its blocks and bonuses."""
    a = rules.applicability
    title = f"{rules.id} {visible(rules.version)} ({rules.valid_from.isoformat()}): {visible(rules.title)}"
    lines = [f"# sroi — {title}", "#"]
    lines.append(f"# {message('tpl_yaml_title', lang)}:")
    how = [message("tpl_yaml_entries", lang), *steps(lang, command)[2:]]
    lines += [f"#   {n}. {line}" for n, line in enumerate(how, start=1)]
    inclusive = "tpl_threshold_inclusive" if a.threshold_inclusive else "tpl_threshold_strict"
    lines += [
        "#",
        f"# {message('tpl_threshold', lang)}: {a.threshold_text()} ({message(inclusive, lang)})",
        f"# {message('tpl_types', lang)}: {', '.join(_word('type', t, lang) for t in a.contract_types)}",
        f"# {message('tpl_min_duration', lang)}: {a.min_duration_months}",
        f"# {message('tpl_obligation', lang)}: {obligation_words(rules, lang)}",
        "#",
        f"# {message('tpl_blocks', lang)} — block:",
    ]
    for code, block in rules.valuation.blocks.items():
        months = block.max_months if isinstance(block, PersonBlock) else None
        cap = f", {message('tpl_yaml_max_months', lang, n=months)}" if months else ""
        words = f"{message(f'tpl_{block.method}', lang)} {_value(block)}".rstrip()
        lines.append(f"#   {visible(code)}: {_label(block.label, code, lang)} — {words}{cap}")
    if rules.valuation.bonuses:
        lines.append(f"# {message('tpl_bonuses', lang)} — bonuses: [...]")
        for code, bonus in rules.valuation.bonuses.items():
            words = f"{message(f'tpl_{bonus.method}', lang)} {bonus.amount}"
            lines.append(f"#   {visible(code)}: {_label(bonus.label, code, lang)} — {words}")
    lines.append(f"# {message('tpl_sources', lang)}:")
    lines += [f"#   {visible(s.title)}" + (f" — {visible(s.url)}" if s.url else "") for s in rules.sources]
    return lines


_NOTE_AT = 37  # the column the comments start in


def _word(choices: str, code: str, lang: str) -> str:
    """A code of a drop-down list (`works`, `planned`, `false`) as the list's word in `lang`
    (`werken`, `gepland`, `nee`), as the readers take them; in English the code itself."""
    codes = _CODES.get(choices)
    if lang != "nl" or codes is None or code not in codes:
        return code
    return WORDS[choices]["nl" if lang == "nl" else "en"][codes.index(code)]


# each list's codes in the order of its words (io/template.WORDS)
_CODES = {
    "type": ("works", "services", "supplies"),
    "contract_status": ("planned", "tendering", "running", "completed"),
    "contribution_status": ("planned", "realised", "accepted", "rejected"),
    "yes_no": ("true", "false"),
}


def _note(field: InputField, lang: str) -> str:
    """The comment after a field's line: its catalogue note, or the words of its drop-down list."""
    t = field.template
    assert t is not None
    if t.note:
        return message(t.note, lang)
    if t.choices in WORDS and t.choices != "yes_no":
        return " | ".join(WORDS[t.choices]["nl" if lang == "nl" else "en"])
    return ""


def _line(field: InputField, first: bool, values: dict[str, str], lang: str) -> str | None:
    """The field's skeleton line (registry: domain/fields.py), None when another field's line carries it."""
    t = field.template
    if t is None or t.within is not None:
        return None
    note = _note(field, lang)
    if t.line is not None:
        text = t.line.format(**values)
        return f"{text}   # {note}" if note else text
    value = t.yaml.format(**values)
    value = _word(t.choices, value, lang) if t.choices else value
    text = f"{'  - ' if first else '    '}{field.name}: {value}"
    return f"{text:<{_NOTE_AT}}# {note}" if note else text.rstrip()


def _lines(fields: list[InputField], values: dict[str, str], lang: str) -> list[str]:
    lines = (_line(field, n == 0, values, lang) for n, field in enumerate(fields))
    return [line for line in lines if line is not None]


def _contract(rules: RuleSet, start: dt.date, end: dt.date, lang: str) -> list[str]:
    values = {"start": start.isoformat(), "end": end.isoformat(), "rules": rules.id}
    values["pso"] = _scalar(next(iter(rules.pso_discount), ""))
    fields = [f for f in fields_of("contract") if needed(f.when, rules)]
    return ["contracts:", *_lines(fields, values, lang)]


def _contribution(rules: RuleSet, start: dt.date, lang: str) -> list[str]:
    """One example contribution, of a placement block when the rule set has one."""
    blocks = rules.valuation.blocks
    code = next((c for c, b in blocks.items() if isinstance(b, PersonBlock)), next(iter(blocks)))
    sample = sample_of(blocks[code])
    values = {"start": start.isoformat(), "block": _scalar(code)}
    values["norm_hours"] = str(rules.valuation.norm_hours_per_week)
    fields = [f for f in fields_of("contribution") if f.template and f.template.sample in (None, sample)]
    return ["contributions:", *_lines(fields, values, lang)]


def yaml_template(rules: RuleSet, lang: str, command: str, today: dt.date) -> str:
    """The whole skeleton: comments, one example contract and one example contribution."""
    start = dt.date(today.year, 1, 1)
    end = dt.date(today.year + 1, 12, 31)
    lines = [
        *header(rules, lang, command),
        "",
        *_contract(rules, start, end, lang),
        *_contribution(rules, start, lang),
    ]
    return "\n".join(lines) + "\n"
