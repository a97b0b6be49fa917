"""CSV pairs: partners found in any case, every file read listed with its digest, a lone half refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

CONTRACTS = (
    "Kenmerk;Soort;Opdrachtwaarde excl. btw;Startdatum;Einddatum;Regels\n"
    "C-1;diensten;1000000;01-01-2026;31-12-2027;haaglanden\n"
)
CONTRIBUTIONS = "Contract;Bouwblok;Bedrag;Datum;Status\nC-1;social_purchase;20000;01-06-2026;accepted\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("contracts", "contributions"),
    [
        ("Contracts.csv", "Contributions.csv"),
        ("Contracten.csv", "Bijdragen.csv"),
        ("CONTRACTS.CSV", "contributions.csv"),
        ("contracten-2026.csv", "Bijdragen-2026.csv"),
    ],
)
def test_a_pair_is_matched_in_any_case_and_both_files_are_listed(
    tmp_path: Path, contracts: str, contributions: str
) -> None:
    (tmp_path / contracts).write_text(CONTRACTS, encoding="utf-8")
    (tmp_path / contributions).write_text(CONTRIBUTIONS, encoding="utf-8")
    for command in ("batch", "check"):
        code, out, err = run(command, str(tmp_path), "--as-of", "2026-11-23", "-f", "json")
        assert code == 0, err
        report = json.loads(out)
        assert report["contracts"][0]["realised"] == "20000.00"
        assert report["input"] == [
            {
                "path": str(tmp_path / name),
                "sha256": hashlib.sha256((tmp_path / name).read_bytes()).hexdigest(),
            }
            for name in (contracts, contributions)
        ]


def test_naming_the_contributions_file_reads_it_through_its_contracts(tmp_path: Path) -> None:
    (tmp_path / "Contracts.csv").write_text(CONTRACTS, encoding="utf-8")
    (tmp_path / "Contributions.csv").write_text(CONTRIBUTIONS, encoding="utf-8")
    code, out, _ = run("check", str(tmp_path / "Contributions.csv"), "--as-of", "2026-11-23", "-f", "json")
    assert code == 0
    assert json.loads(out)["contracts"][0]["realised"] == "20000.00"


@pytest.mark.parametrize("command", ["check", "batch", "validate"])
def test_contributions_without_contracts_are_refused_clearly(tmp_path: Path, command: str) -> None:
    (tmp_path / "Bijdragen.csv").write_text(CONTRIBUTIONS, encoding="utf-8")
    code, out, err = run(command, str(tmp_path), "--as-of", "2026-11-23", "--lang", "en")
    expected = (
        "a contributions CSV without its contracts CSV next to it "
        "(contracts.csv with contributions.csv, or contracten.csv with bijdragen.csv, in any case); "
        "nothing of it is read"
    )
    assert code == 3
    line = next(line for line in (err + out).splitlines() if expected in line)
    assert str(tmp_path / "Bijdragen.csv") in line


def test_the_contributions_file_honours_file_mb(tmp_path: Path) -> None:
    (tmp_path / "contracts.csv").write_text(CONTRACTS, encoding="utf-8")
    big = tmp_path / "contributions.csv"
    with big.open("wb") as stream:
        stream.write(CONTRIBUTIONS.encode())
        stream.truncate(3 * 2**20)
    code, _, err = run("--limit", "file_mb=2", "check", str(tmp_path / "contracts.csv"))
    assert code == 3
    assert err == (
        f"sroi: {big}: refused: the file exceeds the limit of 2 MiB (file_mb) "
        "(raise it with --limit if the file is trusted)\n"
    )
