"""A contract's JSON built straight from its result is the one `model_dump` and the texts make."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.domain.report import Detail, Finding, Report, Severity
from sroi_cli.render.json_contract import Sayer, contract_data, finding_data
from sroi_cli.render.json_out import report_json

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture(scope="module", params=list(Detail))
def report(request: pytest.FixtureRequest) -> Report:
    settings = use.Settings(as_of=dt.date(2026, 11, 23))
    return use.batch([EXAMPLES / "contracts-2026.yaml"], settings, detail=request.param)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_contract_as_report_json_makes_it(report: Report, lang: str) -> None:
    said = Sayer(lang)
    assert report.contracts
    for contract in report.contracts:
        built = contract_data(contract, said)
        assert built == report_json(contract, lang)
        assert list(built) == list(report_json(contract, lang))  # the same order of keys


FILLED = [("contracts", 0, 0), ("contributions", 0, 1), ("trace", 1, 1)]


@pytest.mark.parametrize(("detail", "steps", "parts"), FILLED)
def test_the_details_are_filled(detail: str, steps: int, parts: int) -> None:
    """The comparison above saw trace steps and contributions where the detail asks for them."""
    settings = use.Settings(as_of=dt.date(2026, 11, 23))
    report = use.batch([EXAMPLES / "contracts-2026.yaml"], settings, detail=Detail(detail))
    assert min(1, sum(len(c.trace) for c in report.contracts)) == steps
    assert min(1, sum(len(c.contributions) for c in report.contracts)) == parts


def test_a_sentence_is_said_once() -> None:
    said = Sayer("en")
    finding = Finding(code="input_error", severity=Severity.ERROR, params={"problem": "is_folder"})
    first, second = finding_data(finding, said), finding_data(finding, said)
    assert first == second and first["message"] is second["message"]
