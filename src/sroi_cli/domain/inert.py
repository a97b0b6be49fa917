"""Input text made inert for display: control characters shown as escapes, so no value moves a cursor,
rings a bell, colours a terminal, reverses text or starts a line of its own."""

from __future__ import annotations

import re

# C0 controls (newline, tab, ESC, BEL, BS …), DEL, C1 controls (NEL, CSI …), the Unicode line and
# paragraph separators, and the bidirectional overrides and isolates ("Trojan source").
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CONTROL_IN_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character written as its escape (`\\x1b`, `\\n`): one line, inert."""
    if _CONTROL.search(text) is None:  # nearly every text: one scan, nothing copied
        return text
    return _CONTROL.sub(_escape, text)


def visible_lines(text: str) -> str:
    """As `visible`, but the line ends a renderer put between lines it wrapped itself stay."""
    if _CONTROL_IN_LINES.search(text) is None:
        return text
    return _CONTROL_IN_LINES.sub(_escape, text)


def has_control(text: str) -> bool:
    """True when `text` holds a character `visible` would escape."""
    return _CONTROL.search(text) is not None


# A cell starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text as a spreadsheet shows it and never runs it: `=1+1` becomes `'=1+1`, and a control
    character is written as its escape (`\\x1b`), which Excel could not store and a CSV reader's
    terminal would obey; line breaks stay, a cell may hold several lines.

    Every spreadsheet writer uses this one function: the reports and the `sroi template` workbook.
    """
    text = visible_lines(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# What XML 1.0 cannot hold at all, even escaped: C0 controls but tab, newline and return, lone
# surrogates, U+FFFE and U+FFFF. JUnit output writes these as their escapes, so it stays XML.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` as an XML document (JUnit) may hold it: every character XML refuses as its escape."""
    if _NOT_XML.search(text) is None:
        return text
    return _NOT_XML.sub(_escape, text)
