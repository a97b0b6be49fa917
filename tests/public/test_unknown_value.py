"""A lot whose notice gives no value is not judged by check or batch, as coverage counts it: never
"compliant" on a value of € 0,00 that nobody published."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sroi_cli import app as use
from sroi_cli.domain.report import Verdict


def test_a_lot_without_a_value_is_not_judged(public: Path) -> None:
    report = use.batch([public / "tenderned-ocds.jsonl"], use.Settings(as_of=dt.date(2026, 12, 1)))
    unknown = [c for c in report.contracts if any(f.code == "default_value" for f in c.findings)]
    assert unknown  # the made data has lots without a value
    assert {c.verdict for c in unknown} == {Verdict.NOT_APPLICABLE}
    reasons = {c.reason.key for c in unknown}  # a type the rule set leaves out is said first
    assert "reason_value_unknown" in reasons and reasons <= {"reason_value_unknown", "reason_type"}
    assert all(c.obligation == 0 for c in unknown)
