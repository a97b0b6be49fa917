"""The one-line summary that closes every run on stderr."""

from __future__ import annotations

from sroi_cli.domain.money import money_str
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
        obligation="€" + money_str(s.obligation),
        realised="€" + money_str(s.realised),
        shortfall="€" + money_str(s.shortfall),
        verdicts=verdicts,
    )
