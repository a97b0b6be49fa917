"""A commented YAML skeleton for one rule set: valid input as it stands, the rule set's codes in comments."""

from __future__ import annotations

import datetime as dt
import json
import re

from sroi_cli.domain.inert import visible
from sroi_cli.domain.messages import message
from sroi_cli.domain.rules import Block, Label, PersonBlock, RuleSet, ShareBlock
from sroi_cli.io.template import obligation_words
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
        f"# {message('tpl_types', lang)}: {', '.join(a.contract_types)}",
        f"# {message('tpl_min_duration', lang)}: {a.min_duration_months}",
        f"# {message('tpl_obligation', lang)}: {obligation_words(rules, lang)}",
        "#",
        f"# {message('tpl_blocks', lang)} — block:",
    ]
    for code, block in rules.valuation.blocks.items():
        cap = f", max {block.max_months}" if isinstance(block, PersonBlock) and block.max_months else ""
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


def _contract(rules: RuleSet, start: dt.date, end: dt.date) -> list[str]:
    lines = [
        "contracts:",
        "  - id: CONTRACT-001                 # kenmerk: unique within a run",
        "    title:                           # omschrijving",
        "    authority:                       # opdrachtgever",
        "    category:                        # inkoopcategorie",
        "    type: works                      # works | services | supplies (werken | diensten | leveringen)",
        '    value_excl_vat: "0.00"           # opdrachtwaarde excl. btw, quoted: "1250000.00"',
    ]
    if rules.obligation.basis == "wage_bill":
        lines.append('    wage_bill: "0.00"                # loonsom')
    if rules.obligation.basis == "invoiced_turnover":
        lines.append("    invoiced_turnover:               # gefactureerde omzet excl. btw so far")
    if rules.obligation.low_labour is not None or rules.applicability.min_labour_share:
        lines.append('    labour_share:                    # arbeidsaandeel, e.g. "0.25"')
    lines += [
        f"    start: {start.isoformat()}",
        f"    end: {end.isoformat()}",
        "    award_date:                      # gunningsdatum: picks the rule-set version (else start)",
        "    status: planned                  # planned | tendering | running | completed",
        "    supplier:                        # opdrachtnemer",
        f"    rules: {rules.id}",
        '    # agreed: {obligation: "40000.00"}   # a per-contract agreement replaces the obligation',
    ]
    if rules.pso_discount:
        level = next(iter(rules.pso_discount))
        lines.append(
            f"    # pso: {{level: {_scalar(level)}, valid_from: {start.isoformat()}, "
            f"valid_until: {end.isoformat()}}}"
        )
    return lines


def _contribution(rules: RuleSet, start: dt.date) -> list[str]:
    """One example contribution, of a placement block when the rule set has one."""
    blocks = rules.valuation.blocks
    code = next((c for c, b in blocks.items() if isinstance(b, PersonBlock)), next(iter(blocks)))
    block = blocks[code]
    lines = [
        "contributions:",
        "  - contract: CONTRACT-001",
        f"    block: {_scalar(code):<26}# see the blocks above",
    ]
    if isinstance(block, PersonBlock):
        lines += [
            "    candidate: K-0001                # a pseudonym, never a name or a BSN",
            f'    hours_per_week: "{rules.valuation.norm_hours_per_week}"',
            f"    start: {start.isoformat()}",
            "    end:                             # empty: still running",
            "    bonuses: []                      # bonus codes, see above",
            "    doelgroepregister: false         # in the Banenafspraak target-group register",
        ]
    elif block.method == "per_hour":
        lines.append('    hours: "0"')
    else:
        lines += ['    amount: "0.00"                   # excl. VAT', f"    date: {start.isoformat()}"]
    lines.append("    status: planned                  # planned | realised | accepted | rejected")
    return lines


def yaml_template(rules: RuleSet, lang: str, command: str, today: dt.date) -> str:
    """The whole skeleton: comments, one example contract and one example contribution."""
    start = dt.date(today.year, 1, 1)
    end = dt.date(today.year + 1, 12, 31)
    lines = [*header(rules, lang, command), "", *_contract(rules, start, end), *_contribution(rules, start)]
    return "\n".join(lines) + "\n"
