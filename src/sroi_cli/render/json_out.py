"""JSON: the reference format (`sroi.report/1`); money and shares as strings, texts in the chosen language."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

from pydantic import BaseModel
from pydantic_core import to_json

from sroi_cli.domain.report import ContractResult, Finding, Report
from sroi_cli.domain.trace import Step
from sroi_cli.render import RenderOptions
from sroi_cli.render.sections import Section
from sroi_cli.render.texts import phrase


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
    return [{**f, "message": phrase(m.code, lang, **m.params)} for m, f in zip(models, findings, strict=True)]


def _portfolio_texts(report: Report, data: dict[str, Any], lang: str) -> None:
    """A portfolio's own findings (across contracts) and errors (`--keep-going`), said in `lang`."""
    data["findings"] = _said(report.findings, data["findings"], lang)
    data["errors"] = _said(report.errors, data["errors"], lang)
    data["lang"] = lang


def report_json(obj: BaseModel, lang: str) -> dict[str, Any]:
    """The JSON document for a report (or one contract), with every text said in `lang`."""
    data = obj.model_dump(mode="json", by_alias=True)
    if isinstance(obj, Report):
        data["contracts"] = [
            _contract(m, c, lang) for m, c in zip(obj.contracts, data["contracts"], strict=True)
        ]
        _portfolio_texts(obj, data, lang)
    elif isinstance(obj, ContractResult):
        data = _contract(obj, data, lang)
    return data


def dumps(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, byte for byte, made in Rust: 100.000
    contracts are half a gigabyte of JSON, which Python's own indenting encoder writes slowly."""
    return to_json(data, indent=2).decode()


def render(obj: BaseModel, out: TextIO, options: RenderOptions, fmt: str = "json") -> None:
    if isinstance(obj, Report):
        _render_report(obj, out, options.lang)
    elif isinstance(obj, ContractResult):  # `explain -f json`: one contract, marked as sroi's own
        out.write(dumps({"schema": EXPLAIN_MARK, **report_json(obj, options.lang)}))
    else:
        out.write(dumps(report_json(obj, options.lang)))
    out.write("\n")


EXPLAIN_MARK = "sroi.explain/1"

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}
_SLOT = "\x00contracts\x00"  # where the contracts go, in a document written without them
_CHUNK = 500  # contracts made JSON at a time
_OPEN, _CLOSE = b'{\n  "c": [\n', b"\n  ]\n}"
FORK_FROM = 20_000  # contracts; below this a second process costs more than it saves


def _render_report(report: Report, out: TextIO, lang: str) -> None:
    """The report as `report_json` makes it, a few contracts at a time: never all of it in memory."""
    head = report.model_dump(mode="json", by_alias=True, exclude={"contracts"})
    data: dict[str, Any] = {}
    for name, info in Report.model_fields.items():
        key = info.alias or name
        data[key] = _SLOT if name == "contracts" else head[key]
    _portfolio_texts(report, data, lang)
    before, after = dumps(data).split(dumps(_SLOT), 1)
    out.write(before)
    if not report.contracts:
        out.write("[]")
    else:
        out.write("[\n")
        for piece in _contracts_json(report.contracts, lang):
            _write(out, piece)
        out.write("\n  ]")
    out.write(after)


def _chunk_json(contracts: tuple[ContractResult, ...], lang: str) -> bytes:
    """Contracts as the report nests them ({"c": [...]} puts each one four spaces in), cut out."""
    chunk = [_contract(c, c.model_dump(mode="json", by_alias=True), lang) for c in contracts]
    return to_json({"c": chunk}, indent=2)[len(_OPEN) : -len(_CLOSE)]


def _pieces(contracts: tuple[ContractResult, ...], lang: str) -> Iterator[bytes]:
    for first in range(0, len(contracts), _CHUNK):
        text = _chunk_json(contracts[first : first + _CHUNK], lang)
        yield text if first == 0 else b",\n" + text


def _contracts_json(contracts: tuple[ContractResult, ...], lang: str) -> Iterator[bytes]:
    """The contracts' JSON, piece by piece. A big report's second half is made at the same time
    by a forked copy of this process, on the second core, into a temporary file."""
    if not _may_fork(len(contracts)):
        yield from _pieces(contracts, lang)
        return
    middle = len(contracts) // 2
    with tempfile.TemporaryFile() as spool:
        child: int | None = _fork_writer(contracts[middle:], lang, spool)
        try:
            yield from _pieces(contracts[:middle], lang)
            assert child is not None
            done, child = _reap(child), None
            if not done:  # the copy failed (a full disk, say): make the second half here
                yield from (
                    b",\n" + piece if i == 0 else piece
                    for i, piece in enumerate(_pieces(contracts[middle:], lang))
                )
                return
            spool.seek(0)
            yield b",\n"
            while block := spool.read(2**22):
                yield block
        finally:
            if child is not None:  # this side failed: stop the copy too
                os.kill(child, signal.SIGTERM)
                _reap(child)


def _may_fork(count: int) -> bool:
    if count < max(2, FORK_FROM) or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return False  # fork is safe where nothing else runs; elsewhere spawn would cost too much
    return len(os.sched_getaffinity(0)) > 1


def _fork_writer(contracts: tuple[ContractResult, ...], lang: str, spool: BinaryIO) -> int:
    pid = os.fork()
    if pid:
        return pid
    status = 1  # the child: write, then leave at once, running nothing of the parent's
    try:
        for piece in _pieces(contracts, lang):
            spool.write(piece)
        spool.flush()
        status = 0
    finally:
        os._exit(status)


def _reap(pid: int) -> bool:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


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
