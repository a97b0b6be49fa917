"""The Markdown report: tables stay tables whatever the text, and findings across contracts are shown."""

from __future__ import annotations

import io

from sroi_cli.domain.location import Location
from sroi_cli.domain.report import Finding, Report, Severity
from sroi_cli.render import RenderOptions, get_renderer
from sroi_cli.render.md import cell


def markdown(report: Report, lang: str = "en") -> str:
    out = io.StringIO()
    get_renderer("md").render(report, out, RenderOptions(lang=lang))
    return out.getvalue()


def test_a_pipe_or_line_break_cannot_break_a_table() -> None:
    assert cell("a | b\nc") == "a \\| b c"


def test_every_contract_has_its_section(portfolio: Report) -> None:
    text = markdown(portfolio)
    for contract in portfolio.contracts:
        assert f"\n## {contract.id} — {contract.title}\n" in text


def test_findings_across_contracts_get_their_own_section(portfolio: Report) -> None:
    across = Finding(
        code="pso_level_unknown",
        severity=Severity.ERROR,
        params={"level": "x", "rules": "y"},
        location=Location("x.yaml", line=3),
        contract="DH-1",
    )
    text = markdown(portfolio.model_copy(update={"findings": (across,)}))
    head = text.split("\n## DH-2025-0311")[0]
    assert "## Findings" in head
    assert "- **error** DH-1: `x.yaml:3`: " in head
