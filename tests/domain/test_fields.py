"""The input-field registry (domain/fields.py) walked: every field is named in both languages, read by
every reader, written by both templates and shown in the report where it is marked. Nothing is
listed here; a new registry entry is checked by these tests as it stands."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from sroi_cli.domain.fields import (
    BY_NAME,
    FIELDS,
    InputField,
    Lang,
    Record,
    Sample,
    Value,
    When,
    column_label,
    fields_of,
    label,
    needed,
    sample_of,
)
from sroi_cli.domain.inputs import Contract, Contribution, Portfolio
from sroi_cli.domain.report import ContractResult, ContributionResult
from sroi_cli.domain.rules import RuleSet
from sroi_cli.io.csvfiles import read_csv
from sroi_cli.io.excel import read_excel
from sroi_cli.io.headers import field_for, normalise
from sroi_cli.io.records import FIELDS as PARSED
from sroi_cli.io.records import build_portfolio
from sroi_cli.io.rules_loader import RuleLibrary
from sroi_cli.io.template import SHEETS, write_workbook
from sroi_cli.io.template_yaml import yaml_template
from sroi_cli.io.yaml_input import read_yaml_input
from sroi_cli.render.cells import CONTRACT_COLUMNS, CONTRIBUTION_COLUMNS

RECORDS: tuple[Record, ...] = ("contract", "contribution")
LANGS: tuple[Lang, ...] = ("nl", "en")
AS_OF = dt.date(2026, 11, 23)
# A value of each kind as a user types it, and what it reads as: unlike any default, so a field
# that a reader drops cannot pass.
TYPED: dict[Value, tuple[str, Any]] = {
    Value.TEXT: ("x-1", "x-1"),
    Value.CODE: ("abc", "abc"),
    Value.CODES: ("a, b", ("a", "b")),
    Value.MONEY: ("1234.50", Decimal("1234.50")),
    Value.SHARE: ("0.25", Decimal("0.25")),
    Value.DECIMAL: ("12", Decimal("12")),
    Value.INT: ("3", 3),
    Value.DATE: ("2026-05-01", dt.date(2026, 5, 1)),
    Value.BOOL: ("yes", True),
    Value.CONTRACT_TYPE: ("services", "services"),
    Value.CONTRACT_STATUS: ("completed", "completed"),
    Value.CONTRIBUTION_STATUS: ("accepted", "accepted"),
}
BASE = {
    "contract": {
        "id": "C-1",
        "type": "works",
        "value_excl_vat": "100",
        "start": "2026-01-01",
        "end": "2027-12-31",
    },
    "contribution": {"contract": "C-1", "block": "abc"},
}


def _model_fields(model: Any, prefix: str = "") -> set[str]:
    """The input fields of a model, nested ones dotted (`pso.level`); not what a reader fills in."""
    names: set[str] = set()
    for name, info in model.__pydantic_fields__.items():  # a model's or a Pydantic dataclass's
        if info.exclude:
            continue
        kinds = getattr(info.annotation, "__args__", (info.annotation,))
        nested = [a for a in kinds if hasattr(a, "__pydantic_fields__")]
        names |= _model_fields(nested[0], f"{prefix}{name}.") if nested else {prefix + name}
    return names


@pytest.mark.parametrize("record", RECORDS)
def test_the_registry_is_the_models_fields_and_the_parsers(record: Record) -> None:
    model = Contract if record == "contract" else Contribution
    names = [f.name for f in fields_of(record)]
    assert len(names) == len(set(names))
    assert set(names) == _model_fields(model)
    assert list(PARSED[record]) == names


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f"{f.record}.{f.name}")
def test_every_field_has_a_label_aliases_and_help_in_both_languages(field: InputField) -> None:
    for lang in LANGS:
        assert field.label[lang].strip() and field.help[lang].strip(), lang
        assert label(field.record, field.name, lang) == field.label[lang]
        assert field_for(field.label[lang], field.record) == field.name, (lang, field.label[lang])
    for header in field.headers():
        assert field_for(header, field.record) == field.name, header  # no other field claims it


@pytest.mark.parametrize("record", RECORDS)
def test_no_header_names_two_fields(record: Record) -> None:
    owners: dict[str, str] = {}
    for field in fields_of(record):
        for header in field.headers():
            assert owners.setdefault(normalise(header), field.name) == field.name, header


def _rows(record: Record) -> list[dict[str, str]]:
    """One row per field: the fields a record needs (a contract id of its own), and the field with its
    typed value (a nested group whose keys are all required, `pso`, is given whole)."""
    rows = []
    for n, field in enumerate(fields_of(record)):
        row = dict(BASE[record], id=f"C-{n + 2}") if record == "contract" else dict(BASE[record])
        group = [f for f in fields_of(record) if field.name.startswith("pso.") and f.name.startswith("pso.")]
        for f in group or [field]:
            row[f.name] = TYPED[f.value][0]
        rows.append(row)
    return rows


def _tables(lang: Lang) -> dict[Record, tuple[list[str], list[list[str]]]]:
    """Headers (the labels in `lang`) and rows of both tables; the contributions' contract C-1 last."""
    tables: dict[Record, tuple[list[str], list[list[str]]]] = {}
    for record in RECORDS:
        rows = [*_rows(record), BASE["contract"]] if record == "contract" else _rows(record)
        names = [f.name for f in fields_of(record)]
        headers = [BY_NAME[record][n].label[lang] for n in names]
        tables[record] = (headers, [[r.get(n, "") for n in names] for r in rows])
    return tables


