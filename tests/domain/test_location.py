"""A location is kept as its parts: written one way in every format, and sorted by its parts."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sroi_cli.domain.inputs import Origin
from sroi_cli.domain.location import NOWHERE, Location, at_line


@pytest.mark.parametrize(
    ("location", "written"),
    [
        (Location("a.yaml", line=12), "a.yaml:12"),
        (Location("my file.xlsx", sheet="Bijdragen", cell="F12"), "my file.xlsx Bijdragen!F12"),
        (Location("a.xlsx", sheet="Blad 1"), "a.xlsx Blad 1"),
        (Location("a.xlsx", sheet="Blad 1", row=7), "a.xlsx Blad 1!7:7"),
        (Location("a.json", field="ocds-1-2"), "a.json ocds-1-2"),
        (Location("a.csv"), "a.csv"),
        (at_line("a.yaml", None), "a.yaml"),
        (NOWHERE, ""),
    ],
)
def test_one_written_form(location: Location, written: str) -> None:
    assert str(location) == written
    assert bool(location) is bool(written)


def test_a_name_that_looks_like_a_place_stays_a_name() -> None:
    # nothing is read back from the written form: a file `a:1.yaml` or a sheet `x!B2` is its name
    odd = Location("a:1.yaml", sheet="x!B2", cell="C3")
    assert (odd.file, odd.sheet, odd.cell, odd.line) == ("a:1.yaml", "x!B2", "C3", None)
    assert str(odd) == "a:1.yaml x!B2!C3"


def test_natural_order_by_the_parts() -> None:
    places = [
        Location("b.yaml", line=10),
        Location("a10.yaml", line=1),
        Location("b.yaml", line=9),
        Location("a9.yaml", line=3),
        Location("b.yaml"),
        Location("t.xlsx", sheet="S", cell="B10"),
        Location("t.xlsx", sheet="S", cell="B7"),
        Location("t.xlsx", sheet="S", cell="A12"),
    ]
    assert [str(p) for p in sorted(places, key=Location.order)] == [
        "a9.yaml:3",
        "a10.yaml:1",
        "b.yaml",
        "b.yaml:9",
        "b.yaml:10",
        "t.xlsx S!A12",
        "t.xlsx S!B7",
        "t.xlsx S!B10",
    ]


@given(st.text(), st.text(), st.integers(min_value=0, max_value=10**7))
def test_any_name_sorts_without_error(file: str, sheet: str, line: int) -> None:
    # `²` and `٣` are digits to str.isdigit but not numbers here: the key never fails
    keys = [Location(file, line=line).order(), Location(file, sheet=sheet, cell="C3").order()]
    assert keys[0] <= keys[1] or keys[1] <= keys[0]


def test_an_origin_gives_its_places_their_file() -> None:
    origin = Origin(
        "t.xlsx", Location(sheet="Bijdragen", cell="A5"), {"hours": Location(sheet="Bijdragen", cell="D5")}
    )
    assert origin.at("hours") == Location("t.xlsx", sheet="Bijdragen", cell="D5")
    assert origin.at("unknown") == Location("t.xlsx", sheet="Bijdragen", cell="A5")
    assert Origin("t.yaml").at() == Location("t.yaml")
    assert pickle.loads(pickle.dumps(origin)) == origin
