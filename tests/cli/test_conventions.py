"""The conventions people type without thinking: dates as the inputs write them, a line saying where
the report went, exit 2 for a usage mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
TENDER = str(ROOT / "examples" / "tender.yaml")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("day", ["2026-11-23", "23-11-2026", "23/11/2026", "23.11.2026"])
def test_as_of_takes_every_date_form_the_inputs_take(day: str) -> None:
    code, out, _ = run("check", TENDER, "--as-of", day, "-f", "json", "--fail-on", "never")
    assert code == 0 and '"as_of": "2026-11-23"' in out


def test_as_of_that_is_no_date_is_a_usage_error() -> None:
    code, _, err = run("check", TENDER, "--as-of", "23 november")
    assert code == 2 and "--as-of" in err


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "is not a date; expected one such as 2026-11-23, 23-11-2026, 23/11/2026 or 23.11.2026"),
        ("nl", "is geen datum; verwacht zoals 23-11-2026, 2026-11-23, 23/11/2026 of 23.11.2026"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [
        ["check", TENDER],
        ["plan", TENDER],
        ["rules", "diff", "rijk", "haaglanden"],
        ["template", "-o", "t.yaml"],
    ],
)
def test_an_impossible_as_of_is_one_line_saying_what_was_typed(
    lang: str, said: str, command: list[str]
) -> None:
    # QA #12: '32-13-2026' showed strptime's '%Y-%m-%d', '%d-%m-%Y' … in a box of three lines
    code, out, err = run(*command, "--as-of", "32-13-2026", "--lang", lang)
    assert (code, out, err) == (2, "", f"sroi: --as-of: '32-13-2026' {said}\n")


@pytest.mark.parametrize(("lang", "said"), [("en", "wrote {path}"), ("nl", "{path} geschreven")])
def test_a_report_written_to_a_file_is_said_on_stderr(tmp_path: Path, lang: str, said: str) -> None:
    target = tmp_path / "report.xlsx"
    code, out, err = run("check", TENDER, "--as-of", "2026-11-23", "-o", str(target), "--lang", lang)
    assert code == 0 and out == "" and target.exists()
    assert err.splitlines()[0] == said.format(path=target)


def test_explain_with_an_unknown_id_is_a_usage_error() -> None:
    code, _, err = run("explain", TENDER, "-c", "NOPE")
    assert code == 2 and "no contract with id 'NOPE'" in err


def test_paid_hours_without_an_organisation_is_a_usage_error() -> None:
    code, _, err = run("banen", str(ROOT / "examples" / "contracts-2026.yaml"), "--paid-hours", "100")
    assert code == 2 and "--paid-hours needs --organisation" in err
