"""JUnit, JSON and GitHub annotations stay well-formed for any input text (issue 10, item 12).

Hypothesis writes every kind of text (control characters, U+FFFF, `%`, `::`, newlines, quotes,
`]]>`) into the places a validation report shows input: the file name, the sheet cell, a found
value. JUnit must parse as XML, JSON must load and keep the text exact, and every GitHub workflow
command must be one line with `%`, CR and LF escaped as GitHub reads them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from sroi_cli.catalogue import sentence
from sroi_cli.cli import app
from sroi_cli.domain.inert import visible, xml_text
from sroi_cli.domain.report import Severity
from sroi_cli.domain.validation import Issue, file_check, validation_report
from sroi_cli.render import RenderOptions, github, junit
from sroi_cli.render import validation as text_out
from sroi_cli.render.validation import issue_line

# any text but lone surrogates, which no input can hold (UTF-8 readers and YAML refuse them)
TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
NASTY = st.sampled_from(
    [
        "\x00",
        "\x01",
        "\x1b[31m",
        "\a",
        "\x0b",
        "\x0c",
        "\r",
        "\n",
        "%0A",
        "%",
        "::",
        "\ufffe",
        "\uffff",
        "]]>",
        "<x>",
        "&amp;",
        '"',
        "'",
        "\u2028",
        "\x85",
        ",",
        ":",
    ]
)
HOSTILE = st.lists(st.one_of(TEXT, NASTY), max_size=6).map("".join)
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _report(file: str, found: str, place: str | None, warning: bool) -> object:
    item = Issue(
        severity=Severity.WARNING if warning else Severity.ERROR,
        kind="input",
        key="bad_value",
        params={"field": "title", "found": found, "expected": "@expect_text", "choices": ""},
        location=f"{file} {place}" if place else f"{file}:3",
        file=file,
        line=None if place else 3,
        place=place,
    )
    return validation_report(dt.date(2026, 1, 1), "error", [file_check(file, [item], "error")])


def _render(module: object, report: object, lang: str) -> str:
    out = io.StringIO()
    module.render(report, out, RenderOptions(lang=lang))  # type: ignore[attr-defined]
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(file=HOSTILE, found=HOSTILE, place=st.one_of(st.none(), HOSTILE), warning=st.booleans())
def test_junit_is_xml_for_any_text(file: str, found: str, place: str | None, warning: bool) -> None:
    report = _report(file or "x", found, place, warning)
    text = _render(junit, report, "en")
    root = ET.fromstring(text.encode("utf-8"))
    case = root.find("testsuite/testcase")
    assert case is not None
    assert case.get("file") == xml_text(file or "x")  # attributes keep CR and LF as character references
    item = report.files[0].issues[0]  # type: ignore[attr-defined]
    line = _lines(xml_text(issue_line(item, "en")))  # text content: an XML parser normalises line ends
    if warning:
        assert root.find("testsuite/testcase/failure") is None
        assert case.findtext("system-out") == line
    else:
        failure = case.find("failure")
        assert failure is not None and failure.get("type") == "bad_value"
        assert failure.get("message") == xml_text(sentence(item.key, item.params, "en"))
        assert failure.text == line


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@settings(max_examples=300, deadline=None)
@given(file=HOSTILE, found=HOSTILE, place=st.one_of(st.none(), HOSTILE), warning=st.booleans())
def test_github_annotations_are_one_line_each(
    file: str, found: str, place: str | None, warning: bool
) -> None:
    report = _report(file or "x", found, place, warning)
    text = _render(github, report, "en")
    assert text.endswith("\n")
    lines = text[:-1].split("\n")
    assert len(lines) == 1
    line = lines[0]
    assert line.startswith("::warning file=" if warning else "::error file=")
    assert "\r" not in line and RAW_CONTROL.search(line) is None
    props, _, message = line[2:].partition("::")
    # `%` is only ever the start of an escape GitHub decodes (%25, %0D, %0A, and %3A, %2C in properties)
    assert re.search(r"%(?!25|0D|0A)", message) is None, message
    assert re.search(r"%(?!25|0D|0A|3A|2C)", props) is None, props
    assert "," not in props.partition("file=")[2].partition(",line=")[0]
    decoded = re.sub(r"%(25|0D|0A)", lambda m: {"25": "%", "0D": "\r", "0A": "\n"}[m[1]], message)
    item = report.files[0].issues[0]  # type: ignore[attr-defined]
    said = sentence(item.key, item.params, "en")
    shown = f"{place}: {said}" if place else said
    assert decoded == "".join(c if c in "\r\n" else visible(c) for c in shown)


@settings(max_examples=300, deadline=None)
@given(file=HOSTILE, found=HOSTILE, place=st.one_of(st.none(), HOSTILE), lang=st.sampled_from(["en", "nl"]))
def test_json_loads_and_keeps_the_text(file: str, found: str, place: str | None, lang: str) -> None:
    out = io.StringIO()
    report = _report(file or "x", found, place, False)
    text_out.render(report, out, RenderOptions(lang=lang), "json")  # type: ignore[arg-type]
    data = json.loads(out.getvalue())
    issue = data["files"][0]["issues"][0]
    assert issue["params"]["found"] == report.files[0].issues[0].params["found"]  # type: ignore[attr-defined]
    assert issue["file"] == (file or "x")


NAME = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="/\x00"), min_size=1, max_size=16
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("machine")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME, value=HOSTILE)
def test_validate_of_hostile_names_and_values_is_well_formed(name: str, value: str, folder: Path) -> None:
    """End to end: a file named anything, holding a bad value of anything, in every machine format."""
    if name in (".", "..") or name.startswith("-"):
        name = "f" + name
    source = folder / (name + ".yaml")
    body = json.dumps(value)  # a JSON string is a YAML double-quoted scalar
    try:
        source.write_text(
            f"contract:\n  id: C-1\n  type: {body}\n  value_excl_vat: '1'\n"
            "  start: 2026-01-01\n  end: 2026-12-31\n",
            encoding="utf-8",
        )
    except (OSError, UnicodeEncodeError):
        return  # a name this file system cannot hold
    for fmt in ("junit", "github", "json"):
        result = CliRunner().invoke(app, ["validate", str(source), "-f", fmt, "--lang", "en"])
        assert result.exit_code == 3, result.output
        assert "Traceback" not in result.output
        if fmt == "junit":
            ET.fromstring(result.stdout.encode("utf-8"))
        elif fmt == "json":
            json.loads(result.stdout)
        else:
            lines = result.stdout.splitlines()
            assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines)
            assert RAW_CONTROL.search(result.stdout.replace("\n", "")) is None
    source.unlink()


@pytest.mark.parametrize("name", ["²0", "x٣.yaml", "¹²³", "a1²"])
def test_digits_that_are_no_number_sort_as_text(name: str) -> None:
    """`'²'.isdigit()` is true, yet `int('²')` fails: found by Hypothesis, kept as fixed cases."""
    for place in (None, name, f"Blad!{name}"):
        out = io.StringIO()
        report = _report(name, "x", place, False)
        text_out.render(report, out, RenderOptions(lang="en"), "json")  # type: ignore[arg-type]
        assert json.loads(out.getvalue())["files"][0]["issues"][0]["file"] == name
