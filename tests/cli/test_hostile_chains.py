"""Rule versions chained by `extends` (issue 10, item 4): resolved without recursion, each version
once, and a chain longer than MAX_EXTENDS_DEPTH refused with one line naming it.

The corpus is made by tests/cases/hostile/build_chains.py: 400 tiny files took 18 s, 1.200 ended
in RecursionError.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.errors import RulesError
from sroi_cli.io import rules_loader
from sroi_cli.io.rules_loader import MAX_EXTENDS_DEPTH, RuleLibrary

HOSTILE = Path(__file__).parents[1] / "cases" / "hostile"


def _builder() -> object:
    spec = importlib.util.spec_from_file_location("hostile_build_chains", HOSTILE / "build_chains.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _builder()
LENGTHS: dict[str, int] = build.LENGTHS  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-chains")
    build.main(folder)  # type: ignore[attr-defined]
    return folder


def _too_deep(length: int, number: int) -> str:
    """The line of version `number` of a chain: it and the versions above it, more than the limit."""
    day = build.day(number)  # type: ignore[attr-defined]
    first = f"chain@v{number} -> chain@v{number - 1}"
    return (
        f"chain-{length}/chain/{day}.yaml:5: error: 'extends' makes a chain of {number + 1} files, "
        f"more than {MAX_EXTENDS_DEPTH}: {first} -> ... -> chain@v0"
    )


def test_the_limit_is_what_the_corpus_tests() -> None:
    assert LENGTHS["deepest"] == MAX_EXTENDS_DEPTH
    assert LENGTHS["too-deep"] == MAX_EXTENDS_DEPTH + 1


@pytest.mark.parametrize("kind", ["short", "deepest"])
def test_a_chain_within_the_limit_is_valid(kind: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    length = LENGTHS[kind]
    result = CliRunner().invoke(app, ["rules", "validate", f"chain-{length}", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == f"{length} passed, 0 failed"


@pytest.mark.parametrize("kind", ["too-deep", "long", "longer"])
def test_a_chain_past_the_limit_is_refused_per_file(
    kind: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    length = LENGTHS[kind]
    result = CliRunner().invoke(app, ["rules", "validate", f"chain-{length}", "--lang", "en"])
    assert result.exit_code == 4, result.output
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert (
        errors[:2]
        == [_too_deep(length, n) for n in range(MAX_EXTENDS_DEPTH, MAX_EXTENDS_DEPTH + 2)][: len(errors[:2])]
    )
    assert len(errors) == length - MAX_EXTENDS_DEPTH
    assert (
        result.stdout.splitlines()[-1] == f"{MAX_EXTENDS_DEPTH} passed, {length - MAX_EXTENDS_DEPTH} failed"
    )
    assert "Traceback" not in result.output and "RecursionError" not in result.output


def test_check_with_a_too_long_chain_says_so(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A contract picking the deepest version: exit 4 and one located line, not a RecursionError."""
    monkeypatch.chdir(corpus)
    length = LENGTHS["longer"]
    (corpus / "tender.yaml").write_text(
        "contract:\n  id: C-1\n  type: works\n  value_excl_vat: '300000'\n  start: 2026-01-01\n"
        "  end: 2026-12-31\n  rules: chain\n",
        encoding="utf-8",
    )
    args = ["check", "tender.yaml", "--rules", f"chain-{length}", "--as-of", "2026-06-01", "--lang", "en"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines()[0].startswith(f"sroi: chain-{length}/chain/")
    assert "more than 32" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("kind", ["deepest", "longer"])
def test_each_version_is_merged_once(kind: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading every version of a chain of n files costs n - 1 merges, not n²/2 (linear)."""
    monkeypatch.chdir(corpus)
    calls = {"merge": 0}
    real = rules_loader.merge

    def counted(base: object, over: object) -> object:
        if getattr(over, "key_lines", None) is not None and "extends" in over:  # type: ignore[operator]
            calls["merge"] += 1
        return real(base, over)

    monkeypatch.setattr(rules_loader, "merge", counted)
    length = LENGTHS[kind]
    library = RuleLibrary([corpus / f"chain-{length}"])
    loaded = 0
    for path in library.files("chain"):
        try:
            library.load(path)
            loaded += 1
        except RulesError:
            pass
    assert loaded == min(length, MAX_EXTENDS_DEPTH)
    assert calls["merge"] == min(length, MAX_EXTENDS_DEPTH) - 1
