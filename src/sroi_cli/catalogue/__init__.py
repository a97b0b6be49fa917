"""The one phrase catalogue: gettext `.mo` files per language, keyed by message id, with plural forms.

The sources are `locale/<lang>/LC_MESSAGES/sroi.po`; the `.mo` files beside them are compiled from
them with `python scripts/catalogue.py compile` (Babel), committed, and held equal to the `.po` by
`tests/catalogue/test_catalogue.py`, so an editable install and a wheel read the same catalogue.
Loading one is the standard `gettext` module's work: about a millisecond, once per language.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from string import Formatter

from sroi_cli.domain.args import Date, Term
from sroi_cli.domain.errors import Problem, SroiError, Words
from sroi_cli.domain.inert import visible
from sroi_cli.domain.privacy import mask_bsn

LOCALE = Path(__file__).parent / "locale"
DOMAIN = "sroi"
LANGUAGES = ("en", "nl")


class _Missing(gettext.NullTranslations):
    """The last fallback: a key in no catalogue is a bug, never a sentence shown as its key."""

    def gettext(self, message: str) -> str:
        raise KeyError(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        raise KeyError(msgid1)


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang` (`nl`, else English)."""
    name = lang if lang in LANGUAGES else "en"
    with (LOCALE / name / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as file:
        found = gettext.GNUTranslations(file)
    found.add_fallback(_Missing())
    return found


@cache
def template(key: str, lang: str) -> str:
    """The sentence `key` in `lang`, its `{placeholders}` still open."""
    return translations(lang).gettext(key)


def plural_template(key: str, n: int, lang: str) -> str:
    """The form of `key` for the count `n` in `lang` (`1 contract`, `2 contracten`)."""
    return translations(lang).ngettext(key, key, n)


# The parameter a plural entry takes its number from, unless the caller names the number itself.
COUNT_PARAMS = ("count", "n")


@cache
def is_plural(key: str) -> bool:
    """Whether `key` is a plural entry (`msgid_plural`), said in the form its number asks for."""
    try:
        plural_template(key, 1, "en")
    except KeyError:
        return False
    return True


def form(key: str, lang: str, params: Mapping[str, object], n: int | None = None) -> str:
    """The sentence `key` in `lang`, placeholders open; a plural entry in the form for `n`, else for
    its `count` (or `n`) parameter."""
    if not is_plural(key):
        return template(key, lang)
    if n is None:
        n = next(int(str(params[name])) for name in COUNT_PARAMS if name in params)
    return plural_template(key, n, lang)


@cache
def has(key: str) -> bool:
    """Whether the catalogue holds `key` (every language holds the same keys; a test sees to it)."""
    try:
        template(key, "en")
    except KeyError:
        return False
    return True


@cache
def placeholders(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in Formatter().parse(text) if name)


def message(key: str, lang: str = "en", /, **params: object) -> str:
    """The sentence for `key` in `lang`, filled with `params` as they are."""
    return form(key, lang, params).format(**params)


def problem_text(problem: Problem, lang: str = "en") -> str:
    """A problem as one line, `place: sentence`, in `lang`; a suspected BSN is masked."""
    # A term is a sentence said in the same language with the problem's text parameters
    # (`did_you_mean` names the suggestion); text is shown as it is, whatever it starts with.
    text = {k: v for k, v in problem.params.items() if isinstance(v, str)}
    params = {k: _word(v, lang, text) for k, v in problem.params.items()}
    if "field" in params:
        params["field"] = field_label(params["field"], lang)
    body = message(problem.key, lang, **params)
    # One line, whatever a file name or a value holds: a newline never starts a forged `sroi:` line.
    return visible(mask_bsn(f"{problem.location}: {body}" if problem.location else body))


def _word(value: Words, lang: str, text: Mapping[str, str]) -> str:
    """A problem's parameter in `lang`: a term said with the problem's text, a day in its form."""
    if isinstance(value, Term):
        return message(value.key, lang, **text)
    if isinstance(value, Date):
        return day(value.value, lang) if value.value else "…"
    return value


def day(value: dt.date, lang: str) -> str:
    """A day as `lang` writes it: `23-11-2026` in Dutch, `2026-11-23` (ISO) otherwise."""
    return value.strftime("%d-%m-%Y") if lang == "nl" else value.isoformat()


def field_label(name: str, lang: str) -> str:
    """An input field as the reader's column calls it: in Dutch its column header from the field
    registry (`value_excl_vat` is `opdrachtwaarde excl. btw`), a figure validate names that is no
    column (`threshold`) from the catalogue; in English its own name, the YAML key and a header too."""
    from sroi_cli.domain.fields import BY_NAME, column_label

    if lang == "en":
        return name
    if name in BY_NAME["contract"] or name in BY_NAME["contribution"]:
        return column_label(name, lang)
    key = f"col_{name.replace('.', '_')}"
    return template(key, lang) if has(key) else name


def sentence(key: str, params: Mapping[str, Words], lang: str = "en") -> str:
    """A problem's sentence without its place (a validation issue, a failed rule test)."""
    return problem_text(Problem("", key, params), lang)


def error_lines(error: SroiError, lang: str = "en") -> list[str]:
    """Every problem of an error, one line each, in `lang`."""
    return [problem_text(p, lang) for p in error.problems]
