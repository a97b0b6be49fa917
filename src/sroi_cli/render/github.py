"""A validation report as GitHub Actions workflow commands: `::error file=…,line=…::message`."""

from __future__ import annotations

from typing import TextIO

from sroi_cli.catalogue import sentence
from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import Severity
from sroi_cli.domain.validation import Issue, ValidationReport
from sroi_cli.render import RenderOptions


def _data(text: str) -> str:
    """A command's message: `%`, CR and LF escaped as GitHub reads them, then every other control
    character made visible (`\\x1b`), so one annotation is one line whatever the input holds."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(item: Issue, lang: str) -> str:
    """One annotation; an Excel cell has no line, so its `Sheet!C7` leads the message instead."""
    command = "error" if item.severity is Severity.ERROR else "warning"
    props = f"file={_property(item.file)}"
    if item.line is not None:
        props += f",line={item.line}"
    message = sentence(item.key, item.params, lang)
    if item.place:
        message = f"{item.place}: {message}"
    return f"::{command} {props}::{_data(message)}"


def render(report: ValidationReport, out: TextIO, options: RenderOptions, fmt: str = "github") -> None:
    for checked in report.files:
        for item in checked.issues:
            out.write(annotation(item, options.lang) + "\n")
