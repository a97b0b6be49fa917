"""Where a finding's location puts its note in the workbook: its sheet and cell, read as parts."""

from __future__ import annotations

import pytest

from sroi_cli.domain.location import Location
from sroi_cli.render.annotate import place

TITLES = ["Contracten", "Bijdragen", "Mijn blad!"]


@pytest.mark.parametrize(
    ("location", "spot"),
    [
        (Location("tender.xlsx", sheet="Bijdragen", cell="F12"), ("Bijdragen", "F12")),
        (Location("my tender 2026.xlsx", sheet="Bijdragen", cell="AB7"), ("Bijdragen", "AB7")),
        (Location("tender.xlsx", sheet="Mijn blad!", cell="C3"), ("Mijn blad!", "C3")),  # a '!' in a name
        (Location("tender.xlsx", sheet="Contracten"), ("Contracten", "A1")),  # a whole sheet: its first cell
        (Location("tender.xlsx", sheet="Contracten", row=4), ("Contracten", "A4")),  # a whole row: its first
        (Location("tender.xlsx", sheet="Onbekend", cell="A1"), None),
        (Location("<bundled>/haaglanden/2023-07-01.yaml", line=3), None),
        (Location("other.xlsx", sheet="Bijdragen", cell="F12"), None),
        (Location("tender.xlsx"), None),
    ],
)
def test_place(location: Location, spot: tuple[str, str] | None) -> None:
    name = "my tender 2026.xlsx" if location.file.startswith("my") else "tender.xlsx"
    assert place(location, name, TITLES) == spot
