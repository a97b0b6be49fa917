"""JSON: the reference format (`sroi.report/1`); money and shares as strings, texts in the chosen language."""

from __future__ import annotations

import json
from typing import Any, TextIO

from pydantic import BaseModel

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


def render(obj: BaseModel, out: TextIO, options: RenderOptions, fmt: str = "json") -> None:
    json.dump(report_json(obj, options.lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
