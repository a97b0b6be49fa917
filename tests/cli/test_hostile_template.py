"""Rule files are input too (issue 10, item 11): what `sroi template` writes from a rule file's
title, labels, sources and block codes is inert, exactly as in a report.

The cases are `inert/template/*.yaml` of tests/cases/hostile/build_inert.py: a formula
(`=HYPERLINK(…)`, `+`, `-`, `@`), a newline that would end a YAML comment or value and add keys, and
control characters a workbook cannot hold. The workbook template neutralises every text with the
report writers' function (domain/inert.py `neutralise`); the YAML template escapes control characters
in its comments and quotes a code that is not a plain word.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.inert import FORMULA_STARTS, neutralise

HOSTILE = Path(__file__).parents[1] / "cases" / "hostile"
_spec = importlib.util.spec_from_file_location("build_inert_template", HOSTILE / "build_inert.py")
assert _spec is not None and _spec.loader is not None
build_inert = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_inert)
CORPUS = build_inert.HERE / "template"
CASES = sorted(p.name for p in CORPUS.glob("*.yaml"))
AS_OF = ("--as-of", "2026-11-23", "--lang", "en")
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _template(name: str, out: Path, lang: str = "en") -> None:
    args = [
        "template",
        "-o",
        str(out),
        "--rules",
        str(CORPUS / name),
        "--lang",
        lang,
        "--as-of",
        "2026-11-23",
    ]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_every_class_of_text_in_every_place() -> None:
    places = {name.split("-", 1)[0] for name in CASES}
    texts = {name.split("-", 1)[1].removesuffix(".yaml") for name in CASES}
    assert places == {"title", "label", "source", "code"}
    assert texts == set(build_inert.TEMPLATE_TEXTS)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", CASES)
def test_the_workbook_holds_no_formula_and_the_text_shown(name: str, lang: str, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    _template(name, out, lang)
    with zipfile.ZipFile(out) as archive:  # the saved XML: no <f> element anywhere
        for part in archive.namelist():
            if part.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(part) and b"<f " not in archive.read(part), part
    book = load_workbook(out)
    texts = [
        cell.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert all(cell.data_type != "f" for s in book.worksheets for r in s.iter_rows() for cell in r)
    assert not [t for t in texts if t.startswith(FORMULA_STARTS)], texts
    hostile = build_inert.TEMPLATE_TEXTS[name.split("-", 1)[1].removesuffix(".yaml")]
    text = hostile.encode().decode("unicode_escape")  # the text the rule file holds
    shown = neutralise(text)
    assert any(shown in t for t in texts), (shown, texts)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("name", CASES)
def test_the_yaml_template_keeps_its_keys_and_stays_valid(name: str, lang: str, tmp_path: Path) -> None:
    out = tmp_path / "template.yaml"
    _template(name, out, lang)
    text = out.read_text(encoding="utf-8")
    assert XML_ILLEGAL.search(text) is None
    assert "\x1b" not in text
    document = yaml.safe_load(text)
    assert set(document) == {"contracts", "contributions"}
    assert len(document["contracts"]) == 1 and len(document["contributions"]) == 1
    contribution = document["contributions"][0]
    assert set(contribution) == {
        "contract",
        "block",
        "candidate",
        "hours_per_week",
        "start",
        "end",
        "bonuses",
        "doelgroepregister",
        "status",
    }
    if name.startswith("code-"):  # the code reads back as itself
        hostile = build_inert.TEMPLATE_TEXTS[name.removeprefix("code-").removesuffix(".yaml")]
        assert contribution["block"] == hostile.encode().decode("unicode_escape")
    for line in text.splitlines():  # every line is a comment, blank, or a key the skeleton writes
        assert line == "" or line.lstrip().startswith("#") or re.match(r"^ *(- )?[a-z_]+:", line), line
    result = CliRunner().invoke(app, ["check", str(out), "--rules", str(CORPUS / name), *AS_OF])
    assert result.exit_code in (0, 1), result.output
