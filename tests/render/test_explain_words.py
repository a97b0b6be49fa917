"""`explain` says what happened: no `+ bonuses € 0,00`, the share of expected, and why a placement
that began before the contract counts only from its start."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

EARLY = """\
contract:
  id: EARLY-1
  type: services
  value_excl_vat: "1000000.00"
  start: 2026-03-01
  end: 2028-02-29
  rules: haaglanden
  contributions:
    - {block: participatiewet, candidate: K-1, hours_per_week: "36", start: 2026-01-01, end: 2026-08-31}
"""


def explain(tmp_path: Path, lang: str) -> str:
    path = tmp_path / "early.yaml"
    path.write_text(EARLY, encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(path), "--as-of", "2026-11-23", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "it began 2026-01-01, before the contract, so it counts from the contract start 2026-03-01"),
        (
            "nl",
            "begonnen op 01-01-2026, vóór het contract, dus het telt vanaf de start van het contract "
            "01-03-2026",
        ),
    ],
)
def test_a_placement_begun_before_the_contract_says_why_it_counts_from_the_start(
    tmp_path: Path, lang: str, said: str
) -> None:
    text = explain(tmp_path, lang)
    assert said in text
    assert "bonus" not in text  # no bonuses: the sentence leaves them out


def test_the_verdict_step_gives_the_share_of_expected(tmp_path: Path) -> None:
    text = explain(tmp_path, "en")
    verdict = next(line for line in text.splitlines() if "Expected by now" in line)
    assert "% of expected" in verdict and "within" not in verdict


def test_one_placement_is_said_in_the_singular() -> None:
    from sroi_cli.domain.args import Count
    from sroi_cli.domain.trace import Step
    from sroi_cli.render.texts import say

    assert (
        say(Step(key="obligation_placements", params={"count": Count(1)}), "en") == "Obligation: 1 placement"
    )
    assert (
        say(Step(key="obligation_placements", params={"count": Count(2)}), "nl")
        == "Verplichting: 2 plaatsingen"
    )
    agreed = Step(key="obligation_agreed_placements", params={"count": Count(1)})
    assert say(agreed, "nl") == "Verplichting afgesproken voor dit contract: 1 plaatsing"
