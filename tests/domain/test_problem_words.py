"""A problem's parameter is text shown as written, or a catalogue sentence (`Term`) said in the
problem's language: text that looks like a sentence key (`@did_you_mean`) is never taken for one."""

from __future__ import annotations

import pytest

from sroi_cli.catalogue import problem_text
from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import Problem, Words, masked


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "a.yaml:3: unknown key '@did_you_mean'; did you mean '=x'?"),
        ("nl", "a.yaml:3: onbekende sleutel '@did_you_mean'; bedoelt u '=x'?"),
    ],
)
def test_a_term_is_said_and_text_is_shown_as_written(lang: str, said: str) -> None:
    params: dict[str, Words] = {"key": "@did_you_mean", "hint": Term("did_you_mean"), "suggestion": "=x"}
    assert problem_text(Problem("a.yaml:3", "unknown_key", params), lang) == said


def test_text_in_a_sentence_parameter_is_not_a_key() -> None:
    problem = Problem("b.csv", "unreadable", {"reason": "@empty_file"})
    assert problem_text(problem, "en") == "b.csv: cannot read the file: @empty_file"
    termed = Problem("b.csv", "unreadable", {"reason": Term("empty_file")})
    assert problem_text(termed, "en") != problem_text(problem, "en")


def test_masking_leaves_terms_and_masks_text() -> None:
    found = masked({"reason": Term("empty_file"), "found": "111222333"})
    assert found["reason"] == Term("empty_file")
    assert found["found"] != "111222333" and "111222333" not in str(found["found"])
