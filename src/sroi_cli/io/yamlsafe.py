"""Strict YAML: duplicate keys refused, each key's line kept, floats read as exact Decimals, bombs refused."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
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


class _Unusual(Exception):
    """The document needs the full composer and constructors (the fast reading gives up, nothing is lost)."""


_MISSING = object()
# Deeper than this the fast reading gives up, so a deep document meets the same `too_deep` as before.
MAX_FAST_DEPTH = 64
_KEYS = (str, int, bool, dt.date, Decimal)


def _plain_scalars(loader: _Loader) -> Any:
    """Construct a plain scalar as the resolver and constructors above would (once per distinct text)."""
    table = loader.yaml_implicit_resolvers
    wildcard = table.get(None, [])
    constructors = loader.yaml_constructors
    made: dict[str, Any] = {}

    def plain(text: str) -> Any:
        found = made.get(text, _MISSING)
        if found is not _MISSING:
            return found
        tag = "tag:yaml.org,2002:str"
        for candidate, regexp in table.get(text[0] if text else "", []) + wildcard:
            if regexp.match(text):
                tag = candidate
                break
        construct = constructors.get(tag)
        if construct is None:  # `<<` (merge) and `=` (value): the constructors refuse them with a mark
            raise _Unusual
        try:
            found = construct(loader, ScalarNode(tag, text))
        except Exception:  # whatever it is, the full reading says it with its mark
            raise _Unusual from None
        made[text] = found
        return found

    return plain


def _fast_document(loader: _Loader, plain: Any) -> tuple[Any, int]:
    """The document built from libyaml's events in one loop, and how many nodes it has.

    Only the common case: no anchors, aliases or explicit tags, plain keys, no duplicate key, one
    document, not deeper than MAX_FAST_DEPTH. Anything else raises _Unusual, and the full composer
    and constructors read the document again, so every refusal and its line stay exactly theirs.
    Syntax errors come from the same parser either way.
    """
    get = loader.get_event
    get()  # the stream's start
    event = get()
    if type(event) is StreamEndEvent:
        return None, 0
    root: Any = None
    nodes = 0
    open_: list[Any] = []  # the open YMap/YList, innermost last
    keys: list[Any] = []  # for each open mapping the key waiting for its value (else _MISSING)
    key_lines: list[int] = []
    top: Any = None
    is_map = False
    key: Any = _MISSING
    key_line = 0
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                raise _Unusual
            nodes += 1
            value = plain(event.value) if event.implicit[0] else event.value
            line = event.start_mark.line + 1
            if is_map:
                if key is _MISSING:
                    if value is None or not isinstance(value, _KEYS) or value in top:
                        raise _Unusual
                    key, key_line = value, line
                    continue
                top[key] = value
                top.key_lines[key] = key_line
                key = _MISSING
            elif top is not None:
                top.append(value)
                top.item_lines.append(line)
            else:
                root = value
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None or (is_map and key is _MISSING):
                raise _Unusual
            nodes += 1
            line = event.start_mark.line + 1
            made: YMap | YList
            if kind is MappingStartEvent:
                made = YMap()
                made.key_lines = {}
            else:
                made = YList()
                made.item_lines = []
            made.line = line
            if is_map:
                top[key] = made
                top.key_lines[key] = key_line
            elif top is not None:
                top.append(made)
                top.item_lines.append(line)
            else:
                root = made
            if top is not None:
                open_.append(top)
                keys.append(_MISSING)  # the parent's key is used: the next one comes after this value
                key_lines.append(0)
            if len(open_) >= MAX_FAST_DEPTH:
                raise _Unusual
            top, is_map, key = made, kind is MappingStartEvent, _MISSING
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            if not open_:
                top = None
                continue
            top = open_.pop()
            key = keys.pop()
            key_line = key_lines.pop()
            is_map = isinstance(top, YMap)
        elif kind is DocumentEndEvent:
            break
        else:  # an alias, or anything this loop does not know
            raise _Unusual
    if type(get()) is not StreamEndEvent:
        raise _Unusual  # a second document: the composer says so with both marks
    return root, nodes


# The line reading takes only printable text: no tab, no carriage return, no byte-order mark and none
# of YAML 1.1's other line breaks (NEL, U+2028, U+2029); anything else goes to the event loop.
_ODD = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
# Each line (re.M, one match per line): its indent, a sequence dash, a plain key, a value quoted without
# escapes (with its quotes), else the rest of the line.
_ROW = re.compile(
    r"^( *)(?:(- )(?=[^ ]))?(?:([A-Za-z_][A-Za-z0-9_.\-]{0,99}):(?: +|$))?"
    r'(?:("[^"\\\n]*")(?: +#.*)?|(.*?)) *$',
    re.M,
)
_SINGLE = re.compile(r"'([^']*)'(?: +#.*)?")
_EMPTY = re.compile(r"(\[\]|\{\})(?: +#.*)?")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _lines_document(text: str, plain: Any) -> tuple[Any, int]:
    """The document read line by line, when it is of the plain block shape a portfolio file has.

    Only mappings and sequences in block style, one key or dash per line, plain keys, values quoted
    without escapes or plain on one line, `[]` and `{}`, comments: YAML reads such a line one way
    only, and this reading builds the same YMap/YList with the same lines as the event loop. Any
    other line, indent or value raises _Unusual, and the event loop reads the document.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")  # Windows line ends are one break each; a lone \r stays odd
    if _ODD.search(text):
        raise _Unusual
    found = _ROW.findall(text)
    if len(found) != text.count("\n") + 1:
        raise _Unusual
    # (line, indent, dash, key, quoted, rest) of each line with content; comments and blank lines go.
    rows = [
        (number, len(row[0]), row[1] != "", *row[2:])
        for number, row in enumerate(found, 1)
        if row[1] or row[2] or row[3] or (row[4] and row[4][0] != "#")
    ]
    if not rows:
        raise _Unusual
    total = len(rows)
    nodes = 0
    names: dict[str, Any] = {}

    def key_of(key: str) -> Any:
        if not key:
            raise _Unusual
        name = plain(key)
        if name is None or not isinstance(name, _KEYS):
            raise _Unusual
        names[key] = name
        return name

    def scalar(rest: str, number: int) -> Any:
        first = rest[0]
        if first == "'":
            quoted = _SINGLE.fullmatch(rest)
            if quoted is None:
                raise _Unusual
            return quoted[1]
        if first == "[" or first == "{":
            if _EMPTY.fullmatch(rest) is None:
                raise _Unusual
            made: YMap | YList
            if first == "{":
                made = YMap()
                made.key_lines = {}
            else:
                made = YList()
                made.item_lines = []
            made.line = number
            return made
        if first in _INDICATORS and (first != "-" or rest[1:2] in ("", " ")):
            raise _Unusual  # a quote left open or escaped, an anchor, alias, tag, flow, block scalar…
        cut = rest.find(" #")
        if cut >= 0:
            rest = rest[:cut].rstrip(" ")
        if ": " in rest or rest[-1] == ":":
            raise _Unusual
        return plain(rest)

    def block(i: int, depth: int) -> tuple[Any, int]:
        if depth > MAX_FAST_DEPTH:
            raise _Unusual
        if rows[i][2]:
            return sequence(i, rows[i][1], depth)
        return mapping(i, rows[i][1], False, depth)

    def mapping(i: int, column: int, after_dash: bool, depth: int) -> tuple[YMap, int]:
        nonlocal nodes
        made = YMap()
        made.line = rows[i][0]
        made.key_lines = lines = {}
        while i < total:
            number, at, dash, key, quoted, rest = rows[i]
            if after_dash:
                after_dash = False
            elif dash or at != column:
                break
            name = names.get(key, _MISSING)
            if name is _MISSING:
                name = key_of(key)
            if name in made:
                raise _Unusual
            i += 1
            if quoted:
                value: Any = quoted[1:-1]
            elif rest[:1] not in ("", "#"):
                value = scalar(rest, number)
            else:  # nothing after the colon: the block below, else null
                value = None
                if i < total:
                    below = rows[i]
                    if below[1] > column or (below[2] and below[1] == column):
                        value, i = block(i, depth + 1)
                        nodes -= 1
            nodes += 2
            made[name] = value
            lines[name] = number
        if i < total and rows[i][1] >= column:
            raise _Unusual  # a line below this mapping's keys (no frame takes it; kept as a guard)
        nodes += 1
        return made, i

    def sequence(i: int, column: int, depth: int) -> tuple[YList, int]:
        nonlocal nodes
        made = YList()
        made.line = rows[i][0]
        made.item_lines = lines = []
        while i < total:
            number, at, dash, key, quoted, rest = rows[i]
            if not dash or at != column:
                break
            item: Any
            if key:
                item, i = mapping(i, column + 2, True, depth + 1)
            elif quoted:
                item = quoted[1:-1]
                nodes += 1
                i += 1
            elif rest[:1] not in ("", "#"):
                item = scalar(rest, number)
                nodes += 1
                i += 1
            else:
                raise _Unusual
            made.append(item)
            lines.append(number)
        nodes += 1
        return made, i

    root, end = block(0, 0)
    if end != total:
        raise _Unusual
    return root, nodes


