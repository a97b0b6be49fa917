"""Write the "inert text" part of the hostile corpus: input text that tries to be markup, control codes,
a formula, a forged line or a hidden BSN, one file per case, byte for byte the same on every run.

Run `python tests/cases/hostile/build_inert.py` after changing a builder and commit what it writes under
`inert/<class>/`; tests/cli/test_hostile_inert.py runs every case and checks the build is current.
Classes: `bsn` (issue 10 item 7), `names` (item 8: file names, made at test time from NAMES), `markup`
(item 9), `control` (item 10), `template` (item 11: rule files), `machine` (item 12).
"""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "inert"
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# Valid BSNs (elfproef) and every way people and programs write them.
BSN = "123456782"
BSN_ZERO = "011261572"  # a leading zero: Excel and CSV exports drop it (11261572)


def bsn_forms(digits: str) -> dict[str, str]:
    """Each written form of one BSN as YAML scalar text (unquoted floats stay floats)."""
    dotted = f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return {
        "float": f"{int(digits)}.0",
        "exponent": f"{int(digits) / 1e8:.8f}".rstrip("0") + "e+8",
        "dotted": f'"{dotted}"',
        "spaced": f'"{spaced}"',
        "dashed": f'"{digits[:4]}-{digits[4:6]}-{digits[6:]}"',
        "in-text": f'"dossier {dotted} van K"',
        "dropped-zero": str(int(BSN_ZERO)),
        "dropped-zero-text": f'"{int(BSN_ZERO)}"',
    }


def yaml_contract(
    cid: str = '"DH-1"',
    title: str = '"Schoonmaak"',
    candidate: str = '"K-0001"',
    extra: str = "",
    block: str = "participatiewet",
    rules: str = "haaglanden",
) -> str:
    """A valid running Haaglanden contract with one realised candidate; each argument is YAML text."""
    return (
        "contract:\n"
        f"  id: {cid}\n"
        f"  title: {title}\n"
        "  authority: Gemeente Den Haag\n"
        "  type: services\n"
        '  value_excl_vat: "1000000.00"\n'
        "  start: 2026-01-01\n"
        "  end: 2027-12-31\n"
        "  status: running\n"
        f"  rules: {rules}\n"
        f"{extra}"
        "  contributions:\n"
        f"    - block: {block}\n"
        f"      candidate: {candidate}\n"
        '      hours_per_week: "24"\n'
        "      start: 2026-03-01\n"
        "      end: 2026-08-31\n"
        "      status: realised\n"
    )


def twice(candidate: str, cid: str = '"DH-1"') -> str:
    """A contract whose candidate is counted twice, so a finding names the candidate."""
    return yaml_contract(cid=cid, candidate=candidate) + (
        "    - block: participatiewet\n"
        f"      candidate: {candidate}\n"
        '      hours_per_week: "24"\n'
        "      start: 2026-04-01\n"
        "      end: 2026-09-30\n"
        "      status: realised\n"
    )


RULE_SET = """\
schema: sroi.rules/1
id: {id}
version: "T1"
valid_from: 2020-01-01
title: {title}
sources:
  - {{id: test, title: {source}}}
last_checked: 2026-11-01
applicability:
  contract_types: [works, services, supplies]
  threshold: "100000.00"
obligation:
  method: percentage
  percentage: "0.05"
valuation:
  norm_hours_per_week: "36"
  blocks:
    participatiewet:
      {{method: per_year, amount: "40000", max_months: 24, label: {{en: {label}, nl: {label}}}}}
"""


def rule_set(
    title: str = "Test", label: str = "Participatiewet", source: str = "test", rid: str = "hostile"
) -> str:
    return RULE_SET.format(id=rid, title=title, label=label, source=source)


MARKUP_SHOWN = {
    "close-tag-id.yaml": "[/bold]DH-1",
    "colour-id.yaml": "[red]DH-1",
    "link-candidate.yaml": "[link=https://evil.example]K-1[/link]",
    "emoji-id.yaml": ":skull: DH-1",
    "close-tag-authority.yaml": "[/]Gemeente",  # batch --group-by authority
}


