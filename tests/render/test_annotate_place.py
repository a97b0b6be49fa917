"""Where a finding's location puts its note in the workbook."""

from __future__ import annotations

import pytest

from sroi_cli.render.annotate import place

TITLES = ["Contracten", "Bijdragen", "Mijn blad!"]


@pytest.mark.parametrize(
    ("location", "spot"),
    [
        ("tender.xlsx Bijdragen!F12", ("Bijdragen", "F12")),
        ("my tender 2026.xlsx Bijdragen!AB7", ("Bijdragen", "AB7")),
        ("tender.xlsx Mijn blad!!C3", ("Mijn blad!", "C3")),
        ("tender.xlsx Contracten", ("Contracten", "A1")),  # a whole sheet: its first cell
        ("tender.xlsx Onbekend!A1", None),
        ("tender.xlsx Bijdragen!F0", None),
        ("<bundled>/haaglanden/2023-07-01.yaml", None),
        ("other.xlsx Bijdragen!F12", None),
    ],
)
def test_place(location: str, spot: tuple[str, str] | None) -> None:
    name = "my tender 2026.xlsx" if location.startswith("my") else "tender.xlsx"
    assert place(location, name, TITLES) == spot
