"""The bundled EU thresholds and rule sets whose threshold is one of them, or one per contract type."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.eu import EuKind
from sroi_cli.domain.inputs import ContractType
from sroi_cli.io.rules_loader import RuleLibrary, eu_table


def test_the_table_covers_2014_to_2027_without_gaps() -> None:
    periods = eu_table().periods
    assert periods[0].valid_from == dt.date(2014, 1, 1)
    assert periods[-1].valid_until == dt.date(2027, 12, 31)
    for before, after in itertools.pairwise(periods):
        assert before.valid_until + dt.timedelta(days=1) == after.valid_from
    for period in periods:  # every amount has a source or says it is assumed
        for kind in EuKind:
            entry = period.of(kind)
            assert entry.source or entry.assumed


@pytest.mark.parametrize(
    ("day", "kind", "amount"),
    [
        # the sub-central amounts of issue 11: 2014 207.000 ... 2024 221.000; 2026 216.000
        ("2014-06-30", EuKind.SUB_CENTRAL, "207000"),
        ("2016-01-01", EuKind.SUB_CENTRAL, "209000"),
        ("2019-12-31", EuKind.SUB_CENTRAL, "221000"),
        ("2020-01-01", EuKind.SUB_CENTRAL, "214000"),  # aanbestedingsmakelaar.nl
        ("2020-01-01", EuKind.CENTRAL, "139000"),
        ("2021-12-31", EuKind.WORKS, "5350000"),
        ("2023-12-31", EuKind.SUB_CENTRAL, "215000"),  # Den Haag "€ 215.000 (bedrag 2023)"
        ("2022-01-01", EuKind.WORKS, "5382000"),  # wijdemeren.nl
        ("2025-01-15", EuKind.SUB_CENTRAL, "221000"),  # bornlegal.nl (rules-audit §1.1)
        ("2026-01-01", EuKind.SUB_CENTRAL, "216000"),  # Delegated Regulation (EU) 2025/2152
        ("2027-12-31", EuKind.CENTRAL, "140000"),
        ("2026-06-01", EuKind.WORKS, "5404000"),
    ],
)
def test_the_period_in_force_gives_the_amount(day: str, kind: EuKind, amount: str) -> None:
    period, inside = eu_table().on(dt.date.fromisoformat(day))
    assert inside and period.of(kind).amount == Decimal(amount)


def test_outside_the_table_the_nearest_period_is_used_and_said() -> None:
    period, inside = eu_table().on(dt.date(2031, 1, 1))
    assert not inside and period.valid_until == dt.date(2027, 12, 31)
    period, inside = eu_table().on(dt.date(2012, 1, 1))
    assert not inside and period.valid_from == dt.date(2014, 1, 1)


def test_haaglanden_follows_the_sub_central_threshold() -> None:
    rules = RuleLibrary().history("haaglanden").versions[0]
    on = rules.threshold_on
    assert on(ContractType.SERVICES, dt.date(2023, 8, 1))[0] == Decimal(215000)
    assert on(ContractType.SERVICES, dt.date(2025, 1, 15))[0] == Decimal(221000)
    assert on(ContractType.WORKS, dt.date(2026, 1, 15))[0] == Decimal(216000)


PER_TYPE = """\
schema: sroi.rules/1
id: pertype
version: "2026"
valid_from: 2026-01-01
title: Per type
sources: [{title: T}]
last_checked: 2026-11-01
applicability:
  contract_types: [works, services, supplies]
  threshold: {works: "225000", services: "125000", supplies: {eu: sub_central}}
