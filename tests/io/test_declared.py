"""Declared threshold and percentage: read from YAML (`declared:`) and from Dutch or English headers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sroi_cli.io.headers import field_for
from sroi_cli.io.inputs import check_file, load_portfolio


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Drempel", "declared.threshold"),
        ("Threshold", "declared.threshold"),
        ("Drempelbedrag (€)", "declared.threshold"),
        ("Percentage", "declared.percentage"),
        ("SROI-percentage", "declared.percentage"),
        ("sroi percentage", "declared.percentage"),
        ("Afgesproken percentage", "agreed.percentage"),
    ],
)
def test_headers(header: str, field: str) -> None:
    assert field_for(header, "contract") == field


def test_yaml_declared_values_are_parsed_as_money_and_share(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(
        "contract: {id: A, type: works, value_excl_vat: '300000', start: 2026-01-01, end: 2026-12-31,\n"
        "           declared: {threshold: '€ 100.000,00', percentage: 5%}}\n",
        encoding="utf-8",
    )
    declared = load_portfolio([path]).contracts[0].declared
    assert declared is not None
    assert (declared.threshold, declared.percentage) == (Decimal("100000.00"), Decimal("0.05"))


def test_check_file_keeps_the_valid_records_and_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(
        "contracts:\n"
        "  - {id: A, type: works, value_excl_vat: '300000', start: 2026-01-01, end: 2026-12-31}\n"
        "  - {id: B, type: boat, value_excl_vat: '300000', start: 2026-01-01, end: 2026-12-31}\n"
        "contributions:\n"
        "  - {contract: A, block: activity, hours: '10'}\n"
        "  - {contract: B, block: activity, hours: '10'}\n"
        "  - {contract: C, block: activity, hours: '10'}\n",
        encoding="utf-8",
    )
    portfolio, problems = check_file(path)
    assert [c.id for c in portfolio.contracts] == ["A"]
    assert len(portfolio.contributions) == 3
    # B's own problem is reported; its contribution is not also called an orphan, C's is
    assert [(str(p.location), p.key) for p in problems] == [
        (f"{path}:3", "bad_value"),
        (f"{path}:7", "orphan"),
    ]
