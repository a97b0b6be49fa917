"""`sroi plan`: every option, applied exactly as it is stated, closes the gap by the contract's end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app
from sroi_cli.domain.engine import evaluate
from sroi_cli.domain.inputs import Contribution, ContributionStatus
from sroi_cli.domain.months import date_after_months
from sroi_cli.domain.plan import Option
from sroi_cli.io.inputs import load_portfolio

ROOT = Path(__file__).parents[2]
YEAR = ROOT / "examples" / "contracts-2026.yaml"
AS_OF = dt.date(2026, 11, 23)


def applied(option: Option, contract_id: str, start: dt.date) -> list[Contribution]:
    """The contributions a supplier would add to follow one option to the letter."""
    if option.people is None:
        field = {"hours": "hours", "invoices": "amount", "costs": "amount"}[option.kind]
        data = {"contract": contract_id, "block": option.block, field: option.quantity, "date": start}
        return [Contribution.model_validate(data)]
    assert option.months_per_person is not None
    end = date_after_months(start, option.months_per_person)
    return [
        Contribution(
            contract=contract_id,
            block=option.block,
            candidate=f"NEW-{n}",
            hours_per_week=option.hours_per_week,
            start=start,
            end=end,
        )
        for n in range(option.people)
    ]


def test_every_option_closes_every_gap() -> None:
    settings = use.Settings(as_of=AS_OF)
    report = use.shortfall_plan([YEAR], settings)
    plans = {p.contract.id: p for p in use.evaluate.plan(load_portfolio([YEAR]), settings)}
    # DH-2027-0012 has more planned than it owes, DH-2025-0920 has ended: neither gets a plan
    assert {c.id for c in report.contracts} == {
        "DH-2026-0107",
        "UT-2026-0044",
        "RWS-2026-0042",
        "RWS-2027-0007",
        "UT-2027-0003",
    }
    checked = 0
    for contract_plan in report.contracts:
        p = plans[contract_plan.id]
        start = max(AS_OF + dt.timedelta(days=1), p.contract.start)
        for option in contract_plan.options:
            extra = applied(option, p.contract.id, start)
            delivered = [
                (i, c.model_copy(update={"status": ContributionStatus.REALISED})) for i, c in p.items
            ]
            items = delivered + [(1000 + i, c) for i, c in enumerate(extra)]
            after = evaluate(p.contract, items, p.rules, p.contract.end, p.valuation)
            assert after.shortfall == 0, (contract_plan.id, option)
            checked += 1
    assert checked >= 30


def test_placements_honour_max_months() -> None:
    report = use.shortfall_plan([YEAR], use.Settings(as_of=AS_OF))
    den_haag = next(c for c in report.contracts if c.id == "DH-2026-0107")
    ww = next(o for o in den_haag.options if o.block == "ww")
    assert ww.people == 2 and ww.months_per_person is not None and ww.months_per_person <= 12


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_plan_cli(lang: str) -> None:
    result = CliRunner().invoke(
        app, ["plan", str(YEAR), "--as-of", "2026-11-23", "--lang", lang], catch_exceptions=False
    )
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first == (
        "DH-2026-0107: €21,666.67 short (haaglanden 2023-07, 13.3 months left). Any one of these closes it:"
        if lang == "en"
        else "DH-2026-0107: € 21.666,67 tekort (haaglanden 2023-07, nog 13,3 maanden). Elk "
        "van deze opties dekt het:"
    )
    assert (
        "0.6 FTE-years of Social assistance (Participatiewet)" in result.stdout
        or "0,6 fte-jaar Participatiewet" in result.stdout
    )


def test_plan_json() -> None:
    result = CliRunner().invoke(
        app, ["plan", str(YEAR), "--as-of", "2026-11-23", "-f", "json"], catch_exceptions=False
    )
    data = json.loads(result.stdout)
    assert data["schema"] == "sroi.plan/1"
    option = data["contracts"][0]["options"][0]
    # exact in json (5 people × 10.5 months = 52.5 months, 4.375 FTE-years), shown as 4.4 in its text
    assert option["quantity"] == "4.375" and option["text"].startswith("4.4 FTE-years")
