"""The calculation trace of one contract, step by step with rule and source (text or Markdown)."""

from __future__ import annotations

from typing import TextIO

from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import ContractResult
from sroi_cli.render import RenderOptions
from sroi_cli.render.layout import wrap
from sroi_cli.render.texts import finding_text, phrase, say, verdict_name


def lines(c: ContractResult, lang: str, markdown: bool) -> list[str]:
    title = f"{c.id}" + (f" — {c.title}" if c.title else "")
    out = [f"# {title}" if markdown else title, ""]
    out.append(f"{phrase('h_verdict', lang)}: {verdict_name(c.verdict, lang)}")
    out.append("")
    rule_word, source_word = phrase("h_rule", lang), phrase("h_source", lang)
    for number, step in enumerate(c.trace, start=1):
        out.append(f"{number}. {say(step, lang)}")
        if step.rule:
            out.append(f"   {rule_word}: {step.rule}")
        if step.source:
            out.append(f"   {source_word}: {step.source}")
    if c.findings:
        out += ["", f"## {phrase('h_findings', lang)}" if markdown else phrase("h_findings", lang)]
        out += [f"- {phrase(f.severity, lang)}: {f.location}: {finding_text(f, lang)}" for f in c.findings]
    return out


def render(c: ContractResult, out: TextIO, options: RenderOptions, fmt: str = "table") -> None:
    shown = lines(c, options.lang, markdown=fmt == "md")
    if options.width and fmt != "md":  # a terminal: each line wraps under its own indent
        shown = [part for line in shown for part in _wrapped(line, options.width)]
    out.write("\n".join(map(visible, shown)) + "\n")


def _wrapped(line: str, width: int) -> list[str]:
    if not line:
        return [line]
    lead = len(line) - len(line.lstrip())
    marker = line.lstrip().split(" ", 1)[0]
    hang = lead + (len(marker) + 1 if marker.endswith(".") or marker == "-" else 2)
    return wrap(line.strip(), width, first=" " * lead, indent=" " * hang)
