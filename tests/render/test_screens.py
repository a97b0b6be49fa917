"""Whole terminal screens at 60, 80, 100 and 140 columns, in both languages, compared with golden files;
and at every width from 60 up the verdict, each id and each amount are there whole, no line too long.

Regenerate after a deliberate change with `SROI_REGENERATE_GOLDEN=1 python -m pytest tests/render`,
then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.render.fmt import money
from sroi_cli.render.texts import verdict_name

ROOT = Path(__file__).parents[2]
SCREENS = Path(__file__).parent / "screens"
AS_OF = ["--as-of", "2026-11-23"]
COMMANDS = {
    "check": ["check", "examples/tender.yaml", *AS_OF, "--fail-on", "never"],
    "batch": ["batch", "examples/contracts-2026.yaml", *AS_OF, "--fail-on", "never", "--quiet"],
    "plan": ["plan", "examples/contracts-2026.yaml", *AS_OF],
    "banen": ["banen", "examples/contracts-2026.yaml", *AS_OF],
    "rules": ["rules", "show", "haaglanden"],
}
WIDTHS = (60, 80, 100, 140)
CASES = [(name, lang, width) for name in COMMANDS for lang in ("en", "nl") for width in WIDTHS]


def screen(args: list[str], lang: str, width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        app, [*args, "--lang", lang], env={"COLUMNS": str(width)}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("name", "lang", "width"), CASES, ids=[f"{n}-{lang}-{w}" for n, lang, w in CASES])
def test_screen_matches_its_golden_file(
    name: str, lang: str, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = screen(COMMANDS[name], lang, width, monkeypatch)
    golden = SCREENS / f"{name}.{lang}.{width}.txt"
    if os.environ.get("SROI_REGENERATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; run with SROI_REGENERATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs"
    assert max(len(line.rstrip()) for line in text.splitlines()) <= width


def _report(args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, [*args, "--lang", lang, "-f", "json"], catch_exceptions=False)
    data: dict[str, object] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", ["check", "batch"])
def test_every_width_keeps_verdicts_ids_and_amounts_whole(
    name: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    report = _report(COMMANDS[name], lang, monkeypatch)
    contracts: list[dict[str, str]] = report["contracts"]  # type: ignore[assignment]
    for width in range(60, 161, 7):
        text = screen(COMMANDS[name], lang, width, monkeypatch)
        overview = text.split("\n\n")[0] if name == "check" else text
        assert "…" not in text, f"something cut at {width} columns"
        for c in contracts:
            assert c["id"] in overview, (width, c["id"])
            assert verdict_name(c["verdict"], lang) in overview, (width, c["verdict"])
            for figure in ("obligation", "realised", "shortfall"):
                assert money(Decimal(c[figure]), lang) in overview, (width, c["id"], figure)
        assert max(len(line.rstrip()) for line in text.splitlines()) <= width, width
