"""The fast YAML reading (one loop over libyaml's events) gives what the full composer gives, or gives up."""

from __future__ import annotations

from decimal import Decimal
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
    """The event loop's document, or _Unusual."""
    loader = ys._Loader(text)
    try:
        return ys._fast_document(loader, ys._plain_scalars(loader))[0]
    except ys._Unusual:
        return ys._Unusual
    finally:
        loader.dispose()


def lines_or_unusual(text: str) -> Any:
    """The line reading's document, or _Unusual."""
    try:
        return ys._lines_document(text, ys._plain_scalars(ys._Loader("")))[0]
    except ys._Unusual:
        return ys._Unusual


def same(text: str) -> None:
    """load_yaml says what the full reading says, and so does each fast reading that does not give up."""
    expected = outcome(full, text)
    assert outcome(ys.load_yaml, text) == expected
    for fast in (fast_or_unusual, lines_or_unusual):
        try:
            doc = fast(text)
        except Exception:  # a syntax error the parser raises: load_yaml's answer was compared above
            continue
        if doc is not ys._Unusual:
            assert ("ok", shape(doc)) == expected


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
    assert item["hours"] == Decimal("12.50") and str(item["hours"]) == "12.50"
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


COMMON_VALUES = st.sampled_from(
    [
        '"a"',
        '"a # b"',
        '""',
        "''",
        "'a'",
        "'a' # c",
        "x # c",
        "x#y",
        "a b",
        "-1",
        "[]",
        "{}",
        "[] # c",
        "12.50",
        "2026-01-01",
        "true",
        "yes",
        "~",
        "null",
        "é",
        "Zorg & Welzijn",
        "1:30",
        "0x1F",
        "x  ",
        "---",
        "1e3",
    ]
)
ODD_VALUES = st.sampled_from(
    [
        '"x\\"y"',
        "'it''s'",
        '"C-1" # note',
        "a: b",
        "a:",
        "- 1",
        "-",
        "[1]",
        "{a: 1}",
        "&a x",
        "*a",
        "!t x",
        "|",
        ">",
        "%x",
        "@x",
        "`x",
        "?x",
        ":x",
        "<<",
        "=",
        "9" * 45,
        '"\t"',
        "a\tb",
        "...",
        "a\rb",
        "\ufeffx",
    ]
)
LINE_VALUES = st.one_of(COMMON_VALUES, COMMON_VALUES, COMMON_VALUES, ODD_VALUES)
LINE_KEYS = st.sampled_from(["id", "amount", "a.b", "x-y", "_k", "True", "null", "1", "id", "k" * 120])


@st.composite
def line_documents(draw: st.DrawFn) -> str:
    """Block documents of a portfolio's shape, now and then bent: an indent off, a line odd."""
    out: list[str] = []

    def emit(line: str) -> None:
        if draw(st.integers(0, 30)) == 0:
            line = " " + line  # an indent off by one
        out.append(line)
        if draw(st.integers(0, 15)) == 0:
            out.append(draw(st.sampled_from(["", "   ", "# c", "  # c", "---", "- ", "-"])))

    def node(indent: int, depth: int, head: str) -> None:
        """`head` is `key:` or `-` at `indent`; what follows is its value."""
        pad = " " * indent
        kind = draw(st.sampled_from(["scalar", "map", "list", "none"] if depth < 3 else ["scalar", "none"]))
        if kind == "scalar":
            emit(f"{pad}{head} {draw(LINE_VALUES)}")
        elif kind == "none":
            emit(f"{pad}{head}")
        elif kind == "map" and head == "-" and draw(st.booleans()):
            first = True  # `- key: value` and its keys below
            for _ in range(draw(st.integers(1, 3))):
                lead = f"{pad}- " if first else " " * (indent + 2)
                emit(f"{lead}{draw(LINE_KEYS)}: {draw(LINE_VALUES)}")
                first = False
        else:
            emit(f"{pad}{head}")
            step = (
                draw(st.sampled_from([0, 2, 4]))
                if kind == "list" and head != "-"
                else draw(st.sampled_from([2, 4]))
            )
            for _ in range(draw(st.integers(1, 3))):
                node(indent + step, depth + 1, "-" if kind == "list" else f"{draw(LINE_KEYS)}:")

    for _ in range(draw(st.integers(1, 3))):
        node(0, 0, f"{draw(LINE_KEYS)}:")
    end = draw(st.sampled_from(["\n", "\n", "\r\n"]))  # Unix or Windows line ends
    return end.join(out) + draw(st.sampled_from(["", end, end + end]))


@settings(max_examples=1500, deadline=None)
@given(line_documents())
def test_portfolio_shaped_documents_read_as_the_full_reading_reads_them(text: str) -> None:
    same(text)


SHAPED = (
    '# portfolio\ncontracts:\n  - id: "C-1"  # first\n    start: 2026-01-01\n\n    agreed:\n      bbl: 2\n'
    'contributions:\n- contract: "C-1"\n  amount: \'5.00\'\n  codes:\n  - a\n  - "b"\n  none:\n'
)


def test_the_portfolio_shape_takes_the_line_reading() -> None:
    text = SHAPED
    doc = lines_or_unusual(text)
    assert doc is not ys._Unusual
    assert shape(doc) == shape(full(text, "doc.yaml"))
    assert doc["contributions"][0]["codes"].item_lines == [12, 13]
    assert doc["contracts"][0].key_lines["agreed"] == 6 and doc["contracts"][0]["agreed"].line == 7


def test_windows_line_ends_take_the_line_reading() -> None:
    plain = SHAPED
    text = plain.replace("\n", "\r\n")
    assert lines_or_unusual(plain) is not ys._Unusual
    assert shape(lines_or_unusual(text)) == shape(lines_or_unusual(plain))
    same(text)
    lone = "a: 1\rb: 2\n"  # a lone carriage return breaks a line too (YAML 1.1): the event loop reads it
    assert lines_or_unusual(lone) is ys._Unusual
    same(lone)
