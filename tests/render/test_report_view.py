"""The JSON report and its schema come from one set of models (render/report_view.py), and the
derived figures are worked out once, on the report model, for every format that shows them."""

from __future__ import annotations

import io
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from sroi_cli.domain.report import Report
from sroi_cli.render import RenderOptions, json_out, md
from sroi_cli.render.report_schema import report_schema
from sroi_cli.render.report_view import ReportedContract, ReportedReport

RENDER = Path(__file__).parents[2] / "src" / "sroi_cli" / "render"


def _written(report: Any, lang: str) -> dict[str, Any]:
    out = io.StringIO()
    json_out.render(report, out, RenderOptions(lang=lang))
    return dict(json.loads(out.getvalue()))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_written_json_is_the_views_shape_exactly(portfolio: Report, lang: str) -> None:
    """Read into the view and dumped again, the writer's document is unchanged: no key more or
    less, none in another place, no value in another form."""
    for document in (_written(portfolio, lang), json_out.report_json(portfolio, lang)):
        again = ReportedReport.model_validate(document).model_dump(mode="json", by_alias=True)
        assert json.dumps(again) == json.dumps(document)
    contract = json_out.report_json(portfolio.contracts[0], lang)
    again = ReportedContract.model_validate(contract).model_dump(mode="json", by_alias=True)
    assert json.dumps(again) == json.dumps(contract)


def test_the_schema_is_the_views_own(portfolio: Report) -> None:
    schema = report_schema()
    top = ReportedReport.model_json_schema(mode="serialization", ref_template="#/$defs/{model}")
    assert list(schema["properties"]) == list(top["properties"])
    fields = ReportedContract.model_fields
    shown = [f.serialization_alias or n for n, f in fields.items() if not f.exclude]
    assert list(schema["$defs"]["ReportedContract"]["properties"]) == shown


def test_the_realisation_is_the_report_models_and_the_renderers_show_it(portfolio: Report) -> None:
    owed = [c for c in portfolio.contracts if c.obligation > 0]
    free = [c for c in portfolio.contracts if c.obligation == 0]
    assert owed and free
    assert all(c.realisation == c.realised / c.obligation for c in owed)
    assert all(c.realisation is None for c in free)
    shown = [md.progress(c, "en") for c in owed]
    whole = [(c.realised / c.obligation * 100).quantize(Decimal(1), ROUND_HALF_UP) for c in owed]
    assert shown == [f"{n:,}%" for n in whole]


def test_no_renderer_works_the_realisation_out_again() -> None:
    again = re.compile(r"realised\s*/\s*\w*\.?obligation")
    found = [p.name for p in RENDER.glob("*.py") if again.search(p.read_text(encoding="utf-8"))]
    assert found == []
