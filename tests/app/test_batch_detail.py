"""`batch --detail`: what each contract carries; the portfolio's own figures never depend on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sroi_cli import app as use
from sroi_cli.domain.report import Detail, Report

YEAR = Path(__file__).parents[2] / "examples" / "contracts-2026.yaml"
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def reports() -> dict[Detail, Report]:
    settings = use.Settings(as_of=AS_OF)
    return {d: use.batch([YEAR], settings, detail=d) for d in Detail}


def test_by_default_a_contract_carries_its_figures_only(reports: dict[Detail, Report]) -> None:
    report = use.batch([YEAR], use.Settings(as_of=AS_OF))
    assert all(c.contributions == () and c.trace == () for c in report.contracts)
    assert sum(c.contribution_count for c in report.contracts) == 13  # as the file has
    assert report == reports[Detail.CONTRACTS]


def test_contributions_are_there_when_asked(reports: dict[Detail, Report]) -> None:
    contracts = reports[Detail.CONTRIBUTIONS].contracts
    assert [len(c.contributions) for c in contracts] == [c.contribution_count for c in contracts]
    assert all(c.trace == () for c in contracts)


def test_the_trace_is_the_one_check_gives(reports: dict[Detail, Report]) -> None:
    checked = use.check([YEAR], use.Settings(as_of=AS_OF))
    assert reports[Detail.TRACE].contracts == checked.contracts


@pytest.mark.parametrize("detail", list(Detail))
def test_the_portfolio_figures_do_not_depend_on_the_detail(
    reports: dict[Detail, Report], detail: Detail
) -> None:
    full, this = reports[Detail.TRACE], reports[detail]
    assert (this.summary, this.groups, this.people, this.pipeline, this.findings) == (
        full.summary,
        full.groups,
        full.people,
        full.pipeline,
        full.findings,
    )
    assert len(full.findings) == 2  # the candidate counted twice, and a months cap passed in total
    assert [c.realised for c in this.contracts] == [c.realised for c in full.contracts]
