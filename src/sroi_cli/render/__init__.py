"""Output formats behind one interface: each module renders the report model to a stream."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MD = "md"
    XLSX = "xlsx"
    HTML = "html"


class CsvDialect(StrEnum):
    """How a CSV report is written: for Excel in a Dutch or an English locale, or for programs."""

    EXCEL_NL = "excel-nl"  # `;`, decimal comma, UTF-8 BOM, CRLF: Dutch Excel splits it on a double-click
    EXCEL = "excel"  # `,`, decimal point, UTF-8 BOM, CRLF: English-locale Excel
    RFC4180 = "rfc4180"  # `,`, decimal point, no BOM, CRLF: for programs; shares as exact fractions


def default_dialect(lang: str) -> CsvDialect:
    """The dialect a CSV in this language is written in unless --csv-dialect says otherwise."""
    return CsvDialect.EXCEL_NL if lang == "nl" else CsvDialect.RFC4180


@dataclass(frozen=True)
class RenderOptions:
    lang: str = "en"
    color: bool = False
    width: int | None = None  # the terminal's columns; None: not a terminal (pipe or file)
    csv_dialect: CsvDialect | None = None  # None: the language's default (default_dialect)

    @property
    def dialect(self) -> CsvDialect:
        return self.csv_dialect or default_dialect(self.lang)


class Renderer(Protocol):
    @property
    def binary(self) -> bool: ...

    @property
    def streams(self) -> bool: ...

    def render(self, obj: Any, out: Any, options: RenderOptions) -> None: ...


# format -> module in this package; a module is imported only when its format is asked for
REPORT_RENDERERS: dict[str, str] = {
    "table": "table",
    "json": "json_out",
    "csv": "csv_out",
    "md": "md",
    "xlsx": "xlsx",
    "html": "html",
}
COVERAGE_RENDERERS: dict[str, str] = {
    "table": "coverage_text",
    "json": "coverage_text",
    "csv": "coverage_text",
    "md": "coverage_text",
    "xlsx": "coverage_xlsx",
    "html": "coverage_html",
}
EXPLAIN_RENDERERS: dict[str, str] = {
    "table": "explain",
    "md": "explain",
    "json": "json_out",
}
PLAN_RENDERERS: dict[str, str] = {
    "table": "plan_view",
    "md": "plan_view",
    "json": "plan_view",
}
BANEN_RENDERERS: dict[str, str] = {
    "table": "banen_view",
    "md": "banen_view",
    "json": "banen_view",
}
RULES_RENDERERS: dict[str, str] = {
    "table": "rules_view",
    "json": "rules_view",
}
VALIDATION_RENDERERS: dict[str, str] = {
    "text": "validation",
    "json": "validation",
    "junit": "junit",
    "github": "github",
}
RULES_TEST_RENDERERS: dict[str, str] = {
    "text": "rules_test_view",
    "json": "rules_test_view",
}
RULES_DIFF_RENDERERS: dict[str, str] = {
    "table": "rules_diff_view",
    "json": "rules_diff_view",
}
SCHEMA_RENDERERS: dict[str, str] = {
    "json": "data_json",
}


@dataclass(frozen=True)
class _Module:
    module: Any
    fmt: str

    @property
    def binary(self) -> bool:
        return bool(getattr(self.module, "BINARY", False))

    @property
    def streams(self) -> bool:
        """Whether it writes a batch's contracts as they come (`ReportStream`), else it is given the
        whole report."""
        return bool(getattr(self.module, "STREAMS", False))

    def render(self, obj: Any, out: Any, options: RenderOptions) -> None:
        self.module.render(obj, out, options, self.fmt)


def get_renderer(fmt: str, table: dict[str, str] | None = None) -> Renderer:
    """The renderer of `fmt` from `table` (the report formats by default), imported lazily."""
    modules = REPORT_RENDERERS if table is None else table
    module = importlib.import_module(f"{__name__}.{modules[fmt]}")
    return _Module(module, fmt)
