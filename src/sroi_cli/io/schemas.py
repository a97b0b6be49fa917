"""JSON Schemas (draft 2020-12) of the files sroi reads: the YAML input and the rule files.

Both are generated from the Pydantic models. The input schema is then widened to what the readers
accept, so an editor never flags a value sroi takes (`€ 1.250.000,00`, `5%`, `31-12-2026`,
`werken`, `ja`). A rule file that `extends` another states only differences, so it is checked
against a partial schema: the same keys, none required but its identity (schema, id, version,
valid_from, extends).
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic.json_schema import models_json_schema

from sroi_cli.domain.inputs import Contract, Contribution
from sroi_cli.domain.rules import RuleSet
from sroi_cli.io import values as v

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_REFS = "#/$defs/{model}"
_DMY = r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$"
_YES_NO = ["ja", "nee", "yes", "no", "j", "n", "y", "true", "false", "waar", "onwaar", "x", "1", "0"]
_ALIASES = {
    "ContractType": v.CONTRACT_TYPES,
    "ContractStatus": v.CONTRACT_STATUSES,
    "ContributionStatus": v.CONTRIBUTION_STATUSES,
}
_IDENTITY = ["schema", "id", "version", "valid_from", "extends"]


def input_schema() -> dict[str, Any]:
    """`contracts:` and `contributions:` lists, or one `contract:` with its `contributions:` nested."""
    records: list[Any] = [(Contract, "validation"), (Contribution, "validation")]  # Pydantic dataclasses
    _, top = models_json_schema(records, ref_template=_REFS)
    defs = top["$defs"]
    nested = copy.deepcopy(defs["Contribution"])
    nested["required"] = [k for k in nested.get("required", []) if k != "contract"]
    nested["title"] = "Contribution of the one contract (contract may be left out)"
    single = copy.deepcopy(defs["Contract"])
    single["properties"]["contributions"] = _list_of("NestedContribution")
    single["title"] = "Contract with its contributions"
    defs |= {"NestedContribution": nested, "SingleContract": single}
    for name, aliases in _ALIASES.items():
        defs[name]["enum"] = list(dict.fromkeys([*defs[name]["enum"], *aliases]))
    for name in (
        "Contract",
        "Contribution",
        "NestedContribution",
        "SingleContract",
        "Agreed",
        "Pso",
        "Declared",
    ):
        for prop in defs[name]["properties"].values():
            _widen(prop)
    return {
        "$schema": DRAFT,
        "title": "sroi input file",
        "description": "Contracts and their social-return contributions (sroi design §3.1).",
        "type": "object",
        "properties": {
            "contracts": _list_of("Contract"),
            "contributions": _list_of("Contribution"),
            "contract": {"$ref": "#/$defs/SingleContract"},
        },
        "additionalProperties": False,
        "anyOf": [{"required": ["contracts"]}, {"required": ["contract"]}],
        "$defs": defs,
    }


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}


def _widen(node: dict[str, Any]) -> None:
    """One property made as lenient as its reader: free-form numbers, Dutch dates, yes/no, numbers as text."""
    for branch in node.get("anyOf", []):
        if branch.get("type") == "string" and "pattern" in branch:
            del branch["pattern"]  # a Decimal: `€ 1.250.000,00` and `5%` are read too
        _widen(branch)
    if node.get("format") == "date":
        del node["format"]
        node["anyOf"] = [{"format": "date"}, {"pattern": _DMY}]
    elif node.get("type") == "boolean":
        del node["type"]
        node["anyOf"] = [{"type": "boolean"}, {"type": "string", "enum": _YES_NO}]
    elif node.get("type") == "array" and node.get("items", {}).get("type") == "string":
        del node["type"]
        items = node.pop("items", {})
        node["anyOf"] = [{"type": "array", "items": items}, {"type": "string"}]  # `a, b` is a list too
    elif node.get("type") == "string" and "enum" not in node:
        node["type"] = ["string", "number"]  # an id typed as a number is read as text


def rules_schema() -> dict[str, Any]:
    """A complete rule file, or (with `extends`) a partial one stating only what differs."""
    full = RuleSet.model_json_schema(mode="validation", ref_template=_REFS)
    defs = full.pop("$defs")
    for key in ("sha256", "path", "eu_table"):  # filled in by the loader, never written in a file
        full["properties"].pop(key, None)
    full["additionalProperties"] = False
    defs["RuleSet"] = full
    partial = {f"{name}Partial": _partial(schema) for name, schema in defs.items()}
    partial["RuleSetPartial"]["required"] = _IDENTITY
    partial["RuleSetPartial"]["properties"]["extends"] = {"type": "string", "pattern": "^[a-z0-9-]+@.+$"}
    return {
        "$schema": DRAFT,
        "title": "sroi rule file (sroi.rules/1)",
        "description": "One version of a rule set. A file with `extends: id@version` states only what "
        "differs from that version and is checked as a partial file: the same keys, none required but "
        "schema, id, version, valid_from and extends.",
        "if": {"properties": {"extends": {"type": "string"}}, "required": ["extends"]},
        "then": {"$ref": "#/$defs/RuleSetPartial"},
        "else": {"$ref": "#/$defs/RuleSet"},
        "$defs": defs | partial,
    }


def _partial(schema: dict[str, Any]) -> Any:
    """The same shape with nothing required; a block need not repeat its `method` to change a value."""
    if isinstance(schema, list):
        return [_partial(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("required", "discriminator"):
            continue
        if key == "$ref":
            out[key] = f"{value}Partial"
        elif key == "oneOf":
            out["anyOf"] = _partial(value)
        elif key == "properties":
            out[key] = {name: _partial(prop) for name, prop in value.items()}  # property names stay
        else:
            out[key] = _partial(value)
    return out
