"""Read a programme's targets (`--targets programme.yaml`) strictly, each problem at its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem, Words
from sroi_cli.domain.location import Location, at_line
from sroi_cli.domain.targets import Measure, Programme
from sroi_cli.io.records import show
from sroi_cli.io.yamlsafe import YList, YMap


def load_targets(path: Path, allowed: frozenset[Measure] | None = None) -> Programme:
    """The programme, its targets validated; a measure the command cannot count is refused."""
    from sroi_cli.io.files import read_yaml_doc

    name = str(path)
    doc = read_yaml_doc(path, name)
    if not isinstance(doc, YMap):
        raise InputError(Problem(name, "public_bad_targets", {}))
    try:
        programme = Programme.model_validate(
            {k: _amounts(name, doc) if k == "targets" else v for k, v in doc.items() if k != "schema"}
        )
    except ValidationError as error:
        raise InputError([_problem(name, doc, item) for item in error.errors()]) from None
    problems = [
        Problem(
            _line(name, doc, ("targets", index, "measure")),
            "public_measure",
            {"measure": t.measure.value, "known": ", ".join(sorted(m.value for m in allowed or ()))},
        )
        for index, t in enumerate(programme.targets)
        if allowed is not None and t.measure not in allowed
    ]
    if problems:
        raise InputError(problems)
    return programme


def _amounts(name: str, doc: YMap) -> Any:
    """The targets with each goal written as people write amounts (`€ 1.000.000`, `1.250.000,00`,
    `2,5`) read as the input files read them; one that is no number refused at its line."""
    from sroi_cli.io.values import ValueProblem, to_money

    targets, problems = doc.get("targets"), []
    if not isinstance(targets, list):
        return targets
    read = []
    for index, target in enumerate(targets):
        if isinstance(target, dict) and isinstance(target.get("target"), str):
            try:
                target = {**target, "target": to_money(target["target"])}
            except ValueProblem as problem:
                where = _line(name, doc, ("targets", index, "target"))
                found: dict[str, Words] = {
                    "field": "target",
                    "found": show(target["target"]),
                    "expected": Term(problem.expected),
                }
                problems.append(Problem(where, "bad_value", {**found, "choices": problem.choices}))
        read.append(target)
    if problems:
        raise InputError(problems)
    return read


def _line(name: str, doc: Any, loc: tuple[Any, ...]) -> Location:
    """`name:line` of the deepest key of `loc` the document has."""
    node, line = doc, None
    for part in loc:
        if isinstance(node, YMap) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, YList) and isinstance(part, int) and part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return at_line(name, line)


def _problem(name: str, doc: Any, item: Any) -> Problem:
    loc = tuple(item["loc"])
    field = ".".join(str(p) for p in loc)
    where = _line(name, doc, loc)
    if item["type"] == "missing":
        return Problem(where, "missing_field", {"field": field})
    if item["type"] == "extra_forbidden":
        return Problem(where, "unknown_key", {"key": str(loc[-1]), "hint": ""})
    detail = str(item["msg"]).removeprefix("Value error, ")
    return Problem(where, "invalid", {"field": field, "found": show(item.get("input")), "detail": detail})
