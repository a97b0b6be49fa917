"""Markdown: a summary, a table of the contracts, then each contract's figures, contributions and findings."""

from __future__ import annotations

import re
from typing import TextIO

from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import REPORT_MARK, ContractResult, Finding, Report
from sroi_cli.render import RenderOptions, capped
from sroi_cli.render.fmt import date, money, number
from sroi_cli.render.sections import Section
from sroi_cli.render.texts import finding_text, phrase, say, verdict_name

# The characters that start Markdown (CommonMark and GitHub's tables, strikethrough and autolinks):
# emphasis, code, links and images, HTML and entities, a table cell's end. Figures hold none of them.
# An underscore inside a word and an ampersand that starts no entity are plain text (CommonMark), so
# `low_labour` and `Bouw & Infra` stay as written.
# A hash mark is text but at the start of a line, which no cell is, or closing a heading (`heading`).
_ACTIVE = re.compile(r"([\\`*\[\]<>|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?[A-Za-z0-9]+;))")
_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<=\bwww)(\.)", re.IGNORECASE)


def cell(text: str) -> str:
    """Text that Markdown shows as typed, on one line, in a paragraph, a heading or a table cell:
    every character that could start markup escaped, a bare URL kept from becoming a link."""
    said = _ACTIVE.sub(r"\\\1", visible(" ".join(text.split())))
    return _AUTOLINK.sub(lambda m: "\\" + (m.group(1) or m.group(2)), said)


def heading(level: int, text: str) -> str:
    """`## text`: as a cell, and a hash mark ending it kept (a heading would drop it as closing marks)."""
    return "#" * level + " " + re.sub(r"(#)(?=#*$)", r"\\\1", cell(text))


def code(text: str) -> str:
    """A code span that holds `text` whatever backticks it has (a fence longer than its longest run)."""
    said = visible(" ".join(text.split()))
    fence = "`" * (max((len(run) for run in re.findall("`+", said)), default=0) + 1)
    pad = " " if said.startswith("`") or said.endswith("`") else ""
    return f"{fence}{pad}{said}{pad}{fence}"


_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")

# shows every section of the report (render/sections.py)
OMITS: dict[Section, str] = {}


