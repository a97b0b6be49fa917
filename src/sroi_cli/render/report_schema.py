"""The JSON Schema of `sroi check -f json`: the schema of the JSON view's models (render/report_view.py),
the same models the JSON writer dumps. Every object is closed (no other keys), so a test that
validates real output against this schema notices any drift.
"""

from __future__ import annotations

from typing import Any

from sroi_cli.render.report_view import ReportedReport

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def report_schema() -> dict[str, Any]:
    schema = ReportedReport.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
    for node in [schema, *schema.get("$defs", {}).values()]:
        if "properties" in node:
            node["additionalProperties"] = False
    schema["title"] = "sroi report (sroi.report/1), as `sroi check --format json` writes it"
    return {"$schema": DRAFT, **schema}
