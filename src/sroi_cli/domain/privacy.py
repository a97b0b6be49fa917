"""The BSN guard: recognise a Dutch citizen service number (elfproef) in every way it is written, and
keep it out of every text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

MASK = "*********"
_SEP = "[ .\\-\u00a0]"
# Nine digits, together (123456782) or grouped by single spaces, dots or dashes (123.456.782,
# 123 456 782, 1234-56-782); never part of a longer run of digits.
_NINE = re.compile(f"(?<!\\d)(?<!\\d{_SEP})\\d(?:{_SEP}?\\d){{8}}(?!{_SEP}?\\d)")
# A number as a program writes a float: 123456782.0 and 1.23456782e+8 (YAML, JSON, a CSV export).
_FLOAT = re.compile(r"(?<![\d.])\d(?:\.\d+)?[eE]\+?\d{1,2}(?![\d.])|(?<![\d.])\d{8,9}\.0+(?![\d.])")
# Eight digits: a BSN whose leading zero a spreadsheet dropped (011261572 stored as 11261572).
_EIGHT = re.compile(r"(?<![\d.])\d{8}(?![\d.])")
_DIGITS = re.compile(r"\D")
_MAYBE = re.compile(r"\d(?:\D?\d){7}")  # eight digits, at most one other character apart: else no BSN


def is_bsn(digits: str) -> bool:
    """True when `digits` is 9 digits passing the elfproef (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def _as_bsn(number: Any) -> str | None:
    """The 9 digits of an integral number of 8 or 9 digits (a dropped leading zero put back)."""
    try:
        value = Decimal(number) if not isinstance(number, Decimal) else number
        if not value.is_finite() or value != value.to_integral_value() or not 10**7 <= value < 10**9:
            return None
    except (InvalidOperation, ValueError, TypeError):
        return None
    return str(int(value)).zfill(9)


def _spans(text: str, eight: bool) -> Iterator[tuple[int, int, str]]:
    """Every BSN in `text` as (start, end, its nine digits), in order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for m in _FLOAT.finditer(text):
        digits = _as_bsn(m.group())
        if digits is not None and is_bsn(digits):
            found.append((m.start(), m.end(), digits))
    for m in _NINE.finditer(text):
        digits = _DIGITS.sub("", m.group())
        if is_bsn(digits):
            found.append((m.start(), m.end(), digits))
    if eight:
        for m in _EIGHT.finditer(text):
            if is_bsn("0" + m.group()):
                found.append((m.start(), m.end(), "0" + m.group()))
    end = -1
    for start, stop, digits in sorted(found, key=lambda f: (f[0], -f[1])):  # the longest first
        if start >= end:
            yield start, stop, digits
            end = stop


def find_bsn(text: str) -> bool:
    """True when `text` holds a BSN in any written form; a value that is only eight digits counts
    too (a leading zero dropped), eight digits inside a longer text do not."""
    if len(text) < 8 or _MAYBE.search(text) is None:  # nearly every text: one scan
        return False
    whole = text.strip()
    if _EIGHT.fullmatch(whole) and is_bsn("0" + whole):
        return True
    # what `_spans(text, eight=False)` would find first, without ordering what it finds
    for m in _NINE.finditer(text):
        if is_bsn(_DIGITS.sub("", m.group())):
            return True
    for m in _FLOAT.finditer(text):
        digits = _as_bsn(m.group())
        if digits is not None and is_bsn(digits):
            return True
    return False


def value_has_bsn(value: Any) -> bool:
    """True when a value read from an input (text, a number, a list of them) holds a BSN."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, str):
        return find_bsn(value)
    if isinstance(value, list | tuple):
        return any(value_has_bsn(item) for item in value)
    if isinstance(value, int | float | Decimal):
        digits = _as_bsn(value)
        return digits is not None and is_bsn(digits)
    return False


def _replace(text: str, token: Callable[[str], str]) -> str:
    if _MAYBE.search(text) is None:
        return text
    parts: list[str] = []
    last = 0
    for start, stop, digits in _spans(text, eight=True):
        parts += [text[last:start], token(digits)]
        last = stop
    return "".join(parts) + text[last:] if parts else text


def mask_bsn(text: str) -> str:
    """Replace every BSN in any written form by asterisks, so no message can echo one."""
    return _replace(text, lambda _: MASK)


def hide_bsn(text: str, key: bytes) -> str:
    """Each BSN replaced by `BSN-` and a keyed hash: the same number gives the same token under one
    key (so one person stays one person), whichever way it was written, and no token leads back."""
    import hashlib
    import hmac

    def token(digits: str) -> str:
        return "BSN-" + hmac.new(key, digits.encode("ascii"), hashlib.sha256).hexdigest()[:10]

    return _replace(text, token)


def hide_value(value: Any, key: bytes) -> Any:
    """A value with its BSNs hidden: a number that is one becomes its token."""
    if isinstance(value, list | tuple):
        return [hide_value(item, key) for item in value]
    if isinstance(value, str):
        return hide_bsn(value, key)
    if value_has_bsn(value):
        return hide_bsn(str(_as_bsn(value)), key)
    return value


def file_label(path: object) -> str:
    """A file's name as every message, report and annotation shows it: any BSN in it masked. The
    one place a path becomes a shown name, so no output path can write a BSN from a file name."""
    return mask_bsn(str(path))


def masked_file(label: str) -> bool:
    """True when `file_label` masked something in this name (the guard refuses such a file)."""
    return MASK in label


@dataclass(frozen=True)
class Policy:
    """The one privacy policy of a run, for every output that shows a value from the input as it
    stands (the `--annotate` copy): a BSN in any written form masked, or, with `--allow-bsn`, the
    run's keyed token the report shows; with `--pseudonymise` a candidate reference as the report's
    keyed pseudonym. File names go through `file_label`; amounts and hours are never searched."""

    allow_bsn: bool = False
    bsn_key: bytes = b""
    pseudonym_key: bytes | None = None

    def value(self, value: Any) -> Any:
        """A text or identifier value as an output may show it."""
        if isinstance(value, str):
            if len(value) < 8 or not find_bsn(value):
                return value
            return hide_bsn(value, self.bsn_key) if self.allow_bsn else mask_bsn(value)
        if isinstance(value, bool) or not value_has_bsn(value):
            return value
        return hide_value(value, self.bsn_key) if self.allow_bsn else MASK

    def candidate(self, value: Any) -> Any:
        """A candidate reference: its pseudonym under `--pseudonymise`, else as `value` shows it."""
        shown = self.value(value)
        if self.pseudonym_key is None or shown is None or (isinstance(shown, str) and not shown.strip()):
            return shown
        from sroi_cli.domain.pseudonym import pseudonym

        text = str(int(shown)) if isinstance(shown, float) and shown.is_integer() else str(shown).strip()
        return pseudonym(text, self.pseudonym_key)
