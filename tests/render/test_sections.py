"""Every report format shows every section of the report, or declares in `OMITS` that it does not.

One portfolio fills every section (render/sections.py): contracts on assumed rule values, totals,
a grouping, people, a planned tender for the pipeline, a programme target, one person counted in two
contracts, and a contract left out by `--keep-going`. Each section has a probe that only that section
prints; a format must show the probe of every section it does not omit, and none it omits, so a new
format fails here until it shows everything or says what it leaves out and why.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render import REPORT_RENDERERS
from sroi_cli.render.sections import Section, omitted
from sroi_cli.render.texts import phrase

PORTFOLIO = """\
contracts:
  - {id: K-ALPHA, authority: Gemeente Den Haag, category: Groen, type: works, value_excl_vat: "1000000",
     start: 2025-01-01, end: 2027-12-31, status: running, rules: haaglanden}
  - {id: K-BRAVO, authority: Gemeente Delft, category: Groen, type: works, value_excl_vat: "469135.80",
     start: 2025-01-01, end: 2027-12-31, status: running, rules: haaglanden}
  - {id: K-CHARLIE, authority: Gemeente Utrecht, category: Schoon, type: works, value_excl_vat: "222222.20",
     start: 2025-01-01, end: 2027-12-31, status: running, rules: utrecht}
  - {id: K-DELTA, authority: Gemeente Delft, category: Schoon, type: works, value_excl_vat: "900000",
     start: 2027-08-01, end: 2029-12-31, status: planned, rules: haaglanden}
  - {id: K-ECHO, type: works, value_excl_vat: "honderdduizend", start: 2025-01-01, end: 2026-12-31}
contributions:
  - {contract: K-ALPHA, block: ww, candidate: P-DUP, hours_per_week: "36", start: 2025-02-01,
     end: 2025-07-31, status: realised}
  - {contract: K-BRAVO, block: ww, candidate: P-DUP, hours_per_week: "36", start: 2025-03-01,
     end: 2025-06-30, status: realised}
"""
PROGRAMME = """\
targets:
  - {id: T-MARK, measure: people, target: 7, start: 2024-01-01, deadline: 2027-12-31}
"""
# what only each section prints (any one of the alternatives); money as its digits, in any notation
PROBES: dict[Section, tuple[str, ...]] = {
    Section.CONTRACTS: ("K-ALPHA",),
    Section.ASSUMPTIONS: (
        "applicability.min_duration_months",  # a key the findings list as assumed
        phrase("banner_assumed", "nl", count="", total="", rules="").split(":")[0],  # the banner
    ),
    Section.TOTALS: ("#12956790",),  # € 129.567,90: the four obligations together
    Section.GROUPS: ("#7345679",),  # € 73.456,79: the two contracts in category Groen
    Section.PEOPLE: (phrase("h_lasting", "nl"), '"lasting_outcomes"'),
    Section.PIPELINE: ("2027-Q3",),
    Section.TARGETS: ("T-MARK",),
    Section.FINDINGS: ("P-DUP",),  # the one person in two contracts on the same days
    Section.ERRORS: ("honderdduizend",),  # K-ECHO's value, echoed by the input error
}


def _workbook_text(path: Path) -> str:
    """Every cell of every sheet as text; numbers with two decimals, as the sheet shows money."""
    book = load_workbook(path)
    cells = []
    for sheet in book:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, int | float) and not isinstance(value, bool):
                    value = f"{Decimal(str(value)):.2f}"
                cells.append("" if value is None else str(value))
    return "\t".join(cells)


def seen(fmt: str, tmp_path: Path) -> str:
    """What a reader of `fmt` sees: the file, and for the terminal table also its closing line."""
    (tmp_path / "p.yaml").write_text(PORTFOLIO, encoding="utf-8")
    (tmp_path / "t.yaml").write_text(PROGRAMME, encoding="utf-8")
    args = ["batch", str(tmp_path / "p.yaml"), "--keep-going", "--targets", str(tmp_path / "t.yaml")]
    args += ["--group-by", "category", "--as-of", "2026-11-23", "--lang", "nl", "-f", fmt]
    if fmt == "xlsx":
        args += ["-o", str(tmp_path / "r.xlsx")]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 3, result.output  # K-ECHO is left out
    if fmt == "xlsx":
        return _workbook_text(tmp_path / "r.xlsx")
    return result.stdout + (result.stderr if fmt == "table" else "")


def found(probe: str, text: str) -> bool:
    if probe.startswith("#"):
        return probe[1:] in re.sub(r"[\s.,€\u00a0]", "", text)
    return probe in text


@pytest.mark.parametrize("fmt", sorted(REPORT_RENDERERS))
def test_every_section_is_shown_or_declared_left_out(fmt: str, tmp_path: Path) -> None:
    text = seen(fmt, tmp_path)
    omits = omitted(fmt)
    for section, probes in PROBES.items():
        shown = any(found(p, text) for p in probes)
        if section in omits:
            assert not shown, f"{fmt} declares it leaves out {section} ({omits[section]}), yet shows it"
        else:
            assert shown, f"{fmt} does not show {section}: show it, or name it in its OMITS with why"


def test_every_format_declares_what_it_leaves_out() -> None:
    for fmt in REPORT_RENDERERS:
        omits = omitted(fmt)
        assert all(isinstance(s, Section) and reason.strip() for s, reason in omits.items()), fmt
    assert set(PROBES) == set(Section)  # a new section needs its probe here
