"""`validate` and `check` read a file the same way and refuse the same files (#9 item 16 and 6).

A blank template from `sroi template` (either language, xlsx or yaml) passes both or fails both
with the same line; a contract id held by two files fails both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

AS_OF = ("--as-of", "2026-11-23")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("suffix", ["xlsx", "yaml"])
def test_check_and_validate_agree_on_the_blank_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, suffix: str
) -> None:
    monkeypatch.chdir(tmp_path)
    name = f"blank.{suffix}"
    code, _, _ = invoke("template", "--lang", lang, "-o", name)
    assert code == 0
    checked, _, check_err = invoke("check", name, *AS_OF, "--lang", "en", "-f", "json")
    validated, out, _ = invoke("validate", name, *AS_OF, "--lang", "en")
    assert checked == validated
    if suffix == "xlsx":  # headers and drop-downs, not one row filled in
        assert checked == 3
        assert check_err == "sroi: blank.xlsx: no contracts found below the header row\n"
        assert out == ("blank.xlsx: error: no contracts found below the header row\n0 passed, 1 failed\n")
    else:  # the YAML template is an example contract, ready to run
        assert checked == 0
        assert out == "1 passed, 0 failed\n"


CONTRACT = """\
contract:
  id: A-1
  type: works
  value_excl_vat: "500000"
  start: 2026-01-01
  end: 2026-12-31
  rules: haaglanden
"""


def test_a_contract_id_in_two_files_fails_validate_as_it_fails_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(CONTRACT, encoding="utf-8")
    Path("b.yaml").write_text(CONTRACT, encoding="utf-8")
    checked, _, check_err = invoke("check", "a.yaml", "b.yaml", *AS_OF, "--lang", "en")
    twice = "contract id 'A-1' appears twice (first at a.yaml:2)"
    assert (checked, check_err) == (3, f"sroi: b.yaml:2: {twice}\n")
    validated, out, _ = invoke("validate", "a.yaml", "b.yaml", *AS_OF, "--lang", "en")
    assert validated == 3
    assert out == (
        "b.yaml:2: error: contract id 'A-1' appears twice (first at a.yaml:2)\n1 passed, 1 failed\n"
    )


def test_each_file_on_its_own_still_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.yaml").write_text(CONTRACT, encoding="utf-8")
    Path("b.yaml").write_text(CONTRACT.replace("A-1", "B-1"), encoding="utf-8")
    assert invoke("validate", "a.yaml", "b.yaml", *AS_OF)[:2] == (0, "2 passed, 0 failed\n")