def markup_cases() -> dict[str, str]:
    """Item 9: Rich markup and emoji codes in every text a terminal view shows."""
    return {
        "close-tag-id.yaml": yaml_contract(cid='"[/bold]DH-1"'),
        "colour-id.yaml": yaml_contract(cid='"[red]DH-1"', title='"[bold blink]Schoonmaak[/]"'),
        "link-candidate.yaml": twice('"[link=https://evil.example]K-1[/link]"'),
        "emoji-id.yaml": yaml_contract(cid='":skull: DH-1"', title='":warning: [/]"'),
        "close-tag-authority.yaml": yaml_contract().replace("Gemeente Den Haag", '"[/]Gemeente"'),
        "unknown-block.yaml": yaml_contract(block='"[/bold]blok"'),
        "rules/markup-title.yaml": rule_set(
            title='"[/bold]T [link=https://evil.example]x[/link]"',
            label='"[red]P[/red] :skull:"',
            source='"[/]bron"',
        ),
    }


# Every control class a terminal obeys: ESC and CSI (colour, clear screen, cursor moves), OSC 8 links,
# BEL, BS, CR, a newline that forges a line, NEL (C1), DEL, a Unicode line separator, a bidi override.
CONTROLS = {
    "esc": "\x1b[31mRED\x1b[0m",
    "clear": "\x1b[2J\x1b[H",
    "osc8": "\x1b]8;;https://evil.example\x1b\\K\x1b]8;;\x1b\\",
    "bel": "K\a\a",
    "bs": "K-0001\b\b\b\bXXXX",
    "cr": "K-0001\rsroi: forged",
    "newline": "K-0001\nsroi: forged line",
    "nel": "K\x85-1",
    "del": "K\x7f-1",
    "line-sep": "K\u2028-1",
    "bidi": "K\u202e1-K",
}


def quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar, every character outside printable ASCII escaped."""
    body = "".join("\\" + c if c in '"\\' else (c if " " <= c <= "~" else f"\\u{ord(c):04x}") for c in text)
    return f'"{body}"'


def control_cases() -> dict[str, str]:
    """Item 10: control characters in ids, titles, candidates, codes and rule titles (YAML escapes)."""
    cases: dict[str, str] = {}
    for name, text in CONTROLS.items():
        cases[f"id-{name}.yaml"] = yaml_contract(cid=quoted(text))
        cases[f"title-{name}.yaml"] = yaml_contract(title=quoted(text))
        cases[f"candidate-{name}.yaml"] = twice(quoted(text))
    # Errors: the bad value is echoed in the message, which stays one line.
    cases["bad-type-newline.yaml"] = yaml_contract().replace("type: services", r'type: "x\nsroi: forged"')
    cases["bad-block-esc.yaml"] = yaml_contract(block=r'"\e[2Jblok"')
    cases["unknown-key-esc.yaml"] = yaml_contract(extra='  "\\e[31mkey\\nsroi: forged": 1\n')
    cases["rules/control-title.yaml"] = rule_set(
        title=r'"T\e[2J\nsroi: forged"', label=r'"P\a\b"', source=r'"bron\e]8;;x\e\\"'
    )
    return cases


def shown_text(klass: str, name: str) -> str | None:
    """The text a terminal view of case `name` must show, literally (control characters escaped)."""
    if klass == "markup":
        return MARKUP_SHOWN.get(name)
    kind, _, control = name.removesuffix(".yaml").partition("-")
    if kind not in ("id", "title", "candidate") or control not in CONTROLS:
        return None
    return escaped(CONTROLS[control])


def escaped(text: str) -> str:
    """How a terminal view writes a control character: `\\n`, `\\r`, `\\t`, else `\\xNN` or `\\uNNNN`."""
    short = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    controls = {*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0)), "\u2028", "\u2029"}
    controls |= {*map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}

    def one(c: str) -> str:
        if c not in controls:
            return c
        return short.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")

    return "".join(map(one, text))


# Item 7: every field that holds text or an identifier (never money, hours or dates).
TEXT_FIELDS = ("id", "title", "authority", "category", "supplier")
CONTRIBUTION_TEXT_FIELDS = ("candidate", "outcome", "hirer")


def bsn_cases() -> dict[str, str]:
    """A BSN in every written form, in every text field of a contract and of a contribution."""
    cases: dict[str, str] = {}
    for form, text in bsn_forms(BSN).items():
        for field in TEXT_FIELDS:
            doc = yaml_contract(extra=f"  {field}: {text}\n") if field != "id" else yaml_contract(cid=text)
            if field in ("title", "authority"):  # the template has these already: replace, not repeat
                doc = (
                    yaml_contract(title=text)
                    if field == "title"
                    else doc.replace("  authority: Gemeente Den Haag\n", "")
                )
            cases[f"{field}-{form}.yaml"] = doc
        for field in CONTRIBUTION_TEXT_FIELDS:
            doc = (
                yaml_contract(candidate=text)
                if field == "candidate"
                else yaml_contract().replace(
                    "      status: realised\n", f"      status: realised\n      {field}: {text}\n"
                )
            )
            cases[f"{field}-{form}.yaml"] = doc
    cases["key-dotted.yaml"] = yaml_contract(extra='  "123.456.782": x\n')
    return cases


def _xlsx_builder() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_broken_xlsx", HERE.parent.parent / "broken" / "xlsx" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bsn_workbooks() -> dict[str, bytes]:
    """A BSN where no record holds it: a sheet name, a header, a comment, another sheet; and one
    whose leading zero Excel dropped (a number cell with format 000000000)."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    x: Any = _xlsx_builder()
    plain = x.tender()

    def changed(edit: Callable[[Any], None]) -> bytes:
        workbook = load_workbook(io.BytesIO(plain))
        edit(workbook)
        out = io.BytesIO()
        workbook.save(out)
        return bytes(x.normalise(out.getvalue()))

    def sheet_name(wb: Any) -> None:
        wb.create_sheet("Dossier 123.456.782")

    def header(wb: Any) -> None:
        wb["Contracten"].cell(1, 9, "BSN 123 456 782")

    def comment(wb: Any) -> None:
        wb["Contracten"]["A2"].comment = Comment("kandidaat 123456782", "adviseur")

    def other_sheet(wb: Any) -> None:
        wb.create_sheet("Notities").append(["Jan", "123456782"])

    def dropped_zero(wb: Any) -> None:
        cell = wb["Bijdragen"]["C2"]
        cell.value = int(BSN_ZERO)
        cell.number_format = "000000000"

    edits = {
        "sheet-name": sheet_name,
        "header-cell": header,
        "comment": comment,
        "other-sheet": other_sheet,
        "dropped-zero": dropped_zero,
    }
    return {f"{name}.xlsx": changed(edit) for name, edit in edits.items()}


