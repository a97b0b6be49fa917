"""Usage errors (exit 2) in the run's language: Click's own sentences (`No such option`, `Missing
argument`, `Invalid value for …`) and what Typer's type checks say, rebuilt from the error's fields
and said from the catalogue (`usage_…` keys), one line in Typer's box.

A Click sentence this module does not know is shown as Click says it; tests/cli/test_usage_errors.py
holds every kind sroi can meet, in both languages, so a Typer upgrade that rewords one is caught.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

from typer._click import exceptions as click

# Click's sentences that carry their fields only in the text, each with the key that says it.
_SENTENCES = (
    (
        re.compile(r"No such command (?P<name>.+?)\.(?: Did you mean (?P<close>.+)\?)?"),
        "usage_no_such_command",
    ),
    (re.compile(r"Missing command\."), "usage_missing_command"),
    (re.compile(r"Got unexpected extra argument\(s\) \((?P<args>.*)\)"), "usage_extra_arguments"),
    (re.compile(r"Option (?P<option>.+) requires an argument\."), "usage_needs_value"),
    (re.compile(r"Option (?P<option>.+) does not take a value\."), "usage_takes_no_value"),
)

# What Typer's type check (Pydantic) found, by its error type.
_DETAILS = {
    "int_parsing": "usage_not_whole",
    "int_from_float": "usage_not_whole",
    "int_type": "usage_not_whole",
    "decimal_parsing": "usage_not_number",
    "decimal_type": "usage_not_number",
    "finite_number": "usage_not_number",
    "float_parsing": "usage_not_number",
    "greater_than_equal": "usage_at_least",
}


def say(error: click.ClickException, lang: str) -> None:
    """Make `error` say itself in `lang` (one line, a BSN-like number masked), and Typer's box and
    hint around it too."""
    if isinstance(error, click.UsageError) and type(error).__name__ == "NoArgsIsHelpError":
        return  # the help screen, already in the language
    from sroi_cli.cli.help import speak_typer
    from sroi_cli.domain.inert import visible
    from sroi_cli.domain.privacy import mask_bsn

    text = visible(mask_bsn(sentence(error, lang)))
    error.format_message = lambda: text  # type: ignore[method-assign]
    speak_typer()


def sentence(error: click.ClickException, lang: str) -> str:
    """What went wrong on the command line, from the error's fields, in `lang`."""
    from sroi_cli.catalogue import message

    if isinstance(error, click.NoSuchOption):
        said = message("usage_no_such_option", lang, option=error.option_name)
        if error.possibilities:
            options = ", ".join(sorted(error.possibilities))
            said += " " + message("usage_possible_options", lang, options=options)
        return said
    if isinstance(error, click.MissingParameter):
        return _missing(error, lang)
    if isinstance(error, click.BadParameter):
        hint = _hint(error)
        detail = _detail(error, lang)
        if hint is None:
            return message("usage_invalid_value", lang, detail=detail)
        return message("usage_invalid_value_for", lang, name=hint, detail=detail)
    for pattern, key in _SENTENCES:
        found = pattern.fullmatch(error.message)
        if found:
            said = message(key, lang, **{k: v for k, v in found.groupdict().items() if k != "close"})
            close = found.groupdict().get("close")
            return said + (" " + message("usage_did_you_mean", lang, names=close) if close else "")
    return error.format_message()


def _hint(error: click.BadParameter) -> str | None:
    """How Click names the parameter: `'--format' / '-f'`, `'FILE…'`, or the hint given."""
    if error.param_hint is not None:
        return click._join_param_hints(error.param_hint)
    if error.param is not None:
        return error.param.get_error_hint()
    return None


def _missing(error: click.MissingParameter, lang: str) -> str:
    from sroi_cli.catalogue import message

    kind = error.param_type or (error.param.param_type_name if error.param is not None else "")
    key = "usage_missing_argument" if kind == "argument" else "usage_missing_option"
    said = message(key, lang, name=_hint(error) or "")
    choices = _choices(error.param)
    if choices:
        said += " " + message("usage_choose_from", lang, choices=", ".join(choices))
    return said


def _choices(param: Any) -> list[str]:
    described = getattr(param, "type_descriptor", None)
    if described is None or not described.is_choice:
        return []
    return [str(c.value if isinstance(c, Enum) else c) for c in described.choices or ()]


def _detail(error: click.BadParameter, lang: str) -> str:
    """What was wrong with the value: a choice not among the choices, not a number, too small; a
    sentence sroi raised itself is already in the language."""
    from sroi_cli.catalogue import message

    found = getattr(error.__cause__, "errors", None)
    problems = found() if callable(found) else []
    if not problems:
        return error.message
    first = problems[0]
    value = repr(str(first.get("input", "")))
    choices = _choices(error.param)
    if choices:
        return message("usage_not_one_of", lang, value=value, choices=", ".join(map(repr, choices)))
    key = _DETAILS.get(str(first.get("type")), "usage_not_valid")
    minimum = (first.get("ctx") or {}).get("ge", "")
    return message(key, lang, value=value, minimum=str(minimum))
