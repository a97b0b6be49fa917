"""Numbers beyond their sane range, in inputs and rule files (issue 10, item 3): one located line.

The corpus is made by tests/cases/hostile/build_numbers.py. Every money, hours, months and share
field has a range (src/sroi_cli/domain/bounds.py, README "Number ranges"); a value outside it is
refused where it is read (exit 3 for an input, 4 for a rule file, which `rules validate` refuses
too), so the engine never computes with it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sroi_cli.catalogue import message
from sroi_cli.cli import app
from sroi_cli.domain import bounds

HOSTILE = Path(__file__).parents[1] / "cases" / "hostile"


def _builder() -> Any:
    spec = importlib.util.spec_from_file_location("hostile_build_numbers", HOSTILE / "build_numbers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _builder()
CASES = build.CASES
RULE_CASES = sorted(name for name in CASES if name.startswith("rules-"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-numbers")
    build.main(folder)
    return folder


@pytest.mark.parametrize("name", sorted(CASES))
def test_refused_with_one_located_line(name: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, args, code, lines = CASES[name]
    monkeypatch.chdir(corpus)
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == code, result.output
    if args[0] == "rules":  # rules validate prints its verdict per file on stdout
        errors = [x.replace(": error: ", ": ", 1) for x in result.stdout.splitlines() if ": error: " in x]
        assert errors == [x.removeprefix("sroi: ") for x in lines], result.output
    else:
        assert result.stderr.splitlines() == lines
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", RULE_CASES)
def test_a_command_using_the_rule_file_refuses_it(
    name: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check` with the hostile rule set: exit 4 and the same line, never a crash in the engine."""
    _, _, _, lines = CASES[name]
    monkeypatch.chdir(corpus)
    args = ["check", "rules-tender.yaml", "--rules", name, "-f", "json", *build.CHECK]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 4, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == lines


def test_the_hostile_rule_set_itself_is_valid(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each case changes one number: unchanged, the rule set and its tender make a report."""
    monkeypatch.chdir(corpus)
    assert CliRunner().invoke(app, ["rules", "validate", "hostile"]).exit_code == 0
    args = ["check", "rules-tender.yaml", "--rules", "hostile", "-f", "json", *build.CHECK]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    assert '"contracts"' in result.stdout


def test_the_tender_itself_is_valid(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (corpus / "plain.yaml").write_bytes(build.tender())
    monkeypatch.chdir(corpus)
    result = CliRunner().invoke(
        app, ["check", "plain.yaml", "--rules", "hostile", "-f", "json", *build.CHECK]
    )
    assert result.exit_code in (0, 1), result.output


@pytest.mark.parametrize("key", sorted(bounds.RANGES))
def test_each_message_states_its_range(key: str) -> None:
    """The messages say the numbers bounds.py checks, in both languages."""
    low, high = bounds.RANGES[key]
    for lang in ("en", "nl"):
        text = message(key, lang)
        assert f"{low:f}" in text and f"{high:f}" in text, (key, lang, text)


@pytest.mark.parametrize(
    ("key", "inside", "outside"),
    [
        ("range_money", "1000000000000", "1000000000000.01"),
        ("range_share", "1", "1.0000001"),
        ("range_hours", "10000000", "10000000.000001"),
        ("range_months", "1200", "1201"),
        ("range_count", "100000", "100001"),
    ],
)
def test_the_edges(key: str, inside: str, outside: str) -> None:
    from decimal import Decimal
    from typing import Annotated

    from pydantic import TypeAdapter, ValidationError

    adapter: TypeAdapter[Decimal] = TypeAdapter(Annotated[Decimal, bounds.within(key)])
    assert adapter.validate_python(Decimal(inside)) == Decimal(inside)
    with pytest.raises(ValidationError) as error:
        adapter.validate_python(Decimal(outside))
    assert error.value.errors()[0]["type"] == "out_of_range"
