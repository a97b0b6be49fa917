"""The BSN guard over generated BSNs in every written form (issue 10 item 7)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sroi_cli.domain.privacy import MASK, find_bsn, hide_bsn, is_bsn, mask_bsn, value_has_bsn


def _with_check_digit(head: int) -> str:
    digits = f"{head:08d}"
    rest = sum(w * int(d) for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2), digits, strict=True)) % 11
    return digits + str(rest) if rest < 10 else ""


def bsns() -> st.SearchStrategy[str]:
    """A valid BSN with at most one leading zero (as a number: eight or nine digits), the ninth
    digit making the elfproef hold."""
    return st.integers(min_value=10**6, max_value=10**8 - 1).map(_with_check_digit).filter(bool)


def forms(bsn: str) -> list[str]:
    """Every way the number is written in text: together, grouped, as a program's float."""
    return [
        bsn,
        f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}",
        f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}",
        f"{bsn[:4]}-{bsn[4:6]}-{bsn[6:]}",
        f"{int(bsn)}.0",
        f"{Decimal(int(bsn)):E}".replace("E+", "e+") if bsn[0] != "0" else f"{int(bsn)}.0",
    ]


@given(bsns())
def test_every_form_is_found_and_masked(bsn: str) -> None:
    assert is_bsn(bsn)
    for text in forms(bsn):
        for shown in (text, f"dossier {text} van K", f"K:{text};"):
            assert find_bsn(shown), shown
            masked = mask_bsn(shown)
            assert MASK in masked and not find_bsn(masked), (shown, masked)
            assert bsn not in hide_bsn(shown, b"k").replace(".", "").replace(" ", "").replace("-", "")


@given(bsns())
def test_numbers_are_bsns_whatever_their_type(bsn: str) -> None:
    number = int(bsn)
    for value in (number, float(number), Decimal(number), Decimal(f"{number}.0"), [str(number)]):
        assert value_has_bsn(value), repr(value)


@given(bsns().filter(lambda b: b.startswith("0")))
def test_a_dropped_leading_zero_is_still_a_bsn(bsn: str) -> None:
    eight = bsn[1:]
    assert value_has_bsn(int(eight)) and value_has_bsn(float(eight)) and find_bsn(eight)
    assert mask_bsn(f"found '{eight}'") == f"found '{MASK}'"


@given(bsns())
def test_one_person_one_token_whichever_way_written(bsn: str) -> None:
    tokens = {hide_bsn(text, b"key") for text in forms(bsn)[:4]}
    assert len(tokens) == 1


@given(st.integers(min_value=10**9, max_value=10**12))
def test_longer_numbers_are_no_bsn(number: int) -> None:
    text = f"{number:,}".replace(",", ".")
    assert not find_bsn(str(number)) and not find_bsn(text)
