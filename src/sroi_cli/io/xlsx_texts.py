"""The texts of a workbook that no record carries: sheet names, every text cell of every sheet
(headers and sheets sroi does not read included) and cell comments, for the BSN guard."""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator

from sroi_cli.domain.privacy import find_bsn

_TEXT_TAGS = {"t", "text"}  # <t> in shared strings and comments, <text> in threaded comments


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _texts(archive: zipfile.ZipFile, part: str, item: str) -> Iterator[str]:
    """Each `item` element's text in one XML part (its `<t>` runs joined), read as a stream."""
    from defusedxml.ElementTree import iterparse

    with archive.open(part) as stream:
        runs: list[str] = []
        for _event, element in iterparse(stream, events=("end",)):
            tag = _local(element.tag)
            if tag in _TEXT_TAGS and element.text:
                runs.append(element.text)
            elif tag == item:
                yield "".join(runs)
                runs = []
                element.clear()


def _parts(archive: zipfile.ZipFile, unread: list[str]) -> Iterator[tuple[str, str, str]]:
    """(part, item element, what it holds) for the shared strings, every comments part and the
    sheets sroi does not read (their text typed into a cell: inline strings)."""
    for part in unread:
        yield part, "is", "bsn_text_cells"
    for info in archive.infolist():
        name = posixpath.normpath(info.filename)
        base = posixpath.basename(name).lower()
        if base == "sharedstrings.xml":
            yield info.filename, "si", "bsn_text_cells"
        elif base.startswith("comment") and base.endswith(".xml"):
            yield info.filename, "comment", "bsn_comments"
        elif name.lower().startswith("xl/threadedcomments/") and base.endswith(".xml"):
            yield info.filename, "threadedComment", "bsn_comments"


def bsn_texts(archive: zipfile.ZipFile, titles: list[str], unread: list[str]) -> dict[str, set[str]]:
    """What holds a BSN outside the records, before any record is read (message keys: sheet
    names, text cells, comments), each with the texts that hold one: a text a record carries
    is checked where its record says, so `outside_records` takes those out as the records pass.
    A workbook without a BSN anywhere (the usual one) gives an empty mapping."""
    found: dict[str, set[str]] = {}
    named = {title for title in titles if find_bsn(title)}
    if named:
        found["bsn_sheet_names"] = named
    for part, item, what in _parts(archive, unread):
        try:
            texts = {text for text in _texts(archive, part, item) if find_bsn(text)}
        except (KeyError, SyntaxError, ValueError):
            continue  # a broken part: the cell readers say so where they read it
        if texts:
            found.setdefault(what, set()).update(texts)
    return found


def outside_records(found: dict[str, set[str]]) -> list[str]:
    """The keys of `bsn_texts` still holding a text no record carried (a sheet name always)."""
    return [what for what, texts in found.items() if texts or what == "bsn_sheet_names"]
