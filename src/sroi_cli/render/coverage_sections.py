"""The coverage report as titled tables of typed columns: what every coverage format lays out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sroi_cli.domain.coverage import CoverageReport, CoverageRow
from sroi_cli.render.cells import Column, Kind
from sroi_cli.render.texts import phrase

SHOWN_FLAGS = 200  # the formats people read show this many flags; json, csv and xlsx have all


@dataclass(frozen=True)
class Section:
    key: str  # a phrase key: the title, and the sheet's name in xlsx
    name: str  # a short machine name: csv block, xlsx sheet, html id
    columns: tuple[Column, ...]
    rows: Sequence[Any]
    total: int | None = None  # when only the first rows are shown: how many there are

    def title(self, lang: str) -> str:
        title = phrase(self.key, lang)
        if self.total is not None and self.total > len(self.rows):
            title += " " + phrase("cov_first", lang, shown=str(len(self.rows)), total=str(self.total))
        return title


def _signal_share(row: CoverageRow) -> Any:
    if not row.applicable:
        return None
    from decimal import Decimal

    return (Decimal(row.applicable - row.applicable_without_signal) / Decimal(row.applicable)).quantize(
        Decimal("0.0001")
    )


ROW_COLUMNS = (
    Column("cov_authority", Kind.TEXT, lambda r: r.authority),
    Column("cov_year", Kind.COUNT, lambda r: r.year),
    Column("cov_rules", Kind.TEXT, lambda r: r.rules),
    Column("cov_lots", Kind.COUNT, lambda r: r.lots),
    Column("cov_value", Kind.MONEY, lambda r: r.value),
    Column("cov_estimated", Kind.COUNT, lambda r: r.estimated),
    Column("cov_applicable", Kind.COUNT, lambda r: r.applicable),
    Column("cov_obligation", Kind.MONEY, lambda r: r.obligation),
    Column("cov_signal", Kind.COUNT, lambda r: r.signal),
    Column("cov_no_signal", Kind.COUNT, lambda r: r.applicable_without_signal),
    Column("cov_share_signal", Kind.SHARE, _signal_share),
    Column("cov_not_judged", Kind.COUNT, lambda r: r.not_judged),
)
FLAG_COLUMNS = (
    Column("cov_flag", Kind.TERM, lambda f: f.code),
    Column("cov_authority", Kind.TEXT, lambda f: f.authority),
    Column("cov_year", Kind.COUNT, lambda f: f.year),
    Column("cov_lot", Kind.TEXT, lambda f: f.lot),
    Column("cov_value", Kind.MONEY, lambda f: f.value),
    Column("cov_detail", Kind.TEXT, lambda f: f.detail),
    Column("cov_link", Kind.TEXT, lambda f: f.link),
)
PIPELINE_COLUMNS = (
    Column("cov_quarter", Kind.TEXT, lambda p: p.quarter),
    Column("cov_authority", Kind.TEXT, lambda p: p.authority),
    Column("cov_rules", Kind.TEXT, lambda p: p.rules),
    Column("cov_pipeline_lots", Kind.COUNT, lambda p: p.lots),
    Column("cov_value", Kind.MONEY, lambda p: p.value),
    Column("cov_applicable", Kind.COUNT, lambda p: p.applicable),
    Column("cov_obligation", Kind.MONEY, lambda p: p.obligation),
)
UNMAPPED_COLUMNS = (
    Column("cov_authority", Kind.TEXT, lambda u: u.authority),
    Column("cov_kvk", Kind.TEXT, lambda u: u.kvk),
    Column("cov_pipeline_lots", Kind.COUNT, lambda u: u.lots),
)
NOTE_COLUMNS = (
    Column("cov_lot", Kind.TEXT, lambda n: n.lot),
    Column("cov_field", Kind.TEXT, lambda n: n.field),
    Column("cov_default", Kind.TERM, lambda n: f"note_{n.field}"),
    Column("cov_where", Kind.TEXT, lambda n: str(n.place)),
)
TARGET_COLUMNS = (
    Column("tgt_id", Kind.TEXT, lambda t: t.id),
    Column("tgt_label", Kind.TEXT, lambda t: t.label),
    Column("tgt_measure", Kind.TERM, lambda t: t.measure),
    Column("cov_authority", Kind.TEXT, lambda t: t.authority),
    Column("tgt_deadline", Kind.DATE, lambda t: t.deadline),
    Column("tgt_target", Kind.NUMBER, lambda t: t.target),
    Column("tgt_actual", Kind.NUMBER, lambda t: t.actual),
    Column("tgt_share", Kind.SHARE, lambda t: t.share),
    Column("tgt_expected", Kind.NUMBER, lambda t: t.expected),
    Column("tgt_ahead", Kind.NUMBER, lambda t: t.ahead),
    Column("tgt_gap", Kind.NUMBER, lambda t: t.gap),
)
NOTE_COUNT_COLUMNS = (
    Column("cov_field", Kind.TEXT, lambda n: n.field),
    Column("cov_default", Kind.TERM, lambda n: f"note_{n.field}"),
    Column("cov_pipeline_lots", Kind.COUNT, lambda n: n.lots),
)
INPUT_COLUMNS = (
    Column("cov_file", Kind.TEXT, lambda i: i.path),
    Column("cov_pipeline_lots", Kind.COUNT, lambda i: i.lots),
    Column("cov_sha", Kind.TEXT, lambda i: i.sha256),
)


def total_row(report: CoverageReport, lang: str) -> CoverageRow:
    return report.totals.model_copy(update={"authority": phrase("cov_total", lang)})


def sections(report: CoverageReport, lang: str, notes: bool = True) -> list[Section]:
    """The report's tables in order, the targets first, empty ones left out; `notes`: every lot's
    defaults (else a count per field, for formats read by people)."""
    found = [
        Section("cov_sec_targets", "targets", TARGET_COLUMNS, report.targets),
        Section("cov_sec_rows", "coverage", ROW_COLUMNS, [*report.rows, total_row(report, lang)]),
        Section(
            "cov_sec_flags",
            "flags",
            FLAG_COLUMNS,
            report.flags[: None if notes else SHOWN_FLAGS],
            len(report.flags),
        ),
        Section("cov_sec_pipeline", "pipeline", PIPELINE_COLUMNS, report.pipeline),
        Section("cov_sec_unmapped", "unmapped", UNMAPPED_COLUMNS, report.unmapped),
        Section("cov_sec_notes", "defaults", NOTE_COLUMNS, report.notes)
        if notes
        else Section("cov_sec_notes", "defaults", NOTE_COUNT_COLUMNS, report.note_counts),
        Section("cov_sec_inputs", "input", INPUT_COLUMNS, report.input),
    ]
    return [s for s in found if s.rows]