# Item 11: rule files are input too. What `sroi template` writes from them: a title, label or source
# that is a formula, and text with a newline that would end a YAML comment or a value and add a key.
FORMULA = '=HYPERLINK("https://evil.example/","click")'
TEMPLATE_TEXTS = {
    "formula": FORMULA,
    "plus": '+cmd|" /C calc"!A0',
    "minus": "-2+3",
    "at": "@SUM(1+1)",
    "newline": "P\ncontracts: []\nextra: 1",
    "control": "P\x1b[31m\x07\x00",
}


def template_cases() -> dict[str, str]:
    """Rule files whose title, block label, source or block code is hostile text (YAML escapes)."""
    cases: dict[str, str] = {}
    for name, text in TEMPLATE_TEXTS.items():
        cases[f"title-{name}.yaml"] = rule_set(title=quoted(text))
        cases[f"label-{name}.yaml"] = rule_set(label=quoted(text))
        cases[f"source-{name}.yaml"] = rule_set(source=quoted(text))
        cases[f"code-{name}.yaml"] = rule_set().replace("    participatiewet:\n", f"    {quoted(text)}:\n")
    return cases


BUILDERS: dict[str, Callable[[], dict[str, str]]] = {
    "markup": markup_cases,
    "control": control_cases,
    "bsn": bsn_cases,
    "template": template_cases,
}
# Item 8 and 10: names of files (made at test time: a corpus file may not be named so on every disk).
NAMES = {
    "bsn-plain": f"contracts-{BSN}.yaml",
    "bsn-dotted": "contracts-123.456.782.yaml",
    "control-esc": "contracts-\x1b[31mred.yaml",
    "control-newline": "contracts-\nsroi: forged.yaml",
    "markup": "contracts-[/bold]x.yaml",
}


def build(target: Path = HERE) -> dict[Path, bytes]:
    """Every case file of every class, as path → bytes (not written)."""
    files: dict[Path, bytes] = {}
    for klass, builder in BUILDERS.items():
        for name, text in builder().items():
            files[target / klass / name] = text.encode("utf-8")
    for name, data in bsn_workbooks().items():
        files[target / "bsn" / name] = data
    return files


def main() -> None:
    files = build()
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"{len(files)} files under {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
