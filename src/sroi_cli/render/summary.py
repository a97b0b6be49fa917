"""The one-line summary that closes every run on stderr."""

from __future__ import annotations

from sroi_cli.domain.args import Money
from sroi_cli.domain.report import Report
from sroi_cli.render.texts import counted, phrase, verdict_name


def summary_line(report: Report, lang: str) -> str:
    s = report.summary
    verdicts = ", ".join(f"{n} {verdict_name(v, lang)}" for v, n in s.by_verdict.items()) or "-"
    return phrase(
        "summary",
        lang,
        contracts=counted("n_contracts", s.contracts, lang),
        applicable=str(s.applicable),
        obligation=Money(s.obligation),
        realised=Money(s.realised),
        shortfall=Money(s.shortfall),
        verdicts=verdicts,
    )
