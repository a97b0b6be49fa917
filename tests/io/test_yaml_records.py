"""YAML records: values and each field's line, the common record and the ones with nested or odd keys."""

from __future__ import annotations

import pickle

from sroi_cli.domain.location import Location
from sroi_cli.io.yaml_input import LinePlaces, read_yaml_input

DOC = """contracts:
  - id: "C-1"
    value_excl_vat: "100.00"
    start: 2026-01-01
  - id: "C-2"
    agreed:
      bbl: 2
    1: odd
contributions:
  - contract: "C-1"
    amount: "5.00"
"""


def test_the_common_record_keeps_its_values_and_lines() -> None:
    first, second, contribution = read_yaml_input(DOC, "p.yaml")
    assert first.values == {"id": "C-1", "value_excl_vat": "100.00", "start": first.values["start"]}
    assert str(first.values["start"]) == "2026-01-01"
    assert dict(first.origin.fields) == {
        k: Location(line=n) for k, n in (("id", 2), ("value_excl_vat", 3), ("start", 4))
    }
    assert first.origin.at("start") == Location("p.yaml", line=4)
    assert first.origin.at("missing") == Location("p.yaml", line=2)
    assert contribution.origin.at("amount") == Location("p.yaml", line=11)
    assert second.values == {"id": "C-2", "agreed.bbl": 2, "1": "odd"}
    assert second.origin.at("agreed") == Location("p.yaml", line=7)
    assert second.origin.at("1") == Location("p.yaml", line=8)


def test_line_places_compare_and_pickle_as_a_dict_of_locations() -> None:
    places = LinePlaces({"id": 3, "amount": 5})
    assert places == {"id": Location(line=3), "amount": Location(line=5)}
    assert "id" in places and "x" not in places and len(places) == 2
    (record,) = read_yaml_input('contract:\n  id: "C-9"\n', "one.yaml")
    assert pickle.loads(pickle.dumps(record.origin)) == record.origin


def test_a_single_contract_without_its_contributions_key() -> None:
    text = 'contract:\n  id: "C-9"\n  contributions:\n    - amount: "1.00"\n'
    contract, contribution = read_yaml_input(text, "one.yaml")
    assert dict(contract.origin.fields) == {"id": Location(line=2)}
    assert contribution.values == {"amount": "1.00", "contract": "C-9"}
    assert contribution.origin.at("contract") == Location("one.yaml", line=2)
