"""The fast YAML reading (one loop over libyaml's events) gives what the full composer gives, or gives up."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sroi_cli.io import limits
from sroi_cli.io import yamlsafe as ys

ROOT = Path(__file__).resolve().parents[2]


def shape(found: Any) -> Any:
    """Values with their types and every line, so two readings compare in full."""
    if isinstance(found, ys.YMap):
        pairs = [(type(k).__name__, k, found.key_lines[k], shape(v)) for k, v in found.items()]
        return ("map", found.line, pairs)
    if isinstance(found, ys.YList):
        return ("list", found.line, found.item_lines, [shape(v) for v in found])
    return (type(found).__name__, found)


def outcome(read: Any, text: str) -> Any:
    try:
        return ("ok", shape(read(text, "doc.yaml")))
    except ys.YamlProblem as error:
        return ("problem", error.problem)


def full(text: str, name: str) -> Any:
    return ys._load_composed(text, name, limits.current().yaml_nodes)


def fast_or_unusual(text: str) -> Any:
    loader = ys._Loader(text)
    try:
        return ys._fast_document(loader)[0]
    except ys._Unusual:
        return ys._Unusual
    finally:
        loader.dispose()


def same(text: str) -> None:
    assert outcome(ys.load_yaml, text) == outcome(full, text)


REPO_YAML = sorted(
    p for p in (*ROOT.glob("examples/**/*.yaml"), *ROOT.glob("tests/**/*.yaml"), *ROOT.glob("src/**/*.yaml"))
)


def test_the_repository_has_yaml_to_compare() -> None:
    assert len(REPO_YAML) > 50


@pytest.mark.parametrize("path", REPO_YAML, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_in_the_repository_reads_as_before(path: Path) -> None:
    same(path.read_text(encoding="utf-8", errors="replace"))


COMMON = """contracts:
  - id: "RWS-2027-000001"
    value_excl_vat: "774671.99"
    start: 2027-12-29
    hours: 12.50
    count: 3
    flag: true
    off: no
    empty:
    none: ~
    agreed: {bbl: 2, pso: [1, 2.0]}
contributions: []
"""


def test_a_common_document_takes_the_fast_reading_with_its_types_and_lines() -> None:
    doc = fast_or_unusual(COMMON)
    assert doc is not ys._Unusual
    assert shape(doc) == shape(full(COMMON, "doc.yaml"))
    item = doc["contracts"][0]
    assert item["hours"] == ys.Decimal("12.50") and str(item["hours"]) == "12.50"
    assert item["off"] == "no" and item["flag"] is True and item["empty"] is None
    assert item.key_lines["start"] == 4 and doc["contracts"].item_lines == [2]


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key
        "1: a\ntrue: b\n",  # a duplicate by equality
        "- &x [1]\n- *x\n",  # anchor and alias
        "a: *nowhere\n",
        "a: &x 1\nb: &x 2\n",
        "a: !!str 1\n",  # explicit tags
        "a: !custom 1\n",
        "!!map {a: 1}\n",
        "<<: {a: 1}\n",  # merge key
        "a: =\n",
        "? [1]\n: 2\n",  # complex key
        "~: 1\n",  # null key
        "--- 1\n--- 2\n",  # two documents
        "[" * (ys.MAX_FAST_DEPTH + 1) + "]" * (ys.MAX_FAST_DEPTH + 1),
    ],
)
def test_unusual_documents_leave_the_fast_reading_and_say_what_they_said(text: str) -> None:
    assert fast_or_unusual(text) is ys._Unusual
    same(text)


def test_the_node_limit_holds_on_the_fast_reading() -> None:
    text = "items:\n" + "".join(f"  - {i}\n" for i in range(50))
    with limits.using(limits.Limits(yaml_nodes=40)):
        found = outcome(ys.load_yaml, text)
    assert found[0] == "problem" and found[1].key == "too_large"


def test_syntax_errors_keep_their_line() -> None:
    text = "a: 1\nb: [1, 2\nc: 3\n"
    found = outcome(ys.load_yaml, text)
    assert found[0] == "problem" and found[1].key == "yaml_syntax"
    assert found == outcome(full, text)


SCALARS = st.sampled_from(
    [
        "1",
        "-0",
        "0x1F",
        "0o17",
        "017",
        "1_000",
        "1:30",
        "1.5",
        "1.50",
        "-.5",
        "1e3",
        ".inf",
        "-.Inf",
        ".nan",
        "2026-01-01",
        "2026-02-30",
        "2026-01-01 10:00:00",
        "2026-01-01T10:00:00Z",
        "true",
        "False",
        "yes",
        "NO",
        "on",
        "~",
        "null",
        "",
        "x",
        "ja",
        "'1'",
        '"2026-01-01"',
        '"a\\tb"',
        "'it''s'",
        "9" * 45,
        "<<",
        "=",
        "&a 1",
        "*a",
        "!!str 1",
        "[1, x]",
        "{k: v}",
        "a b",
        "'x'",
        "1.0.0",
    ]
)
KEYS = st.sampled_from(["a", "b", "id", "1", "true", "1.0", "2026-01-01", "'a'", "~", "[k]"])


@st.composite
def documents(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["map", "list", "scalar"] if depth < 3 else ["scalar"]))
    pad = "  " * depth
    if kind == "scalar":
        return " " + draw(SCALARS) + "\n"
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        inner = draw(documents(depth + 1))
        head = f"{draw(KEYS)}:" if kind == "map" else "-"
        lines.append(f"{pad}{head}{inner if inner.startswith(' ') else chr(10) + inner}")
    if not lines:
        return " {}\n" if kind == "map" else " []\n"
    return "".join(lines)


@settings(max_examples=400, deadline=None)
@given(documents())
def test_generated_documents_read_as_the_full_reading_reads_them(text: str) -> None:
    same(text.lstrip(" "))
