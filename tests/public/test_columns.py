"""`--columns`: a register's own headers (presets, or a file) onto sroi's fields, cp1252 CSV included."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from openpyxl import Workbook
from typer.testing import CliRunner

from sroi_cli.cli import app


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_rijk_register_preset_reads_semicolons_cp1252_and_dutch_numbers(
    made: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "contracts.csv"
    made.write_register_csv(path, count=40)
    assert b"\xe9" in path.read_bytes()  # é in Windows-1252, not UTF-8
    code, _, err = run("check", str(path), "--as-of", "2026-12-01")
    assert (code == 3 and "not UTF-8" in err) or "unknown" in err  # without the preset: refused
    code, out, err = run(
        "batch",
        str(path),
        "--columns",
        "rijkscontractenregister",
        "--as-of",
        "2026-12-01",
        "-f",
        "json",
        "--fail-on",
        "never",
    )
    assert code == 0, err
    contracts = json.loads(out)["contracts"]
    assert len(contracts) == 40
    first = contracts[0]
    assert first["id"] == "RCR-0001" and first["title"].endswith("(één)")
    raw = path.read_bytes().decode("cp1252").splitlines()[1].split(";")
    assert first["value_excl_vat"] == raw[5].replace(".", "").replace(",", ".")
    assert first["authority"] == raw[2]


def test_the_inkoop_preset_reads_the_data_models_attribute_names(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Contracten"
    sheet.append(
        [
            "contractidentificatie",
            "omschrijving",
            "organisatie",
            "soortopdracht",
            "contractwaarde",
            "begindatum",
            "einddatum",
            "leverancier",
            "kvknummer",
        ]
    )
    sheet.append(
        [
            "INK-1",
            "Groenonderhoud",
            "Gemeente Delft",
            "Diensten",
            400000,
            "01-01-2025",
            "31-12-2026",
            "Groen B.V.",
            1234567,
        ]
    )
    path = tmp_path / "inkoop.xlsx"
    book.save(path)
    code, out, err = run(
        "check",
        str(path),
        "--columns",
        "inkoop",
        "--as-of",
        "2026-12-01",
        "-f",
        "json",
        "--fail-on",
        "never",
        "--rules",
        "haaglanden",
    )
    assert code == 0, err
    (contract,) = json.loads(out)["contracts"]
    assert (contract["id"], contract["type"], contract["value_excl_vat"]) == (
        "INK-1",
        "services",
        "400000.00",
    )
    assert contract["applicable"] is True


def test_a_columns_file_naming_an_unknown_field_is_refused_at_its_line(tmp_path: Path) -> None:
    own = tmp_path / "cols.yaml"
    own.write_text("contract:\n  Nummer: id\n  Bedrag: waarde\n", encoding="utf-8")
    code, _, err = run("check", str(own), "--columns", str(own), "--as-of", "2026-12-01")
    assert code == 3
    assert f"{own}:3: unknown key 'waarde'" in err
