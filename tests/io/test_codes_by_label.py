"""Block codes and rule-set ids in any case, and a block by its Dutch or English label (#9 item 10).

The template's block drop-down offers the labels in its language; a workbook filled in from it
reads back to the codes, in every format the reader takes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
AS_OF = ("--as-of", "2026-11-23")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def blocks_of(stdout: str) -> list[str]:
    return [c["block"] for c in json.loads(stdout)["contracts"][0]["contributions"]]


YAML = """\
contract:
  id: L-1
  type: services
  value_excl_vat: "1000000"
  start: 2026-01-01
  end: 2027-12-31
  rules: {rules}
  contributions:
    - {{block: "{block}", candidate: K1, hours_per_week: "36", start: 2026-01-01, amount: "1000"}}
"""


@pytest.mark.parametrize(
    ("rules", "block", "code"),
    [
        ("Oost-Nederland", "Participatiewet, korter dan 2 jaar", "participatiewet_under_2y"),
        ("oost-nederland", "social assistance (participatiewet), OVER 2 years", "participatiewet_over_2y"),
        ("OOST-NEDERLAND", "Participatiewet_Under_2Y", "participatiewet_under_2y"),
        ("Haaglanden", "Participatiewet", "participatiewet"),
        ("haaglanden", "PARTICIPATIEWET", "participatiewet"),
        ("rijk", "Social assistance (Participatiewet; formerly WWB, Wsw, Wajong)", "participatiewet"),
        ("haaglanden", "work experience", None),  # a code of another rule set: still unknown
    ],
)
def test_a_block_by_code_in_any_case_or_by_label(
    tmp_path: Path, rules: str, block: str, code: str | None
) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(YAML.format(rules=rules, block=block), encoding="utf-8")
    status, out, err = invoke("check", str(path), *AS_OF, "-f", "json")
    if code is None:
        assert status == 3
        assert f"{path}:9: block '{block}' is not in rule set haaglanden 2023-07" in err
        return
    assert (status, blocks_of(out)) == (0, [code]), err
    assert invoke("validate", str(path), *AS_OF)[:2] == (0, "1 passed, 0 failed\n")


def test_an_ambiguous_label_is_an_error_naming_the_candidates(tmp_path: Path) -> None:
    bundled = ROOT / "src" / "sroi_cli" / "rules" / "oost-nederland"
    text = next(bundled.glob("*.yaml")).read_text(encoding="utf-8")
    # two blocks given one Dutch label, as a rule-set author might by mistake
    text = text.replace('"Participatiewet, langer dan 2 jaar"', '"Participatiewet, korter dan 2 jaar"')
    rules = tmp_path / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    source = tmp_path / "t.yaml"
    source.write_text(
        YAML.format(rules="oost-nederland", block="participatiewet, korter dan 2 jaar"), "utf-8"
    )
    for command in ("check", "validate"):
        status, out, err = invoke(command, str(source), "--rules", str(rules), *AS_OF, "--lang", "en")
        assert status == 3
        said = err if command == "check" else out
        where = f"sroi: {source}:9: " if command == "check" else f"{source}:9: error: "
        assert (
            f"{where}'participatiewet, korter dan 2 jaar' is the label of more than one code in rule "
            "set oost-nederland V05 april 2023: participatiewet_under_2y, participatiewet_over_2y; "
            "write the code\n"
        ) in said
        assert said.count("participatiewet, korter") == 1  # not also called unknown


def _fill(path: Path, lang: str) -> list[str]:
    """Fill one contract and a contribution per block from the template's own drop-down lists."""
    book = load_workbook(path)
    lists = book["Lijsten" if lang == "nl" else "Lists"]
    column = next(c.column_letter for c in lists[1] if c.value == "block")
    labels = [c.value for c in lists[column][1:] if c.value]
    contracts = book["Contracten" if lang == "nl" else "Contracts"]
    headers = [c.value for c in contracts[1]]
    row: dict[str, Any] = dict.fromkeys(headers)
    row.update({headers[0]: "T-1", headers[4]: "diensten" if lang == "nl" else "services"})
    row[headers[5]] = 1_000_000
    start = "startdatum" if lang == "nl" else "start date"
    end = "einddatum" if lang == "nl" else "end date"
    row.update(
        {start: "01-01-2026", end: "31-12-2027", "regelset" if lang == "nl" else "rules": "Haaglanden"}
    )
    contracts.append([row[h] for h in headers])
    contributions = book["Bijdragen" if lang == "nl" else "Contributions"]
    for number, label in enumerate(labels):
        contributions.append(
            ["T-1", label, f"K-{number:03d}", 36, "01-01-2026", None, 1000, "01-02-2026", 10]
        )
    book.save(path)
    return labels


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_template_filled_from_its_drop_downs_reads_back_to_the_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("template", "--rules", "haaglanden", "--lang", lang, "-o", "t.xlsx")[0] == 0
    labels = _fill(Path("t.xlsx"), lang)
    assert "no_benefit" not in labels  # labels, not codes
    assert ("Werkzoekend zonder uitkering" if lang == "nl" else "Jobseeker without benefit") in labels
    status, out, err = invoke("check", "t.xlsx", *AS_OF, "-f", "json")
    assert status in (0, 1), err
    from sroi_cli.io.rules_loader import RuleLibrary

    codes = list(RuleLibrary().history("haaglanden").versions[-1].valuation.blocks)
    assert blocks_of(out) == codes
    assert invoke("validate", "t.xlsx", *AS_OF)[:2] == (0, "1 passed, 0 failed\n")
