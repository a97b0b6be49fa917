"""The sections of a report, and what each format says it leaves out.

Every report format (`REPORT_RENDERERS`) shows every section of the report model, or names the
section in its module's `OMITS` with the reason and where the reader finds it instead. A new format
declares `OMITS` (empty when it shows everything); tests/render/test_sections.py renders one
portfolio that fills every section in every format and fails when a section is missing without
being declared, or declared but shown after all.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from enum import StrEnum

from sroi_cli.render import REPORT_RENDERERS


class Section(StrEnum):
    CONTRACTS = "contracts"  # one line or row per contract, with its verdict and figures
    ASSUMPTIONS = "assumptions"  # that a contract rests on assumed or contested rule values
    TOTALS = "totals"  # the portfolio's sums (Summary)
    GROUPS = "groups"  # totals per --group-by value
    PEOPLE = "people"  # the people behind the money (batch)
    PIPELINE = "pipeline"  # planned and tendering contracts by quarter (batch)
    TARGETS = "targets"  # a programme's goals (--targets)
    FINDINGS = "findings"  # the checks across contracts (one person counted twice, …)
    ERRORS = "errors"  # the input problems of the contracts left out (--keep-going)


def omitted(fmt: str) -> Mapping[Section, str]:
    """The sections format `fmt` leaves out, each with its reason (the module's `OMITS`)."""
    module = importlib.import_module(f"sroi_cli.render.{REPORT_RENDERERS[fmt]}")
    omits: Mapping[Section, str] = module.OMITS
    return omits
