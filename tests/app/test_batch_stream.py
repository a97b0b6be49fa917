"""A batch's report as it is written: the same report as the whole one, made a contract at a time."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.app.batch import DEFAULT_GROUPS
from sroi_cli.domain.report import Detail
from sroi_cli.domain.stream import ReportStream
from sroi_cli.render import RenderOptions, get_renderer

YEAR = Path(__file__).parents[2] / "examples" / "contracts-2026.yaml"
AS_OF = dt.date(2026, 11, 23)
GROUPS = (*DEFAULT_GROUPS, ("supplier", "quarter"))


def _stream(detail: Detail = Detail.CONTRACTS) -> ReportStream:
    return use.batch_stream([YEAR], use.Settings(as_of=AS_OF), GROUPS, detail=detail)


@pytest.mark.parametrize("detail", list(Detail))
def test_the_totals_of_the_stream_are_those_of_the_whole_report(detail: Detail) -> None:
    whole = use.batch([YEAR], use.Settings(as_of=AS_OF), GROUPS, detail=detail)
    stream = _stream(detail)
    contracts = tuple(stream.contracts())
    assert contracts == whole.contracts
    assert stream.report() == whole.model_copy(update={"contracts": ()})
    assert stream.report(contracts) == whole
    assert stream.worst == max(c.worst_level() for c in whole.contracts)


def test_the_contracts_are_made_once_and_the_totals_only_after_them() -> None:
    stream = _stream()
    with pytest.raises(RuntimeError):
        stream.report()  # nothing is through yet: no totals to give
    first = next(stream.contracts())
    assert stream.totals.sums.contracts == 1  # counted as it passed, not before
    assert first.id
    with pytest.raises(RuntimeError):
        next(stream.contracts())  # a second writer would see an empty batch: refused instead


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_streamed_format_writes_what_the_whole_report_writes(fmt: str, tmp_path: Path) -> None:
    import io

    renderer = get_renderer(fmt)
    options = RenderOptions(lang="nl")
    written = {}
    for name, report in (("whole", _stream().collect()), ("stream", _stream())):
        out = io.StringIO()
        renderer.render(report, out, options)
        written[name] = out.getvalue()
    assert written["stream"] == written["whole"]
    if fmt == "json":
        assert json.loads(written["stream"])["summary"]["contracts"] > 2


def test_a_streamed_workbook_holds_the_cells_of_the_whole_one(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    renderer = get_renderer("xlsx")
    books = {}
    for name, report in (
        ("whole", _stream(Detail.CONTRIBUTIONS).collect()),
        ("stream", _stream(Detail.CONTRIBUTIONS)),
    ):
        path = tmp_path / f"{name}.xlsx"
        with path.open("wb") as out:
            renderer.render(report, out, RenderOptions(lang="en"))
        book = load_workbook(path)
        books[name] = {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets}
    assert books["stream"] == books["whole"]
    assert len(books["stream"]["Contributions"]) > 3  # the rows written between the contracts' rows
    assert len(books["stream"]["Findings"]) > 2


def test_a_contract_is_evaluated_when_the_writer_asks_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = importlib.import_module("sroi_cli.app.batch")  # the module (`app.batch` is its function)
    made: list[str] = []
    real = batch.assess

    def counting(contract, *args):  # type: ignore[no-untyped-def]
        made.append(contract.id)
        return real(contract, *args)

    monkeypatch.setattr(batch, "assess", counting)
    said: list[tuple[int, int]] = []
    stream = use.batch_stream([YEAR], use.Settings(as_of=AS_OF), progress=lambda d, t: said.append((d, t)))
    assert made == []  # read and checked, nothing evaluated yet
    contracts = stream.contracts()
    first = next(contracts)
    assert made == [first.id]  # one asked for, one made: the rest waits
    rest = list(contracts)
    assert made == [first.id, *(c.id for c in rest)]
    assert said[-1] == (len(made), len(made))  # the progress bar ends full
