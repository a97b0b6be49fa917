"""Every broken input gives exit 3 and one located line per problem, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

BROKEN = Path(__file__).parents[1] / "cases" / "broken" / "input"
# Files that cannot hold their expectation in a first-line comment.
BINARY = {"not-utf8.yaml": "not-utf8.yaml: cannot read the file: not UTF-8 text"}
CASES = sorted(BROKEN.iterdir())


def expected(path: Path) -> str:
    if path.name in BINARY:
        return BINARY[path.name]
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} lacks its '# expect:' line"
    return first.removeprefix("# expect: ")


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_broken_input_is_refused_with_a_located_line(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BROKEN)
    result = CliRunner().invoke(app, ["check", path.name, "--as-of", "2026-06-01"], catch_exceptions=False)
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert f"sroi: {expected(path)}" in lines
    assert "Traceback" not in result.stderr
    assert "111222333" not in result.stderr and "123456782" not in result.stderr
