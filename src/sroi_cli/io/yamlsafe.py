"""Strict YAML: duplicate keys refused, each key's line kept, floats read as exact Decimals, bombs refused."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import Problem
from sroi_cli.domain.location import Location
from sroi_cli.io import limits
from sroi_cli.io.values import clip


class YamlProblem(Exception):
    """A document that is not strict YAML; carries a located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.key)
        self.problem = problem


class YMap(dict[Any, Any]):
    """A mapping that remembers its own line and the line of each key."""

    line: int = 0
    key_lines: dict[Any, int]


class YList(list[Any]):
    """A sequence that remembers its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]


# libyaml's parser when PyYAML was built with it (ten times faster); the constructors stay ours.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    name = ""


# YAML 1.1 reads yes/no/on/off (and so an id like `ON` or `NO`) as booleans; keep only true/false,
# as YAML 1.2 does. The field parsers still accept ja/nee/yes/no where a yes/no is expected.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), [_first]
    )


def _mapping(loader: _Loader, node: MappingNode) -> YMap:
    result = YMap()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str | int | bool | dt.date | Decimal) or key is None:
            raise YamlProblem(
                Problem(
                    Location(loader.name, line=line),
                    "wrong_shape",
                    {"found": "a complex key", "expected": "a plain key"},
                )
            )
        if key in result:
            raise YamlProblem(
                Problem(
                    Location(loader.name, line=line),
                    "duplicate_key",
                    {"key": clip(str(key)), "first": str(result.key_lines[key])},
                )
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _sequence(loader: _Loader, node: SequenceNode) -> YList:
    result = YList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _float(loader: _Loader, node: ScalarNode) -> Decimal | str:
    text = str(node.value).replace("_", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return str(node.value)
    return number if number.is_finite() else str(node.value)


# A bare integer longer than this stays text: Python refuses to read one of more than 4.300 digits
# (and would spend quadratic time below that); as text its field says what range it expected.
MAX_INT_DIGITS = 40


def _int(loader: _Loader, node: ScalarNode) -> int | str:
    if len(str(node.value)) > MAX_INT_DIGITS:
        return str(node.value)
    return int(loader.construct_yaml_int(node))


def _timestamp(loader: _Loader, node: ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return str(node.value)  # 2026-02-30: left as text, so the field says what it expected


_Loader.add_constructor("tag:yaml.org,2002:map", _mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _sequence)
_Loader.add_constructor("tag:yaml.org,2002:float", _float)
_Loader.add_constructor("tag:yaml.org,2002:int", _int)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _expanded_size(node: Node, memo: dict[int, int]) -> int:
    """How many nodes the document has once every alias is expanded (counted without expanding)."""
    known = memo.get(id(node))
    if known is not None:
        return known
    memo[id(node)] = 1  # guards a recursive alias
    size = 1
    if isinstance(node, SequenceNode):
        size += sum(_expanded_size(child, memo) for child in node.value)
    elif isinstance(node, MappingNode):
        size += sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    memo[id(node)] = size
    return size


def load_yaml(text: str, name: str) -> Any:
    """Parse one YAML document strictly; raise YamlProblem with `name:line` on any fault."""
    bounds = limits.current()
    if len(text) > bounds.yaml_mb * 2**20:
        most = f"{bounds.yaml_mb} MiB (yaml_mb)"
        raise YamlProblem(Problem(name, "too_large", {"what": Term("what_yaml_file"), "limit": most}))
    loader = _Loader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node, {}) > bounds.yaml_nodes:
            raise YamlProblem(
                Problem(
                    name,
                    "too_large",
                    {
                        "what": Term("what_yaml_nodes"),
                        "limit": f"{bounds.yaml_nodes} nodes (yaml_nodes)",
                    },
                )
            )
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = Location(name, line=mark.line + 1) if mark else name
        if "nesting depth" in str(error.problem):  # libyaml's own bound (PyYAML 6.0.4 wheels)
            raise YamlProblem(Problem(where, "too_deep")) from None
        raise YamlProblem(Problem(where, "yaml_syntax", {"reason": str(error.problem or error)})) from None
    except yaml.YAMLError as error:
        raise YamlProblem(Problem(name, "yaml_syntax", {"reason": str(error)})) from None
    except RecursionError:
        raise YamlProblem(Problem(name, "too_deep")) from None
    finally:
        loader.dispose()