def _too_many_nodes(name: str, most: int) -> YamlProblem:
    return YamlProblem(
        Problem(name, "too_large", {"what": Term("what_yaml_nodes"), "limit": f"{most} nodes (yaml_nodes)"})
    )


def load_yaml(text: str, name: str) -> Any:
    """Parse one YAML document strictly; raise YamlProblem with `name:line` on any fault."""
    bounds = limits.current()
    if len(text) > bounds.yaml_mb * 2**20:
        most = f"{bounds.yaml_mb} MiB (yaml_mb)"
        raise YamlProblem(Problem(name, "too_large", {"what": Term("what_yaml_file"), "limit": most}))
    loader = _Loader(text)
    loader.name = name
    plain = _plain_scalars(loader)
    try:
        try:
            doc, nodes = _lines_document(text, plain)
        except _Unusual:
            try:
                doc, nodes = _fast_document(loader, plain)
            except _Unusual:
                doc, nodes = _MISSING, 0
        if doc is not _MISSING and nodes <= bounds.yaml_nodes:
            return doc
    except yaml.YAMLError as error:
        raise _located(error, name) from None
    finally:
        loader.dispose()
    return _load_composed(text, name, bounds.yaml_nodes)


def _located(error: yaml.YAMLError, name: str) -> YamlProblem:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        where = Location(name, line=mark.line + 1) if mark else name
        if "nesting depth" in str(error.problem):  # libyaml's own bound (PyYAML 6.0.4 wheels)
            return YamlProblem(Problem(where, "too_deep"))
        return YamlProblem(Problem(where, "yaml_syntax", {"reason": str(error.problem or error)}))
    return YamlProblem(Problem(name, "yaml_syntax", {"reason": str(error)}))


def _load_composed(text: str, name: str, most_nodes: int) -> Any:
    """The full reading: libyaml composes the node tree, the constructors above build it."""
    loader = _Loader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node, {}) > most_nodes:
            raise _too_many_nodes(name, most_nodes)
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        raise _located(error, name) from None
    except RecursionError:
        raise YamlProblem(Problem(name, "too_deep")) from None
    finally:
        loader.dispose()