def _yaml(record_rows: dict[Record, list[dict[str, str]]]) -> str:
    def nest(row: dict[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in row.items():
            head, _, tail = key.partition(".")
            if tail:
                out.setdefault(head, {})[tail] = value
            else:
                out[key] = value
        return out

    doc = {"contracts": [nest(r) for r in record_rows["contract"]]}
    doc["contributions"] = [nest(r) for r in record_rows["contribution"]]
    return json.dumps(doc)  # JSON is YAML


def _read(reader: str, lang: Lang, tmp_path: Path) -> Portfolio:
    tables = _tables(lang)
    if reader == "yaml":
        rows = {
            record: [
                {n: v for n, v in zip((f.name for f in fields_of(record)), row, strict=True) if v}
                for row in body
            ]
            for record, (_, body) in tables.items()
        }
        return build_portfolio(read_yaml_input(_yaml(rows), "t.yaml"))
    if reader == "csv":
        records = []
        for record, (headers, body) in tables.items():
            out = io.StringIO()
            csv.writer(out, delimiter=";").writerows([headers, *body])
            path = tmp_path / f"{record}s.csv"
            path.write_text(out.getvalue(), encoding="utf-8")
            records += read_csv(path, path.name, record)
        return build_portfolio(records)
    book = Workbook()
    book.remove(book.active)
    for record, (headers, body) in tables.items():
        sheet = book.create_sheet({"contract": "Contracten", "contribution": "Bijdragen"}[record])
        for row in [headers, *body]:
            sheet.append([cell or None for cell in row])
    book.save(tmp_path / "t.xlsx")
    return build_portfolio(read_excel(tmp_path / "t.xlsx", "t.xlsx"))


def _value(obj: Any, name: str) -> Any:
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("reader", ["yaml", "xlsx", "csv"])
def test_every_field_is_read_by_every_reader(reader: str, lang: Lang, tmp_path: Path) -> None:
    portfolio = _read(reader, lang, tmp_path)
    for record in RECORDS:
        models: tuple[Any, ...] = portfolio.contracts if record == "contract" else portfolio.contributions
        fields = fields_of(record)  # row n carries field n
        assert len(models) >= len(fields)
        for field, model in zip(fields, models, strict=False):
            assert _value(model, field.name) == TYPED[field.value][1], (reader, field.name)


def _rule_sets() -> list[RuleSet]:
    """Every bundled version in force, and copies that need each conditional column in turn."""
    sets = [RuleLibrary().history(i).in_force(AS_OF) for i in RuleLibrary().ids()]
    first = sets[0]
    for basis in ("wage_bill", "invoiced_turnover"):
        sets.append(
            first.model_copy(update={"obligation": first.obligation.model_copy(update={"basis": basis})})
        )
    tests = Path(__file__).parents[1] / "cases" / "rules" / "pso-lowlabour.yaml"
    sets.append(RuleLibrary([tests]).history("test-settings").in_force(AS_OF))
    kinds = {sample_of(b): (c, b) for r in list(sets) for c, b in r.valuation.blocks.items()}
    for code, block in kinds.values():  # one example contribution of each kind
        valuation = first.valuation.model_copy(update={"blocks": {code: block}})
        sets.append(first.model_copy(update={"valuation": valuation}))
    return sets


RULE_SETS = _rule_sets()


def test_the_rule_sets_meet_every_condition_and_every_sample() -> None:
    assert {w for w in When if any(needed(w, r) for r in RULE_SETS)} == set(When)
    samples = {sample_of(next(iter(r.valuation.blocks.values()))) for r in RULE_SETS}
    assert samples == set(Sample)


@pytest.mark.parametrize("lang", LANGS)
def test_the_workbook_template_has_every_marked_field(lang: Lang) -> None:
    for rules in RULE_SETS:
        out = io.BytesIO()
        write_workbook(rules, out, lang, "sroi check t.xlsx")
        book = load_workbook(io.BytesIO(out.getvalue()))
        for record in RECORDS:
            sheet = SHEETS[record][lang]
            headers = [c.value for c in book[sheet][1]]
            want = [f for f in fields_of(record) if f.template is not None and needed(f.when, rules)]
            assert headers == [f.label[lang] for f in want], (rules.id, record)


def _keys(text: str) -> set[str]:
    """The keys of a YAML skeleton, those of a commented-out group (`# pso: {level: …}`) too."""
    keys = set()
    for line in text.splitlines():
        body = (
            line.split("# ", 1)[-1] if line.strip().startswith("#") and ": {" in line else line.split("#")[0]
        )
        for part in body.replace("{", ",").replace("- ", "").split(","):
            if ":" in part:
                keys.add(part.split(":")[0].strip())
    return keys


@pytest.mark.parametrize("lang", LANGS)
def test_the_yaml_template_has_every_marked_field(lang: Lang) -> None:
    for rules in RULE_SETS:
        keys = _keys(yaml_template(rules, lang, "sroi check t.yaml", AS_OF))
        block = next((b for b in rules.valuation.blocks.values() if sample_of(b) is Sample.PERSON), None)
        sample = sample_of(block or next(iter(rules.valuation.blocks.values())))
        for field in FIELDS:
            t = field.template
            shown = t is not None and needed(field.when, rules) and t.sample in (None, sample)
            assert (field.name.split(".")[-1] in keys) or not shown, (rules.id, field.name)
            if t is not None and field.name.split(".")[0] in ("agreed", "pso") and shown:
                assert field.name.split(".")[0] in keys


def test_every_marked_field_is_a_report_column_of_a_result_attribute() -> None:
    for record in RECORDS:
        columns = CONTRACT_COLUMNS if record == "contract" else CONTRIBUTION_COLUMNS
        model = ContractResult if record == "contract" else ContributionResult
        headers = [c.header for c in columns]
        for field in fields_of(record):
            if field.report is None:
                continue
            assert headers.count(field.report.header) == 1, field.name
            head = field.report.attr.split(".")[0]
            attrs = {f.name for f in dataclasses.fields(model)}
            assert head in attrs or (record == "contribution" and head == "contract"), field.name


def test_a_name_both_records_have_has_one_label_so_a_message_can_say_it() -> None:
    shared = set(BY_NAME["contract"]) & set(BY_NAME["contribution"])
    assert shared  # start, end, status, notes
    for name in shared:
        assert BY_NAME["contract"][name].label == BY_NAME["contribution"][name].label, name
    assert column_label("value_excl_vat", "nl") == "opdrachtwaarde excl. btw"
    assert column_label("hours_per_week", "en") == "hours per week"
    assert column_label("no_such_field", "en") == "no_such_field"
