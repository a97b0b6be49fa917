"""Generated BSNs in every written form, in every place of a workbook (issue 10 item 7), end to end.

A read header cell, a text cell of another sheet, the candidate
column as text or as a number whose leading zero Excel dropped (11261572 shown as 011261572 by the
format `000000000`), and a cell comment: each is refused with exit 3 and never echoed, on stdout or
stderr, in any form; a 9-digit amount in an amount column is not a BSN.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from sroi_cli.cli import app

HOSTILE = Path(__file__).parents[1] / "cases" / "hostile"
_spec = importlib.util.spec_from_file_location(
    "bsn_forms", Path(__file__).parents[1] / "domain" / "test_bsn_forms.py"
)
assert _spec is not None and _spec.loader is not None
bsn_forms = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bsn_forms)
_sheets = importlib.util.spec_from_file_location("hostile_sheets_bsn", HOSTILE / "build_sheets.py")
assert _sheets is not None and _sheets.loader is not None
sheets = importlib.util.module_from_spec(_sheets)
_sheets.loader.exec_module(sheets)

AS_OF = ["--as-of", "2026-06-01", "--lang", "en"]
# (a number in a sheet sroi does not read is not searched: see README "Personal data")
PLACES = ["header", "other-text", "candidate-text", "candidate-number", "comment"]


def _workbook(bsn: str, form: str, place: str) -> bytes:
    contract = sheets.row(2, sheets.CONTRACT)
    header = list(sheets.CONTRIBUTION_HEADER)
    placement: list[object] = list(sheets.contribution(2))
    extra: dict[str, bytes] = {}
    if place == "header":
        header.append(f"Kolom {form}")
    elif place == "other-text":
        extra["Notities"] = sheets.sheet([sheets.row(1, [f"dossier {form}"])])
    elif place == "other-number":
        extra["Notities"] = sheets.sheet([sheets.row(1, [int(bsn)])])
    elif place == "candidate-text":
        placement[2] = form
    elif place == "candidate-number":
        placement[2] = int(bsn)  # a leading zero dropped, as Excel stores 011261572
    book = {
        "Contracten": sheets.sheet([sheets.row(1, sheets.CONTRACT_HEADER), contract]),
        "Bijdragen": sheets.sheet([sheets.row(1, header), sheets.row(2, placement)]),
        **extra,
    }
    data: bytes = sheets.package(book)
    if place == "comment":
        data = _with_comment(data, f"BSN {form}")
    return data


def _with_comment(data: bytes, text: str) -> bytes:
    import io

    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    book = load_workbook(io.BytesIO(data))
    book["Bijdragen"]["A1"].comment = Comment(text, "someone")
    out = io.BytesIO()
    book.save(out)
    written: bytes = out.getvalue()
    return written


def _shown(bsn: str) -> re.Pattern[str]:
    digits = bsn.lstrip("0")
    return re.compile(r"\D?".join(digits))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bsn=bsn_forms.bsns(), index=st.integers(min_value=0, max_value=5), place=st.sampled_from(PLACES))
def test_a_bsn_in_any_place_and_form_is_refused_and_never_shown(
    bsn: str, index: int, place: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    form = bsn_forms.forms(bsn)[index]
    folder = tmp_path_factory.mktemp("bsn")
    path = folder / "tender.xlsx"
    path.write_bytes(_workbook(bsn, form, place))
    result = CliRunner().invoke(app, ["check", str(path), *AS_OF, "-f", "json"], catch_exceptions=False)
    assert result.exit_code == 3, (place, form, result.output)
    assert "BSN" in result.stderr or "*********" in result.stderr, result.stderr  # named, or masked
    assert _shown(bsn).search(result.stdout + result.stderr) is None, (place, form, result.output)


@settings(max_examples=20, deadline=None)
@given(bsn=bsn_forms.bsns().filter(lambda b: not b.startswith("0")))
def test_a_nine_digit_amount_is_not_a_bsn(bsn: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The amount column is never searched: a contract value of 123.456.782 euros is read."""
    contract = ("C-1", "werken", int(bsn), "2026-01-01", "2026-12-31", "haaglanden")
    data = sheets.package(
        {
            "Contracten": sheets.sheet([sheets.row(1, sheets.CONTRACT_HEADER), sheets.row(2, contract)]),
            "Bijdragen": sheets.sheet([sheets.row(1, sheets.CONTRIBUTION_HEADER)]),
        }
    )
    path = tmp_path_factory.mktemp("amount") / "tender.xlsx"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["check", str(path), *AS_OF, "-f", "json"])
    assert result.exit_code in (0, 1), result.output
