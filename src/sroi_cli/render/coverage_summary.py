"""The one line `sroi coverage` writes on stderr after the report."""

from __future__ import annotations

from sroi_cli.domain.coverage import CoverageReport
from sroi_cli.render.fmt import money

# (one, many) per language: the line's counted nouns agree with their number
_NOUNS = {
    "en": {"lots": ("lot", "lots"), "flags": ("flag", "flags")},
    "nl": {"lots": ("perceel", "percelen"), "flags": ("signaal", "signalen")},
}


def _n(count: int, noun: str, lang: str) -> str:
    one, many = _NOUNS[lang][noun]
    return f"{count} {one if count == 1 else many}"


def summary_line(report: CoverageReport, lang: str) -> str:
    t = report.totals
    unmapped = sum(u.lots for u in report.unmapped)
    lang = lang if lang in _NOUNS else "en"
    if lang == "nl":
        awarded = _n(t.lots, "lots", lang).replace(" ", " gegunde ", 1)
        return (
            f"sroi: {awarded} ({money(t.value, lang)}), {t.applicable} onder social return "
            f"({money(t.obligation, lang)}), {t.applicable_without_signal} daarvan zonder sociaal signaal; "
            f"{_n(len(report.flags), 'flags', lang)}, {_n(unmapped, 'lots', lang)} zonder regelset"
        )
    awarded = _n(t.lots, "lots", lang).replace(" ", " awarded ", 1)
    return (
        f"sroi: {awarded} ({money(t.value, lang)}), {t.applicable} under social return "
        f"({money(t.obligation, lang)}), {t.applicable_without_signal} of them without a social signal; "
        f"{_n(len(report.flags), 'flags', lang)}, {_n(unmapped, 'lots', lang)} without a rule set"
    )
