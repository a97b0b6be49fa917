"""Read contracts and contributions from a YAML file into raw records with their lines."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import Origin
from sroi_cli.domain.location import Location
from sroi_cli.io.records import RawRecord, unknown_key_problem
from sroi_cli.io.yamlsafe import YamlProblem, YList, YMap, load_yaml

_TOP = ("contracts", "contributions", "contract")
_NESTED = ("agreed", "pso", "declared")
_NESTED_KEYS = frozenset(_NESTED)
_TEXT = {str}


def read_yaml_input(text: str, name: str) -> list[RawRecord]:
    """Every contract and contribution in one document; structural faults raise InputError."""
    try:
        doc = load_yaml(text, name)
    except YamlProblem as error:
        raise InputError(error.problem) from None
    return read_yaml_document(doc, name)


def read_yaml_document(doc: Any, name: str) -> list[RawRecord]:
    """The records of an already parsed document (a rule test case's `input:` keeps its own lines)."""
    if not isinstance(doc, YMap):
        raise InputError(Problem(name, "no_contracts"))
    problems = [
        unknown_key_problem(Location(name, line=doc.key_lines[k]), str(k), _TOP) for k in doc if k not in _TOP
    ]
    records: list[RawRecord] = []
    if "contract" in doc:
        single = doc["contract"]
        if not isinstance(single, YMap):
            raise InputError(_shape(name, doc.key_lines["contract"], single, Term("expect_mapping")))
        nested = single.pop("contributions", None)
        records.append(_record("contract", single, name, problems))
        contract_id = single.get("id")
        for item in _items(nested, name, single.key_lines.get("contributions", 0), problems):
            if "contract" not in item and contract_id is not None:
                item["contract"] = contract_id
                item.key_lines["contract"] = single.key_lines.get("id", item.line)
            records.append(_record("contribution", item, name, problems))
    for key, kind in (("contracts", "contract"), ("contributions", "contribution")):
        for item in _items(doc.get(key), name, doc.key_lines.get(key, 0), problems):
            records.append(_record(kind, item, name, problems))
    if not any(r.kind == "contract" for r in records) and not problems:
        problems.append(Problem(name, "no_contracts"))
    if problems:
        raise InputError(problems)
    return records


def _shape(name: str, line: int, found: Any, expected: Term) -> Problem:
    kind = type(found).__name__ if found is not None else "nothing"
    kind = {"YMap": "a mapping", "YList": "a list", "str": "text"}.get(kind, kind)
    return Problem(Location(name, line=line), "wrong_shape", {"found": kind, "expected": expected})


def _items(value: Any, name: str, line: int, problems: list[Problem]) -> list[YMap]:
    if value is None:
        return []
    if not isinstance(value, YList):
        problems.append(_shape(name, line, value, Term("expect_sequence")))
        return []
    good = []
    for item, item_line in zip(value, value.item_lines, strict=True):
        if isinstance(item, YMap):
            good.append(item)
        else:
            problems.append(_shape(name, item_line, item, Term("expect_mapping")))
    return good


class LinePlaces(Mapping[str, Location]):
    """Each field's place, made when asked from the line its key is on (a portfolio has 300.000 records)."""

    __slots__ = ("_lines",)

    def __init__(self, lines: Mapping[str, int]) -> None:
        self._lines = lines

    def __getitem__(self, key: str) -> Location:
        return Location(line=self._lines[key])

    def __contains__(self, key: object) -> bool:
        return key in self._lines

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


def _record(kind: str, item: YMap, name: str, problems: list[Problem]) -> RawRecord:
    place = Location(line=item.line)
    # The common record: text keys only, nothing nested, every key still there (the single contract's
    # `contributions` was taken out): its values and key lines are used as they are.
    if (
        len(item.key_lines) == len(item)
        and (kind != "contract" or _NESTED_KEYS.isdisjoint(item))
        and {*map(type, item)} <= _TEXT
    ):
        return RawRecord(kind, dict(item), Origin(file=name, place=place, fields=LinePlaces(item.key_lines)))
    values: dict[str, Any] = {}
    lines: dict[str, Location] = {}
    for key, value in item.items():
        line = item.key_lines[key]
        if key in _NESTED and kind == "contract":
            if not isinstance(value, YMap):
                problems.append(_shape(name, line, value, Term("expect_mapping")))
                continue
            for sub, sub_value in value.items():
                values[f"{key}.{sub}"] = sub_value
                lines[f"{key}.{sub}"] = Location(line=value.key_lines[sub])
            continue
        values[str(key)] = value
        lines[str(key)] = Location(line=line)
    return RawRecord(kind, values, Origin(file=name, place=place, fields=lines))
