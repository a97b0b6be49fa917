"""`--lang nl` leaves no English on any screen or in any file: every command, on the bundled examples
and the broken inputs, in every format, is scanned for the catalogue's English phrases.

A phrase is a piece of an English sentence between its placeholders whose Dutch entry differs, of at
least two words or one word of eight letters or more, and that no Dutch sentence holds (`social
return`, `Banenafspraak`, `status` are Dutch too). What is not sroi's words is left out of the scan:
text from the inputs and the rule files (a rule set's title and notes are shown as written), JSON keys
and machine values (a code such as `non_compliant`, an ISO date: the JSON Schema fixes them), HTML
tags and XML attribute names. A workbook is read back cell by cell.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from sroi_cli.cli import app

from .test_catalogue import forms, po

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "src" / "sroi_cli" / "rules"
AS_OF = "2026-11-23"
EXAMPLES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.yaml"))
BROKEN = sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "cases" / "broken" / "input").glob("*.yaml")
)
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_EDGES = " .,:;()'\"—–-/`*[]|…\n"
_MACHINE = re.compile(r"[a-z0-9_.:/@#+-]*")  # a code, a key, a number, an ISO date, a path


@cache
def phrases() -> dict[str, str]:
    """Each English phrase with the key it comes from."""
    en, nl = forms(po("en")), forms(po("nl"))
    dutch = " ".join(" ".join(texts) for texts in nl.values()).casefold()
    found: dict[str, str] = {}
    for key, texts in en.items():
        if texts == nl[key]:
            continue
        for text in texts:
            for piece in _PLACEHOLDER.split(text):
                piece = piece.strip(_EDGES)
                words = re.findall(r"[A-Za-z]+", piece)
                if not words or (len(words) < 2 and len(words[0]) < 8) or piece.casefold() in dutch:
                    continue
                found.setdefault(piece, key)
    return found


@cache
def pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases(), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])")


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


class _AnyTag(yaml.SafeLoader):
    """A rule file's marks (`!assumed`, `!contested` …) read as the plain value they mark."""


def _plain(loader: yaml.SafeLoader, _tag: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


_AnyTag.add_multi_constructor("!", _plain)


@cache
def data_texts() -> tuple[str, ...]:
    """The text of the inputs and rule files, which sroi shows as written: longest first."""
    files = [*RULES.rglob("*.yaml"), *(ROOT / "examples").rglob("*.yaml")]
    files += [
        *(ROOT / "src" / "sroi_cli" / "data").rglob("*.yaml"),
        *(ROOT / "tests" / "cases").glob("*/*.yaml"),
    ]
    found: set[str] = set()
    for file in files:
        try:
            found.update(_strings(yaml.load(file.read_text(encoding="utf-8"), Loader=_AnyTag)))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
    said = {" ".join(t.split()) for t in found}  # as _flat leaves them: one space between words
    return tuple(sorted((t for t in said if len(t) > 3), key=len, reverse=True))


def _flat(text: str) -> str:
    """The words of a screen or file: data text taken out (before the tags: a note may hold a `<`),
    then tags, script, box lines and wrapping gone, and data text taken out again (as a page shows it)."""
    text = _without_data(" ".join(text.split()))
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)  # code and its comments
    text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    text = re.sub(r"[│┃┆║╎─━┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋┡┩╇╭╮╯╰═╞╡╪]", " ", text)
    return _without_data(" ".join(text.split()))


def _without_data(text: str) -> str:
    for data in data_texts():
        if data in text:
            text = text.replace(data, " ")
    return text


