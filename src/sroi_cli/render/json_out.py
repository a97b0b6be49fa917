"""JSON: the reference format (`sroi.report/1`); money and shares as strings, texts in the chosen language."""

from __future__ import annotations

import os
from typing import Any, TextIO

from pydantic import BaseModel
from pydantic_core import to_json

from sroi_cli.domain.report import ContractResult, Report
from sroi_cli.render import RenderOptions
from sroi_cli.render.texts import phrase


def _step(step: dict[str, Any], lang: str) -> dict[str, Any]:
    return {
        "step": step["key"],
        "text": phrase(step["key"], lang, **step["params"]),
        "rule": step["rule"],
        "source": step["source"],
    }


def _contract(data: dict[str, Any], lang: str) -> dict[str, Any]:
    reason = data["reason"]
    data["reason"] = phrase(reason["key"], lang, **reason["params"])
    data["reason_code"] = reason["key"]
    data["findings"] = [{**f, "message": phrase(f["code"], lang, **f["params"])} for f in data["findings"]]
    data["trace"] = [_step(s, lang) for s in data["trace"]]
    return data


def report_json(obj: BaseModel, lang: str) -> dict[str, Any]:
    """The JSON document for a report (or one contract), with every text said in `lang`."""
    data = obj.model_dump(mode="json", by_alias=True)
    if isinstance(obj, Report):
        data["contracts"] = [_contract(c, lang) for c in data["contracts"]]
        data["lang"] = lang
    elif isinstance(obj, ContractResult):
        data = _contract(data, lang)
    return data


def dumps(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, byte for byte, made in Rust: 100.000
    contracts are half a gigabyte of JSON, which Python's own indenting encoder writes slowly."""
    return to_json(data, indent=2).decode()


def render(obj: BaseModel, out: TextIO, options: RenderOptions, fmt: str = "json") -> None:
    if isinstance(obj, Report):
        _render_report(obj, out, options.lang)
    else:
        out.write(dumps(report_json(obj, options.lang)))
    out.write("\n")


_SLOT = "\x00contracts\x00"  # where the contracts go, in a document written without them
_CHUNK = 500  # contracts made JSON at a time
_OPEN, _CLOSE = b'{\n  "c": [\n', b"\n  ]\n}"


def _render_report(report: Report, out: TextIO, lang: str) -> None:
    """The report as `report_json` makes it, a few contracts at a time: never all of it in memory."""
    head = report.model_dump(mode="json", by_alias=True, exclude={"contracts"})
    data: dict[str, Any] = {}
    for name, info in Report.model_fields.items():
        key = info.alias or name
        data[key] = _SLOT if name == "contracts" else head[key]
    data["lang"] = lang
    before, after = dumps(data).split(dumps(_SLOT), 1)
    out.write(before)
    contracts = report.contracts
    if not contracts:
        out.write("[]")
    else:
        out.write("[\n")
        for first in range(0, len(contracts), _CHUNK):
            chunk = [
                _contract(c.model_dump(mode="json", by_alias=True), lang)
                for c in contracts[first : first + _CHUNK]
            ]
            # Nested as deep as in the report ({"c": [...]} puts each contract four spaces in),
            # then cut out of that wrapper.
            text = to_json({"c": chunk}, indent=2)[len(_OPEN) : -len(_CLOSE)]
            _write(out, text if first == 0 else b",\n" + text)
        out.write("\n  ]")
    out.write(after)


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
