"""The one line `sroi coverage` writes on stderr after the report."""

from __future__ import annotations

from sroi_cli.domain.coverage import CoverageReport
from sroi_cli.render.fmt import money


def summary_line(report: CoverageReport, lang: str) -> str:
    t = report.totals
    unmapped = sum(u.lots for u in report.unmapped)
    if lang == "nl":
        return (
            f"sroi: {t.lots} gegunde percelen ({money(t.value, lang)}), {t.applicable} onder social return "
            f"({money(t.obligation, lang)}), {t.applicable_without_signal} daarvan zonder sociaal signaal; "
            f"{len(report.flags)} signalen, {unmapped} percelen zonder regelset"
        )
    return (
        f"sroi: {t.lots} awarded lots ({money(t.value, lang)}), {t.applicable} under social return "
        f"({money(t.obligation, lang)}), {t.applicable_without_signal} of them without a social signal; "
        f"{len(report.flags)} flags, {unmapped} lots without a rule set"
    )