def inert(text: str) -> str:
    """Text from an input as Markdown shows it and never reads: every ASCII punctuation mark
    escaped (CommonMark), so `<b>`, `[a](b)`, `*` or a backtick stay the characters typed."""
    return _PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> list[str]:
    """A pipe table; the columns in `right` (figures) are right-aligned."""
    aligned = right or set()
    rule = ["---:" if i in aligned else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "| " + " | ".join(rule) + " |"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def progress(c: ContractResult, lang: str) -> str:
    """The share of the obligation realised, as the terminal table's bar shows it."""
    return "—" if c.realisation is None else number(c.realisation * 100, lang, 0) + "%"


def summary(report: Report, lang: str) -> list[str]:
    def h(key: str) -> str:
        return phrase(key, lang)

    s = report.summary
    rows = [
        [h("h_contracts"), str(s.contracts)],
        [h("h_with_social_return"), str(s.applicable)],
        [h("h_obligation"), money(s.obligation, lang)],
        [h("h_realised"), money(s.realised, lang)],
        [h("h_planned"), money(s.planned, lang)],
        [h("h_shortfall"), money(s.shortfall, lang)],
        [h("h_penalty"), money(s.penalty, lang)],
    ]
    rows += [[verdict_name(v, lang), str(n)] for v, n in s.by_verdict.items()]
    rows += [[h(severity), str(n)] for severity, n in s.findings.items()]
    inputs = ", ".join(code(f.path) for f in report.input)
    lines = [f"# {h('h_report')} — {h('h_as_of')} {date(report.as_of, lang)}", ""]
    lines += [f"{h('h_input')}: {inputs}", "", f"## {h('h_summary')}", ""]
    return lines + table([h("h_figure"), h("h_number")], rows, right={1})


def overview(report: Report, lang: str, shown: capped.Shown[ContractResult] | None = None) -> list[str]:
    """The contracts table: of `shown` (the first of a batch's contracts, with a note), else all."""
    shown = shown or capped.first(report.contracts, None)
    keys = [
        "h_contract",
        "h_verdict",
        "h_obligation",
        "h_realised",
        "h_shortfall",
        "h_progress",
        "h_findings",
    ]
    rows = [
        [
            c.id,
            verdict_name(c.verdict, lang),
            money(c.obligation, lang),
            money(c.realised, lang),
            money(c.shortfall, lang),
            progress(c, lang),
            str(len(c.findings)),
        ]
        for c in shown.items
    ]
    note = shown.note(capped.CONTRACTS, lang)
    return [
        f"## {phrase('h_contracts', lang)}",
        "",
        *table([phrase(k, lang) for k in keys], rows, {2, 3, 4, 5, 6}),
        *(["", f"*{cell(note)}*"] if note else []),
    ]


def figures(c: ContractResult, lang: str) -> list[list[str]]:
    """The key figures of one contract, in the order the terminal detail shows them."""

    def h(key: str) -> str:
        return phrase(key, lang)

    rows = [
        [h("h_rules"), f"{c.rules.id} {c.rules.version} ({date(c.rules.valid_from, lang)})"],
        [h("h_reason"), say(c.reason, lang)],
        [h("h_verdict"), verdict_name(c.verdict, lang)],
        [h("h_obligation"), money(c.obligation, lang)],
        [h("h_realised"), money(c.realised, lang)],
        [h("h_planned"), money(c.planned, lang)],
        [h("h_expected"), money(c.expected_to_date, lang)],
        [h("h_shortfall"), money(c.shortfall, lang)],
        [h("h_penalty"), money(c.penalty, lang)],
        [h("h_fte"), number(c.fte_years, lang)],
        [
            h("h_jobs"),
            f"{number(c.banenafspraak.jobs_now, lang)} / {number(c.banenafspraak.job_years, lang)}",
        ],
    ]
    if c.valuation_rules is not None:
        rows.insert(1, [h("h_valuation_rules"), f"{c.valuation_rules.id} {c.valuation_rules.version}"])
    if c.coverage is not None:
        rows.append([h("h_coverage"), number(c.coverage * 100, lang, 0) + "%"])
    if c.placements is not None:
        rows.append([h("h_placements"), f"{c.placements.realised} / {c.placements.required}"])
    return rows


def detail(c: ContractResult, lang: str) -> list[str]:
    def h(key: str) -> str:
        return phrase(key, lang)

    lines = ["", heading(2, c.id + (f" — {c.title}" if c.title else "")), ""]
    lines += table([h("h_figure"), h("h_value")], figures(c, lang))
    if c.notes:
        lines += ["", f"{h('h_notes')}: {inert(c.notes)}"]
    if c.contributions:
        keys = ["h_block", "h_status", "h_candidate", "h_months", "h_value", "h_planned"]
        rows = [
            [
                str(i.index),
                i.block,
                phrase(i.status, lang),
                i.candidate or "",
                number(i.months, lang) if i.months is not None else "",
                money(i.value, lang),
                money(i.planned_value, lang),
            ]
            for i in c.contributions
        ]
        lines += ["", f"### {h('h_contributions')}", ""]
        lines += table(["#", *(h(k) for k in keys)], rows, {0, 4, 5, 6})
    lines += ["", f"### {h('h_findings')}", ""]
    return lines + ([finding_line(f, lang) for f in c.findings] or [phrase("no_findings", lang)])


def finding_line(f: Finding, lang: str, contract: bool = False) -> str:
    """`- **warning** `tender.xlsx Bijdragen!F12`: message`, with the contract when across contracts."""
    where = f"{code(str(f.location))}: " if f.location else ""
    owner = f"{cell(f.contract)}: " if contract and f.contract else ""
    return f"- **{phrase(f.severity, lang)}** {owner}{where}{cell(finding_text(f, lang))}"


def render(report: Report, out: TextIO, options: RenderOptions, fmt: str = "md") -> None:
    """Written as it goes: the summary and the portfolio's tables, then one contract's detail at a
    time. A batch shows its first PAGE contracts (table and detail) and checks across contracts."""
    lang = options.lang
    cap = capped.limit(report, capped.PAGE)
    shown = capped.first(report.contracts, cap)
    lines = [f"<!-- {REPORT_MARK} -->", *summary(report, lang), "", *overview(report, lang, shown)]
    if report.people is not None:  # a portfolio: its totals instead of every contract's detail
        from sroi_cli.render.md_portfolio import portfolio_lines

        lines += portfolio_lines(report, lang)
    if report.findings:  # findings across contracts (a portfolio's) belong to no one contract
        cross = capped.first(report.findings, cap)
        lines += ["", f"## {phrase('h_findings', lang)}", ""]
        lines += [finding_line(f, lang, contract=True) for f in cross.items]
        if note := cross.note(capped.FINDINGS, lang):
            lines += ["", f"*{cell(note)}*"]
    out.write("\n".join(map(visible, lines)))
    for contract in shown.items:
        out.write("\n" + "\n".join(map(visible, detail(contract, lang))))
    out.write("\n")
