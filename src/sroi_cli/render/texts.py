"""A report's phrases in a language: the catalogue's sentence, its figures written the language's way."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from sroi_cli.catalogue import COUNT_PARAMS, form, has, is_plural, placeholders, sentence
from sroi_cli.domain.args import Arg, Date, Money, Term
from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import INPUT_ERROR, INPUT_PROBLEM, Finding
from sroi_cli.domain.trace import Step
from sroi_cli.render.fmt import said


def phrase(key: str, lang: str, /, **params: Arg) -> str:
    """The phrase `key` in `lang`, its parameters written in that language's way; a plural entry in
    the form for its `count` (or `n`) parameter."""
    return phrase_n(key, None, lang, **params)


def phrase_n(key: str, n: int | None, lang: str, /, **params: Arg) -> str:
    """The phrase `key` in the form its language uses for the number `n` (`1 month`, `2 months`)."""
    if n is None and is_plural(key):
        n = next(int(str(params[name])) for name in COUNT_PARAMS if name in params)
    text, used = _template(key, lang, n)
    shown = {
        k: phrase(v.key, lang) if isinstance(v, Term) else _said(v, lang)
        for k, v in params.items()
        if k in used  # a step carries more figures than its sentence says; write only those
    }
    return text.format(**shown)


@lru_cache(maxsize=2**12)
def _template(key: str, lang: str, n: int | None) -> tuple[str, frozenset[str]]:
    text = form(key, lang, {}, n)
    return text, placeholders(text)


# The same figures come back in every contract (thresholds, rates, dates): write each once. A value
# from an input (an id, a candidate, a file name) is shown with its control characters escaped.
@lru_cache(maxsize=2**14)
def _said(value: Arg, lang: str) -> str:
    return visible(said(value, lang))


def counted(key: str, n: int, lang: str) -> str:
    """`1 contract`, `2 contracts`: the plural entry `key` in the form for `n`, with the number."""
    return phrase_n(key, n, lang, n=str(n))


def say(step: Step, lang: str) -> str:
    """A step in words: a valuation without bonuses leaves `+ bonuses € 0,00` out, and one that
    began before the contract says why it counts only from the contract's start."""
    key, params = step.key, step.params  # "1 placement", not "1 placements": a plural entry
    bonus = params.get("bonus")
    if isinstance(bonus, Money) and not bonus.amount and has(f"{key}_no_bonus"):
        key = f"{key}_no_bonus"
    text = phrase(key, lang, **params)
    start, counted = params.get("start"), params.get("counted_from")
    if (
        key.startswith("trace_value_")
        and isinstance(start, Date)
        and isinstance(counted, Date)
        and start.value
        and counted.value
        and counted.value > start.value
    ):
        text += phrase("trace_counted_from", lang, start=start, counted_from=counted)
    return text


def finding_text(finding: Finding, lang: str) -> str:
    return finding_sentence(finding.code, finding.params, lang)


def finding_sentence(code: str, params: Mapping[str, Arg], lang: str) -> str:
    """A finding's sentence; an input problem kept as a finding (`batch --keep-going`) is the
    problem's own sentence, named by its `problem` parameter and said with its arguments as they are."""
    if code == INPUT_ERROR:
        # a problem's arguments are its text, or terms of the catalogue (domain/errors.py::Words)
        args = {
            k: v if isinstance(v, Term | Date) else str(v) for k, v in params.items() if k != INPUT_PROBLEM
        }
        return sentence(str(params[INPUT_PROBLEM]), args, lang)
    return phrase(code, lang, **params)


def verdict_name(verdict: str, lang: str) -> str:
    return phrase(verdict, lang)


# The key a grouping gives contracts without a value (domain.portfolio.GROUP_KEYS), said as words.
NO_VALUE_KEY = "-"


def group_name(dimension: str, key: str, lang: str) -> str:
    """A grouping key as a reader sees it: a verdict in words, a missing supplier, authority or
    category as "(no supplier)" rather than a bare `-` (which a spreadsheet would show as `'-`)."""
    if dimension == "verdict":
        return verdict_name(key, lang)
    if key == NO_VALUE_KEY and dimension in ("supplier", "authority", "category"):
        return phrase(f"no_{dimension}", lang)
    return key


def capital(text: str) -> str:
    """A heading's first letter upper case, the rest as written (`fte-jaren` → `Fte-jaren`)."""
    return text[:1].upper() + text[1:]
