"""A validation report as JUnit XML, for CI servers: one test case per file, one failure per problem.

Every text from the input (file names, found values) passes `xml_text`: a character XML cannot hold
(a control character, U+FFFF) is written as its escape, so the document parses whatever the input.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from sroi_cli.catalogue import sentence
from sroi_cli.domain.inert import xml_text
from sroi_cli.domain.validation import ValidationReport
from sroi_cli.render import RenderOptions
from sroi_cli.render.validation import fails, issue_line

_SUITES = {"input": "sroi validate", "rules": "sroi rules validate"}


def document(report: ValidationReport, lang: str) -> ET.Element:
    name = _SUITES[report.subject]
    counts = {"tests": str(len(report.files)), "failures": str(report.failed), "errors": "0"}
    root = ET.Element("testsuites", {"name": name, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": name, **counts, "skipped": "0"})
    for checked in report.files:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": name.replace(" ", "."),
                "name": xml_text(checked.path),
                "file": xml_text(checked.path),
            },
        )
        notes = []
        for item in checked.issues:
            line = xml_text(issue_line(item, lang))
            if fails(report, item):
                attributes = {
                    "message": xml_text(sentence(item.key, item.params, lang)),
                    "type": xml_text(item.key),
                }
                failure = ET.SubElement(case, "failure", attributes)
                failure.text = line
            else:
                notes.append(line)
        if notes:
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    return root


def render(report: ValidationReport, out: TextIO, options: RenderOptions, fmt: str = "junit") -> None:
    root = document(report, options.lang)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
