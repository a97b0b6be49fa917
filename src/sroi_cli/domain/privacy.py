"""The BSN guard: recognise a Dutch citizen service number (elfproef) and keep it out of every text."""

from __future__ import annotations

import re

_NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")
MASK = "*********"


def is_bsn(digits: str) -> bool:
    """True when `digits` is 9 digits passing the elfproef (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def find_bsn(text: str) -> bool:
    """True when any run of exactly 9 digits in `text` passes the elfproef."""
    if _NINE_DIGITS.search(text) is None:  # nearly every text: one scan, no generator
        return False
    return any(is_bsn(m.group()) for m in _NINE_DIGITS.finditer(text))


def mask_bsn(text: str) -> str:
    """Replace every BSN-like run of 9 digits by asterisks, so no message can echo one."""
    return _NINE_DIGITS.sub(lambda m: MASK if is_bsn(m.group()) else m.group(), text)


def hide_bsn(text: str, key: bytes) -> str:
    """Each BSN-like run replaced by `BSN-` and a keyed hash: the same number gives the same token
    under one key (so one person stays one person), and no token leads back to the number."""
    import hashlib
    import hmac

    def token(match: re.Match[str]) -> str:
        digits = match.group()
        if not is_bsn(digits):
            return digits
        return "BSN-" + hmac.new(key, digits.encode("ascii"), hashlib.sha256).hexdigest()[:10]

    return _NINE_DIGITS.sub(token, text)