obligation: {method: percentage, percentage: "0.05"}
valuation: {blocks: {participatiewet: {method: per_year, amount: "40000"}}}
"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def test_a_threshold_per_contract_type(tmp_path: Path) -> None:
    rules = tmp_path / "2026-01-01.yaml"
    rules.write_text(PER_TYPE, encoding="utf-8")
    tender = tmp_path / "t.yaml"
    tender.write_text(
        "contracts:\n"
        "  - {id: W, type: works, value_excl_vat: '224999.99', start: 2026-02-01, end: 2027-01-31}\n"
        "  - {id: S, type: services, value_excl_vat: '125000.00', start: 2026-02-01, end: 2027-01-31}\n"
        "  - {id: L, type: supplies, value_excl_vat: '215999.99', start: 2026-02-01, end: 2027-01-31}\n"
        "  - {id: L2, type: supplies, value_excl_vat: '216000.00', start: 2026-02-01, end: 2027-01-31}\n",
        encoding="utf-8",
    )
    import json

    code, out = run("check", str(tender), "--rules", str(rules), "-f", "json", "--as-of", "2026-11-23")
    got = {c["id"]: (c["applicable"], c["obligation"]) for c in json.loads(out)["contracts"]}
    assert got == {
        "W": (False, "0.00"),
        "S": (True, "6250.00"),
        "L": (False, "0.00"),
        "L2": (True, "10800.00"),
    }
    trace = next(c for c in json.loads(out)["contracts"] if c["id"] == "S")["trace"]
    assert any(s.get("rule") == "pertype 2026: applicability.threshold.services = 125000" for s in trace)
    code, out = run("rules", "validate", str(rules), "--as-of", "2026-11-23")
    assert code == 0, out
    code, out = run("rules", "show", "pertype", "--rules", str(rules), "--as-of", "2026-11-23")
    said = " ".join(out.split())
    assert "≥ works: €225,000.00; services: €125,000.00; supplies: the EU threshold for supplies" in said


def test_a_type_without_a_threshold_and_an_unknown_eu_kind_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "pertype"
    folder.mkdir()
    rules = folder / "2026-01-01.yaml"
    rules.write_text(PER_TYPE.replace(", supplies: {eu: sub_central}", ""), encoding="utf-8")
    code, out = run("rules", "validate", str(rules), "--as-of", "2026-11-23")
    assert code == 4 and "threshold has no value for supplies" in out and ":8:" in out
    rules.write_text(PER_TYPE.replace("{eu: sub_central}", "{eu: municipal}"), encoding="utf-8")
    code, out = run("rules", "validate", str(rules), "--as-of", "2026-11-23")
    assert code == 4 and "municipal" in out and "2026-01-01.yaml:" in out


def test_the_trace_names_the_eu_entry_and_the_rule_and_a_date_outside_the_table_warns(
    tmp_path: Path,
) -> None:
    import json

    tender = tmp_path / "t.yaml"
    tender.write_text(
        "contracts:\n"
        "  - {id: W15, type: services, value_excl_vat: '218000.00', start: 2025-02-01, end: 2026-01-31,"
        " award_date: 2025-01-15, rules: haaglanden}\n"
        "  - {id: LATE, type: services, value_excl_vat: '218000.00', start: 2029-02-01, end: 2030-01-31,"
        " award_date: 2029-01-15, rules: haaglanden}\n",
        encoding="utf-8",
    )
    _, out = run("explain", str(tender), "--contract", "W15", "--as-of", "2026-11-23", "--lang", "en")
    text = " ".join(out.split())
    assert (
        "Threshold: the EU threshold for supplies and services of sub-central authorities in force on "
        "2025-01-15 (the award date): €221,000.00 (2024-01-01 – 2025-12-31, Commission Delegated "
        "Regulation (EU) 2023/2495)"
    ) in text
    assert "rule: haaglanden 2023-07: applicability.threshold = {eu: sub_central}" in text
    assert "services, €218,000.00 is below the threshold €221,000.00" in text
    _, out = run("check", str(tender), "-f", "json", "--as-of", "2026-11-23")
    late = next(c for c in json.loads(out)["contracts"] if c["id"] == "LATE")
    outside = [f for f in late["findings"] if f["code"] == "eu_threshold_outside"]
    assert outside and outside[0]["severity"] == "warning"
    assert late["applicable"] is True  # the 2026-2027 amount € 216.000 is the nearest
