"""`sroi schema`: the JSON Schema of the input file, the JSON report or a rule file."""

from __future__ import annotations

from typing import Any

KINDS = ("input", "report", "rules")


def json_schema(kind: str) -> dict[str, Any]:
    """The schema of `kind` (one of KINDS), for editors and CI."""
    if kind == "report":
        from sroi_cli.render.report_schema import report_schema

        return report_schema()
    from sroi_cli.io.schemas import input_schema, rules_schema

    return input_schema() if kind == "input" else rules_schema()
