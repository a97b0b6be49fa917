"""Fuzzing: generated YAML, CSV and workbooks (valid and broken) end in a report or located errors.

The documents are valid portfolios (every bundled rule set, its own blocks and fields) with none,
one or two mutations (strategies.mutated_portfolio): most still reach a report, so the invariants
run (`python -m tests.fuzz.measure` counts how many: 0 of 1.000 did with the old, mostly broken
documents, which `test_yaml_broken` still draws). Each document is also run through the CLI:
exit code in the documented set, no traceback, the report file whole (it parses) or absent, no
BSN on any output, money consistent. Run longer with `python scripts/fuzz.py --minutes 10`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sroi_cli import app as use
from sroi_cli.catalogue import error_lines
from sroi_cli.domain.errors import SroiError
from sroi_cli.domain.privacy import find_bsn
from sroi_cli.domain.report import Report
from sroi_cli.render.json_out import report_json

from .measure import reach
from .strategies import mutated_portfolio, portfolio

AS_OF = dt.date(2026, 11, 23)
# the suite runs a short round; scripts/fuzz.py raises this for long runs
EXAMPLES = int(os.environ.get("SROI_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def outcome(path: Path) -> Report | SroiError:
    """The only two outcomes allowed: a report, or an SroiError whose every line names a place."""
    try:
        return use.check([path], use.Settings(as_of=AS_OF))
    except SroiError as error:
        lines = error_lines(error)
        # every line names the file (or, for a CSV pair, its partner in the same folder)
        assert lines and all(line.startswith(str(path.parent)) for line in lines), lines
        assert not any(find_bsn(line) for line in lines)
        return error


def invariants(report: Report) -> None:
    for c in report.contracts:
        assert c.realised >= 0 and c.obligation >= 0 and c.penalty <= c.shortfall
        assert c.shortfall == max(Decimal(0), c.obligation - c.realised)
    for figure in ("obligation", "realised", "shortfall", "penalty"):
        assert getattr(report.summary, figure) == sum(getattr(c, figure) for c in report.contracts)
    data = report_json(report, "nl")
    assert json.loads(json.dumps(data)) == data


def check(path: Path) -> None:
    result = outcome(path)
    if isinstance(result, Report):
        invariants(result)
    cli(path, isinstance(result, Report))


EXIT_CODES = {0, 1, 3, 4}  # evaluated, evaluated at --fail-on, bad input, bad rules (design §2)
BSN_FORMS = re.compile(r"123\D?456\D?782|1\.23456782")


def cli(path: Path, evaluated: bool) -> None:
    """The same file through `sroi check -f json -o FILE`: the outcome a user sees."""
    from typer.testing import CliRunner

    from sroi_cli.cli import app

    out = path.parent / "report.json"
    out.unlink(missing_ok=True)
    args = ["check", str(path), "--as-of", AS_OF.isoformat(), "-f", "json", "-o", str(out), "--lang", "nl"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in EXIT_CODES, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert BSN_FORMS.search(result.output) is None
    if result.exit_code in (0, 1):
        assert evaluated
        data = json.loads(out.read_text(encoding="utf-8"))  # whole: it parses
        assert BSN_FORMS.search(out.read_text(encoding="utf-8")) is None
        total = sum(Decimal(c["realised"]) for c in data["contracts"])
        assert Decimal(data["summary"]["realised"]) == total
    else:
        assert not evaluated and not out.exists()  # nothing evaluated, nothing written


def plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


@FUZZ
@given(mutated_portfolio())
def test_yaml(tmp_path_factory: Any, doc: dict[str, Any]) -> None:
    path = tmp_path_factory.mktemp("yaml") / "input.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    check(path)


@FUZZ
@given(portfolio())
def test_yaml_broken(tmp_path_factory: Any, doc: dict[str, Any]) -> None:
    """Mostly broken documents: every path to a located error."""
    path = tmp_path_factory.mktemp("yaml") / "input.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    check(path)


def test_most_documents_reach_a_report() -> None:
    """The invariants above run only on a report: most generated documents must make one."""
    counts = reach(mutated_portfolio(), 200)
    assert counts["report"] >= 0.6 * sum(counts.values()), counts
    assert counts["input error"] > 0  # and the mutations still reach the error paths


@FUZZ
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_yaml_noise(tmp_path_factory: Any, data: bytes) -> None:
    path = tmp_path_factory.mktemp("noise") / "noise.yaml"
    path.write_bytes(data)
    check(path)


@FUZZ
@given(mutated_portfolio(), st.sampled_from([",", ";"]))
def test_csv(tmp_path_factory: Any, doc: dict[str, Any], delimiter: str) -> None:
    folder = tmp_path_factory.mktemp("csv")
    for name, rows in (("contracts.csv", doc["contracts"]), ("contributions.csv", doc["contributions"])):
        fields = sorted({k for row in rows for k in row}) or ["id"]
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=fields, delimiter=delimiter)
        writer.writeheader()
        writer.writerows({k: plain(v) for k, v in row.items()} for row in rows)
        (folder / name).write_text(out.getvalue(), encoding="utf-8")
    check(folder / "contracts.csv")


@settings(
    max_examples=max(EXAMPLES // 3, 10),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mutated_portfolio())
def test_xlsx(tmp_path_factory: Any, doc: dict[str, Any]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for title, rows in (("Contracten", doc["contracts"]), ("Bijdragen", doc["contributions"])):
        sheet = book.create_sheet(title)
        fields = sorted({k for row in rows for k in row}) or ["id"]
        sheet.append(fields)
        for row in rows:
            sheet.append([_cell(row.get(f)) for f in fields])
    path = tmp_path_factory.mktemp("xlsx") / "input.xlsx"
    book.save(path)
    check(path)


def _cell(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # Excel cannot hold control characters at all
        return "'" + value if value.startswith("=") else value  # keep a typed formula as text
    return value