def _json_words(node: Any) -> Iterator[str]:
    """A JSON document's values that are words: no key, no code, no figure."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "params":  # a finding's arguments as data; its `message` is scanned
                yield from _json_words(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_words(value)
    elif isinstance(node, str) and not _MACHINE.fullmatch(node):
        yield node


def english(text: str) -> list[str]:
    flat = _flat(text)
    return sorted({f"{m.group(0)!r} ({phrases()[m.group(0)]})" for m in pattern().finditer(flat)})


def _said(out: str, fmt: str) -> str:
    if fmt in ("json",) and out.strip().startswith(("{", "[")):
        return "\n".join(_json_words(json.loads(out)))
    return out


def run(args: list[str], tmp_path: Path, fmt: str | None = None) -> str:
    """What a command writes with --lang nl: stdout, stderr and its file, as text."""
    target = tmp_path / f"out.{fmt}" if fmt in ("xlsx",) else None
    argv = [*args, "--lang", "nl", *(["-f", fmt] if fmt else []), *(["-o", str(target)] if target else [])]
    result = CliRunner(env={"COLUMNS": "3000", "NO_COLOR": "1"}).invoke(app, argv, catch_exceptions=False)
    assert result.exit_code in (0, 1, 2, 3, 4), (argv, result.exit_code, result.stderr)
    texts = [_said(result.stdout, fmt or ""), result.stderr]
    if target is not None and target.exists():
        book = load_workbook(io.BytesIO(target.read_bytes()), read_only=True)
        texts += [
            str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v
        ]
    return "\n".join(texts)


REPORTS = ["table", "json", "csv", "md", "html", "xlsx"]
CASES: list[tuple[list[str], str | None]] = [
    *((["check", ex, "--as-of", AS_OF], f) for ex in EXAMPLES for f in REPORTS),
    *((["batch", ex, "--as-of", AS_OF, "--keep-going"], f) for ex in EXAMPLES for f in REPORTS),
    *(
        (["batch", "examples/portfolio.yaml", "--as-of", AS_OF, "--detail", d], f)
        for d in ("contributions", "trace")
        for f in REPORTS
    ),
    *(
        ([cmd, ex, "--as-of", AS_OF], f)
        for cmd in ("explain", "plan", "banen")
        for ex in EXAMPLES
        for f in ("table", "md", "json")
    ),
    *((["coverage", "examples/portfolio.yaml", "--as-of", AS_OF], f) for f in REPORTS),
    *(
        (["validate", ex, "--as-of", AS_OF], f)
        for ex in [*EXAMPLES, *BROKEN]
        for f in ("text", "json", "junit", "github")
    ),
    *((["check", ex, "--as-of", AS_OF], None) for ex in BROKEN),
    *((["rules", "list"], f) for f in ("table", "json")),
    *((["rules", "show", rule_id.name], f) for rule_id in sorted(RULES.iterdir()) for f in ("table", "json")),
    *((["rules", "validate", "src/sroi_cli/rules"], f) for f in ("text", "json", "junit", "github")),
    *((["rules", "validate", "tests/cases/broken/rules"], f) for f in ("text", "json")),
    *((["rules", "test", "src/sroi_cli/rules"], f) for f in ("text", "json")),
    *((["rules", "diff", "rijk@2011-07", "rijk@2018-01", "--as-of", AS_OF], f) for f in ("table", "json")),
]


@pytest.mark.parametrize(("args", "fmt"), CASES, ids=[" ".join([*a, f or ""]) for a, f in CASES])
def test_dutch_output_holds_no_english_phrase(args: list[str], fmt: str | None, tmp_path: Path) -> None:
    assert english(run(args, tmp_path, fmt)) == []


@pytest.mark.parametrize("rule_id", sorted(p.name for p in RULES.iterdir()))
@pytest.mark.parametrize("suffix", ["yaml", "xlsx"])
def test_the_dutch_templates_hold_no_english_phrase(rule_id: str, suffix: str, tmp_path: Path) -> None:
    target = tmp_path / f"t.{suffix}"
    said = run(["template", "--rules", rule_id, "--as-of", AS_OF, "-o", str(target)], tmp_path)
    if suffix == "yaml":
        said += target.read_text(encoding="utf-8")
    else:
        book = load_workbook(target)
        said += "\n".join(str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if c.value)
        said += "\n".join(
            f"{v.promptTitle} {v.prompt}" for s in book.worksheets for v in s.data_validations.dataValidation
        )
    assert english(said) == []


def test_the_scan_finds_english() -> None:
    """The scan itself: an English sentence of the catalogue is found, a Dutch one and data are not."""
    assert english("error: cannot read the file: no such file") != []
    assert english("fout: kan het bestand niet lezen: bestand bestaat niet") == []
    assert english(_said('{"verdict": "non_compliant", "at": "2026-11-23"}', "json")) == []
    assert list(_json_words({"verdict": "non_compliant", "message": "no such file"})) == ["no such file"]
