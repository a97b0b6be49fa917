"""`--pseudonymise`: stable keyed pseudonyms in every output format, the original never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.pseudonym import pseudonym

ROOT = Path(__file__).parents[2]
YEAR = str(ROOT / "examples" / "contracts-2026.yaml")
NAMES = [f"K-00{n:02d}" for n in (1, 2, 3, 4, 5, 6, 7, 11, 20)]


def run(*args: str, key: str = "test-key", home: Path | None = None) -> tuple[int, str, str]:
    env = {"SROI_PSEUDONYM_KEY": key} if key else {"SROI_PSEUDONYM_KEY": "", "XDG_CONFIG_HOME": str(home)}
    result = CliRunner(env=env).invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["json", "table", "md", "csv", "html"])
def test_no_candidate_reference_survives(fmt: str) -> None:
    code, out, err = run("batch", YEAR, "--as-of", "2026-11-23", "-f", fmt, "--pseudonymise")
    assert code in (0, 1)
    for name in NAMES:
        assert name not in out and name not in err
    if fmt == "json":
        assert pseudonym("K-0006", b"test-key") in out  # named in the cross-contract findings too


def test_pseudonyms_are_stable_per_key() -> None:
    first = run("check", YEAR, "--as-of", "2026-11-23", "-f", "json", "--pseudonymise")[1]
    again = run("check", YEAR, "--as-of", "2026-11-23", "-f", "json", "--pseudonymise")[1]
    other = run("check", YEAR, "--as-of", "2026-11-23", "-f", "json", "--pseudonymise", key="other")[1]
    assert first == again and first != other


def test_a_key_file_is_made_once_and_kept_private(tmp_path: Path) -> None:
    code, first, err = run(
        "check", YEAR, "--as-of", "2026-11-23", "-f", "json", "--pseudonymise", key="", home=tmp_path
    )
    key = tmp_path / "sroi" / "pseudonym.key"
    assert code == 1 and key.is_file() and (key.stat().st_mode & 0o777) == 0o600  # 1: non-compliant
    assert f"made a new pseudonym key in {key}" in err
    code, again, err = run(
        "check", YEAR, "--as-of", "2026-11-23", "-f", "json", "--pseudonymise", key="", home=tmp_path
    )
    assert first == again and "made a new" not in err


def test_allowed_bsns_never_reach_a_report(tmp_path: Path) -> None:
    source = tmp_path / "bsn.yaml"
    source.write_text(
        "contract:\n  id: B-1\n  type: works\n  value_excl_vat: '500000'\n  start: 2026-01-01\n"
        "  end: 2026-12-31\n  rules: haaglanden\n  contributions:\n"
        "    - {block: ww, candidate: '111222333', hours_per_week: '36', start: 2026-01-01,"
        " end: 2026-03-31}\n"
        "    - {block: ww, candidate: '111222333', hours_per_week: '36', start: 2026-02-01,"
        " end: 2026-04-30}\n"
        "    - {block: social_purchase, candidate: 'ref 123456782', amount: '100'}\n",
        encoding="utf-8",
    )
    for fmt in ("json", "table", "md", "csv", "html"):
        code, out, err = run("check", str(source), "--as-of", "2026-11-23", "-f", fmt, "--allow-bsn")
        assert code == 0, err
        assert "111222333" not in out + err and "123456782" not in out + err
    out = run("check", str(source), "--as-of", "2026-11-23", "-f", "json", "--allow-bsn")[1]
    assert "counted twice" in out  # the same hidden number is still one person
