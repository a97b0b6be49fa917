"""JSON: the reference format (`sroi.report/1`); money and shares as strings, texts in the chosen language."""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Iterator
from typing import Any, TextIO

import orjson
from pydantic import BaseModel, TypeAdapter

from sroi_cli.domain.report import ContractResult, Finding, Report, Sums
from sroi_cli.domain.stream import ReportStream
from sroi_cli.domain.trace import Step
from sroi_cli.render import RenderOptions
from sroi_cli.render.json_contract import Sayer, contract_data
from sroi_cli.render.sections import Section
from sroi_cli.render.texts import finding_sentence, phrase


def _step(step: Step, lang: str) -> dict[str, Any]:
    return {
        "step": step.key,
        "text": phrase(step.key, lang, **step.params),
        "rule": step.rule,
        "source": step.source,
    }


def _contract(model: ContractResult, data: dict[str, Any], lang: str) -> dict[str, Any]:
    """The contract's JSON `data` with its texts said in `lang` from its typed parameters."""
    data["reason"] = phrase(model.reason.key, lang, **model.reason.params)
    data["reason_code"] = model.reason.key
    data["findings"] = _said(model.findings, data["findings"], lang)
    data["trace"] = [_step(s, lang) for s in model.trace]
    return data


def _said(models: tuple[Finding, ...], findings: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    return [
        {**f, "message": finding_sentence(m.code, m.params, lang)}
        for m, f in zip(models, findings, strict=True)
    ]


def _portfolio_texts(report: Report, data: dict[str, Any], lang: str) -> None:
    """A portfolio's own findings (across contracts) and errors (`--keep-going`), said in `lang`."""
    data["findings"] = _said(report.findings, data["findings"], lang)
    data["errors"] = _said(report.errors, data["errors"], lang)
    data["lang"] = lang


@functools.cache
def _contract_adapter() -> TypeAdapter[ContractResult]:
    return TypeAdapter(ContractResult)


def report_json(obj: BaseModel | ContractResult, lang: str) -> dict[str, Any]:
    """The JSON document for a report (or one contract), with every text said in `lang`."""
    if isinstance(obj, ContractResult):  # a lean dataclass, dumped by its annotations
        return _contract(obj, _contract_adapter().dump_python(obj, mode="json"), lang)
    data = obj.model_dump(mode="json", by_alias=True)
    if isinstance(obj, Report):
        data["contracts"] = [
            _contract(m, c, lang) for m, c in zip(obj.contracts, data["contracts"], strict=True)
        ]
        _portfolio_texts(obj, data, lang)
    return data


def dumps(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, byte for byte, made by orjson: 100.000
    contracts are half a gigabyte of JSON, which Python's own indenting encoder writes slowly."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()


def render(
    obj: BaseModel | ContractResult | ReportStream, out: TextIO, options: RenderOptions, fmt: str = "json"
) -> None:
    if isinstance(obj, Report | ReportStream):
        _render_report(obj, out, options.lang)
    elif isinstance(obj, ContractResult):  # `explain -f json`: one contract, marked as sroi's own
        out.write(dumps({"schema": EXPLAIN_MARK, **report_json(obj, options.lang)}))
    else:
        out.write(dumps(report_json(obj, options.lang)))
    out.write("\n")


EXPLAIN_MARK = "sroi.explain/1"
STREAMS = True  # a batch's contracts are written as they come (domain/stream.py)

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}
_SLOT = "\x00contracts\x00"  # where the contracts go, in a document written without them
_CHUNK = 500  # contracts made JSON at a time
_OPEN, _CLOSE = b'{\n  "c": [\n', b"\n  ]\n}"


def _render_report(report: Report | ReportStream, out: TextIO, lang: str) -> None:
    """The report as `report_json` makes it, a few contracts at a time: never all of it in memory.
    A batch's (`ReportStream`): the contracts as they are evaluated, then the totals after them."""
    if isinstance(report, ReportStream):
        head = Report(as_of=report.as_of, input=report.input, contracts=(), summary=Sums().done())
        before, _ = _around(head, lang)
        out.write(before)
        _contracts(out, report.contracts(), lang)
        out.write(_around(report.report(), lang)[1])
        return
    before, after = _around(report, lang)
    out.write(before)
    _contracts(out, iter(report.contracts), lang)
    out.write(after)


def _around(report: Report, lang: str) -> tuple[str, str]:
    """The document without its contracts: the text before the list and the text after it. What
    comes before (the marker, the date, the inputs) is known before any contract is evaluated."""
    head = report.model_dump(mode="json", by_alias=True, exclude={"contracts"})
    data: dict[str, Any] = {}
    for name, info in Report.model_fields.items():
        key = info.alias or name
        data[key] = _SLOT if name == "contracts" else head[key]
    _portfolio_texts(report, data, lang)
    before, after = dumps(data).split(dumps(_SLOT), 1)
    return before, after


def _contracts(out: TextIO, contracts: Iterator[ContractResult], lang: str) -> None:
    first = True
    for piece in _pieces(contracts, lang):
        _write(out, b"[\n" + piece if first else piece)
        first = False
    out.write("[]" if first else "\n  ]")


def _pieces(contracts: Iterator[ContractResult], lang: str) -> Iterator[bytes]:
    """The contracts' JSON as the report nests them ({"c": [...]} puts each one four spaces in),
    a chunk at a time; each distinct sentence is said once for the whole report."""
    said = Sayer(lang)
    first = True
    while chunk := [contract_data(c, said) for c in itertools.islice(contracts, _CHUNK)]:
        text = orjson.dumps({"c": chunk}, option=orjson.OPT_INDENT_2)[len(_OPEN) : -len(_CLOSE)]
        yield text if first else b",\n" + text
        first = False


def _write(out: TextIO, data: bytes) -> None:
    """UTF-8 JSON straight to the bytes under a text stream (no decoding and encoding half a
    gigabyte), else as text: a StringIO, another encoding, or a system that writes \\r\\n."""
    buffer = getattr(out, "buffer", None)
    encoding = (getattr(out, "encoding", "") or "").lower().replace("-", "")
    if buffer is not None and encoding == "utf8" and os.linesep == "\n":
        out.flush()
        buffer.write(data)
    else:
        out.write(data.decode())
