"""Rule sets shown to people (a table per version) or machines (JSON)."""

from __future__ import annotations

import json
from typing import Literal, TextIO

from sroi_cli.domain.args import Term
from sroi_cli.domain.rules import EuThreshold, RuleHistory, RuleSet, Threshold, ThresholdByType
from sroi_cli.domain.trace import num, pct
from sroi_cli.render import RenderOptions, layout
from sroi_cli.render.fmt import date, money, share
from sroi_cli.render.layout import Col, Fit, fitted, wrap
from sroi_cli.render.texts import phrase


def _label(label: dict[Literal["nl", "en"], str] | None, lang: str) -> str:
    return (label or {}).get("nl" if lang == "nl" else "en", "")


def _overview(histories: list[RuleHistory], lang: str) -> Fit:
    rows = [v for h in histories for v in h.versions]
    cols = [
        Col("id", [v.id for v in rows]),
        Col(phrase("h_version", lang), [v.version for v in rows]),
        Col(phrase("h_valid_from", lang), [date(v.valid_from, lang) for v in rows]),
        Col(phrase("h_title", lang), [v.title for v in rows], wrap=True),
        Col(phrase("h_last_checked", lang), [date(v.last_checked, lang) for v in rows]),
    ]
    return Fit(variants=[cols], title=phrase("h_rule_sets", lang))


def _value(block: object, lang: str) -> str:
    amount = getattr(block, "amount", None)
    if amount is not None:
        return money(amount, lang)
    rate = getattr(block, "share", None)
    if getattr(block, "method", "") == "share_of_amount" and rate is not None:
        return share(rate, lang)
    return "—"


def _cap(block: object, lang: str) -> str:
    """A block's months cap: `24`, or `24 of work` when it counts months of full-time work."""
    most = getattr(block, "max_months", None)
    if most is None:
        return "—"
    worked = getattr(block, "cap_by", "") == "worked_hours"
    return phrase("rules_cap_worked", lang, max=str(most)) if worked else str(most)


def _conditions(v: RuleSet, lang: str) -> list[str]:
    """What else decides the figures: a basis other than the value, labour shares, minimum hours."""
    parts = []
    if v.obligation.basis != "value_excl_vat":
        parts.append(phrase("rules_basis", lang, basis_name=Term(v.obligation.basis)))
    for kind, least in v.applicability.min_labour_share.items():
        parts.append(phrase("rules_min_labour", lang, type=Term(kind.value), min_share=pct(least)))
    if v.valuation.min_hours_per_week is not None:
        parts.append(phrase("rules_min_hours", lang, min=num(v.valuation.min_hours_per_week)))
    return parts


def _threshold(v: RuleSet, lang: str) -> str:
    """The threshold in words: `€ 221.000,00`, `de Europese drempel voor werken`, or per type."""

    def one(value: Threshold) -> str:
        if isinstance(value, EuThreshold):
            return phrase("rules_eu_threshold", lang, kind=phrase(f"eu_{value.eu.value}", lang))
        return money(value, lang)

    limit = v.applicability.threshold
    if isinstance(limit, ThresholdByType):
        by_type = [(t, getattr(limit, t)) for t in ("works", "services", "supplies")]
        return "; ".join(f"{phrase(t, lang)}: {one(x)}" for t, x in by_type if x is not None)
    return one(limit)


def _title(v: RuleSet, lang: str) -> str:
    a, o = v.applicability, v.obligation
    rate = (
        share(o.percentage, lang) if o.percentage is not None else phrase(f"rules_ob_{o.method.value}", lang)
    )
    types = ", ".join(phrase(t.value, lang) for t in a.contract_types)
    rules = phrase("rules_title", lang, rules=f"{v.id} {v.version}", valid_from=date(v.valid_from, lang))
    title = f"{rules}: {types}, {'≥' if a.threshold_inclusive else '>'} {_threshold(v, lang)}, {rate}"
    return title + "".join(", " + part for part in _conditions(v, lang))


def _blocks(v: RuleSet, lang: str) -> Fit:
    title = _title(v, lang)
    blocks = list(v.valuation.blocks.items())
    bonuses = list(v.valuation.bonuses.items())
    codes = [code for code, _ in blocks] + [f"+ {code}" for code, _ in bonuses]
    methods = [phrase(f"tpl_{b.method}", lang) for _, b in blocks]
    methods += [
        phrase("rules_bonus_method", lang, method=phrase(f"tpl_{b.method}", lang)) for _, b in bonuses
    ]
    values = [_value(b, lang) for _, b in blocks] + [money(b.amount, lang) for _, b in bonuses]
    months = [_cap(b, lang) for _, b in blocks] + ["—"] * len(bonuses)
    labels = [_label(b.label, lang) for _, b in blocks] + [_label(b.label, lang) for _, b in bonuses]
    sources = [v.source_of(b.source).title for _, b in [*blocks, *bonuses]]
    code = Col(phrase("h_block", lang), codes)
    method = Col(phrase("h_method", lang), methods)
    value = Col(phrase("h_value", lang), values, right=True)
    cap = Col(phrase("h_max_months", lang), months, right=True)
    label = Col(phrase("h_label", lang), labels, wrap=True)
    source = Col(phrase("h_source_title", lang), sources, wrap=True)
    return Fit(
        variants=[
            [code, method, value, cap, label, source],
            [code, method, value, cap, label],
            [code, value, cap, label],
        ],
        title=title,
        stack=[code, method, value, cap, label, source],
    )


def _marks(v: RuleSet, lang: str) -> Fit | None:
    """The values the version assumes or that its sources contest, with the reason for each."""
    rows = [("h_assumed", k, t) for k, t in v.assumed.items()]
    rows += [("h_contested", k, t) for k, t in v.contested.items()]
    if not rows:
        return None
    kind = Col(phrase("h_mark", lang), [phrase(m, lang) for m, _, _ in rows])
    key = Col(phrase("h_rule_value", lang), [k for _, k, _ in rows])
    why = Col(phrase("h_why", lang), [" ".join(t.split()) for _, _, t in rows], wrap=True)
    title = phrase(
        "h_marks_title",
        lang,
        rules=f"{v.id} {v.version}",
        assumed=str(len(v.assumed)),
        contested=str(len(v.contested)),
    )
    return Fit(variants=[[kind, key, why]], title=title, stack=[kind, key, why])


def render(histories: list[RuleHistory], out: TextIO, options: RenderOptions, fmt: str) -> None:
    if fmt == "json":
        data = [v.model_dump(mode="json", by_alias=True) for h in histories for v in h.versions]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    console = layout.console(out, options)
    if len(histories) != 1:
        console.print(fitted(_overview(histories, options.lang), console))
        return
    for version in histories[0].versions:
        console.print(fitted(_blocks(version, options.lang), console))
        marks = _marks(version, options.lang)
        if marks is not None:
            console.print(fitted(marks, console))
        if version.notes:
            console.print("\n".join(wrap(" ".join(version.notes.split()), console.width)))
