"""What the buyer's sheet holds is read or deliberately left (#9 item 11).

A notes column is read and carried into every report as inert text; the buyer's own words for
the block, the hours and the register are headers; a header close to a known one stays an error
with the suggestion, any other is a located warning "column X ignored" — never silent, and its
cells still pass the BSN guard.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

AS_OF = ("--as-of", "2026-11-01")
NOTE = "=SUM(1,2) <b>x</b> [link](http://x) *y*"
CONTRACT_HEADERS = ["Kenmerk", "Soort", "Opdrachtwaarde", "Startdatum", "Einddatum", "Regels"]
CONTRACT_ROW = ["T-1", "diensten", 1_000_000, dt.date(2026, 1, 1), dt.date(2027, 12, 31), "haaglanden"]
CONTRIBUTION_HEADERS = ["Kenmerk", "Doelgroep", "Kandidaat", "Aantal uren per week", "Startdatum"]
CONTRIBUTION_ROW = ["T-1", "Participatiewet", "K-1", 36, dt.date(2026, 1, 1)]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def workbook(
    path: Path,
    contract_extra: dict[str, Any] | None = None,
    contribution_extra: dict[str, Any] | None = None,
    more_rows: list[list[Any]] | None = None,
) -> str:
    book = Workbook()
    contracts = book.active
    contracts.title = "Contracten"
    extra = contract_extra or {}
    contracts.append([*CONTRACT_HEADERS, *extra])
    contracts.append([*CONTRACT_ROW, *extra.values()])
    for cell in contracts[2]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text typed as it is, not a formula
    contributions = book.create_sheet("Bijdragen")
    extra = contribution_extra or {}
    contributions.append([*CONTRIBUTION_HEADERS, *extra])
    contributions.append([*CONTRIBUTION_ROW, *extra.values()])
    for row in more_rows or []:
        contributions.append(row)
    book.save(path)
    return str(path)


def test_the_buyers_own_headers_are_read(tmp_path: Path) -> None:
    source = workbook(tmp_path / "b.xlsx", contribution_extra={"In doelgroepregister": "ja"})
    code, out, err = invoke("check", source, *AS_OF, "-f", "json")
    assert (code, err.count("sroi:")) == (0, 0), err
    contract = json.loads(out)["contracts"][0]
    assert contract["banenafspraak"]["jobs_now"] == "1.41"  # 36 h ÷ 25,5: in the register, so a job
    [item] = contract["contributions"]
    assert (item["block"], item["months"]) == ("participatiewet", "10.03")


@pytest.mark.parametrize("header", ["Opmerkingen", "Notitie", "Toelichting", "Notes", "Remarks"])
def test_a_notes_column_is_read_under_any_of_its_names(tmp_path: Path, header: str) -> None:
    source = workbook(tmp_path / "b.xlsx", {header: "contract note"}, {header: "placement note"})
    code, out, err = invoke("check", source, *AS_OF, "-f", "json")
    assert code == 0, err
    contract = json.loads(out)["contracts"][0]
    assert (contract["notes"], contract["contributions"][0]["notes"]) == ("contract note", "placement note")


def test_notes_reach_every_format_as_inert_text(tmp_path: Path) -> None:
    source = workbook(tmp_path / "b.xlsx", {"Opmerkingen": NOTE}, {"Toelichting": "via UWV"})
    code, out, _ = invoke("check", source, *AS_OF, "-f", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert "Notes" in rows[0]
    assert rows[1][rows[0].index("Notes")] == "'" + NOTE  # a formula never: the quote keeps it text
    code, out, _ = invoke("check", source, *AS_OF, "-f", "md")
    assert code == 0
    assert r"Notes: \=SUM\(1\,2\) \<b\>x\<\/b\> \[link\]\(http\:\/\/x\) \*y\*" in out
    code, out, _ = invoke("check", source, *AS_OF, "-f", "html")
    assert code == 0
    assert "Notes: =SUM(1,2) &lt;b&gt;x&lt;/b&gt; [link](http://x) *y*" in out and "<b>x" not in out
    code, out, _ = invoke("check", source, *AS_OF, "--lang", "nl")
    assert code == 0
    assert f"Opmerkingen                         {NOTE}" in out
    report = tmp_path / "r.xlsx"
    assert invoke("check", source, *AS_OF, "-o", str(report))[0] == 0
    book = load_workbook(report)
    found = {
        (sheet.title, cell.value, cell.data_type)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value in ("'" + NOTE, "via UWV", NOTE)
    }
    assert found == {("Contracts", NOTE, "s"), ("Contributions", "via UWV", "s")}


def test_a_bsn_in_the_notes_is_refused_and_never_echoed(tmp_path: Path) -> None:
    source = workbook(tmp_path / "b.xlsx", {"Opmerkingen": "kandidaat 111222333"})
    code, out, err = invoke("check", source, *AS_OF)
    assert (code, out) == (3, "")
    assert err == (
        f"sroi: {source} Contracten!G2: a value looks like a BSN (9 digits passing the elfproef); "
        "remove it, or pass --allow-bsn\n"
    )


def test_an_unknown_column_is_a_located_warning_in_both_languages(tmp_path: Path) -> None:
    source = workbook(tmp_path / "b.xlsx", {"Kostenplaats": "KP-7"}, {"Interne code": "X1"})
    code, out, err = invoke("check", source, *AS_OF, "-f", "json")
    assert code == 0
    assert err.splitlines()[:2] == [
        f"sroi: {source} Contracten!G1: column 'Kostenplaats' ignored: it is not a field sroi reads",
        f"sroi: {source} Bijdragen!F1: column 'Interne code' ignored: it is not a field sroi reads",
    ]
    findings = [(f["code"], f["severity"], f["location"]) for f in json.loads(out)["findings"]]
    assert findings == [
        ("column_ignored", "warning", f"{source} Contracten!G1"),
        ("column_ignored", "warning", f"{source} Bijdragen!F1"),
    ]
    code, _, err = invoke("check", source, *AS_OF, "-f", "json", "--lang", "nl")
    assert f"sroi: {source} Contracten!G1: kolom 'Kostenplaats' genegeerd: geen veld dat sroi leest" in err
    # validate says it as a warning: the file passes, unless warnings fail it
    code, out, _ = invoke("validate", source, *AS_OF)
    assert code == 0
    assert f"{source} Contracten!G1: warning: column 'Kostenplaats' ignored" in out
    assert invoke("validate", source, *AS_OF, "--fail-on", "warning")[0] == 1


def test_an_unknown_column_close_to_a_known_one_stays_an_error(tmp_path: Path) -> None:
    source = workbook(tmp_path / "b.xlsx", contribution_extra={"Kandidat": "K-1"})
    code, _, err = invoke("check", source, *AS_OF)
    assert code == 3
    assert err == f"sroi: {source} Bijdragen!F1: unknown column 'Kandidat'; did you mean 'kandidaat'?\n"


def test_an_ignored_column_still_passes_the_bsn_guard(tmp_path: Path) -> None:
    source = workbook(tmp_path / "b.xlsx", contribution_extra={"Interne code": "111222333"})
    code, _, err = invoke("check", source, *AS_OF)
    assert code == 3
    assert f"sroi: {source} Bijdragen!F2: a value looks like a BSN" in err
    assert "111222333" not in err


def test_a_row_with_only_an_ignored_cell_is_no_record(tmp_path: Path) -> None:
    row = [None] * len(CONTRIBUTION_HEADERS) + ["a remark below the table"]
    source = workbook(tmp_path / "b.xlsx", contribution_extra={"Interne code": "X1"}, more_rows=[row])
    code, out, _ = invoke("check", source, *AS_OF, "-f", "json")
    assert code == 0
    assert len(json.loads(out)["contracts"][0]["contributions"]) == 1


def test_csv_headers_too(tmp_path: Path) -> None:
    (tmp_path / "contracten.csv").write_text(
        "kenmerk;soort;opdrachtwaarde;startdatum;einddatum;regels;opmerkingen;kostenplaats\n"
        "T-1;diensten;1000000;01-01-2026;31-12-2027;haaglanden;let op;KP-7\n",
        encoding="utf-8",
    )
    (tmp_path / "bijdragen.csv").write_text(
        "kenmerk;doelgroep;kandidaat;aantal uren per week;startdatum;in doelgroepregister\n"
        "T-1;participatiewet;K-1;36;01-01-2026;nee\n",
        encoding="utf-8",
    )
    code, out, err = invoke("check", str(tmp_path / "contracten.csv"), *AS_OF, "-f", "json")
    assert code == 0, err
    where = tmp_path / "contracten.csv"
    assert (
        err.splitlines()[0] == f"sroi: {where}:1: column 'kostenplaats' ignored: it is not a field sroi reads"
    )
    contract = json.loads(out)["contracts"][0]
    assert (contract["notes"], contract["contributions"][0]["block"]) == ("let op", "participatiewet")


def test_yaml_takes_notes_too(tmp_path: Path) -> None:
    source = tmp_path / "t.yaml"
    source.write_text(
        "contract:\n  id: Y-1\n  type: works\n  value_excl_vat: '100'\n  start: 2026-01-01\n"
        '  end: 2026-12-31\n  notes: "\\e[31mrood"\n',
        encoding="utf-8",
    )
    code, out, _ = invoke("check", str(source), *AS_OF, "-f", "json")
    assert code == 0
    assert json.loads(out)["contracts"][0]["notes"] == "\x1b[31mrood"  # data in JSON, escaped by JSON
    code, out, _ = invoke("check", str(source), *AS_OF)
    assert "\x1b[31m" not in out and "rood" in out  # the terminal shows the code, never obeys it
