"""Rule diffs: flattened paths, whole blocks added or removed, documentation left out unless asked."""

from __future__ import annotations

from sroi_cli.domain.rules_diff import diff_values, is_documentation
from sroi_cli.io.rules_loader import RuleLibrary

RIJK = RuleLibrary().history("rijk").versions
UTRECHT = RuleLibrary().history("utrecht").versions


def test_a_version_compared_with_itself_has_no_changes() -> None:
    assert diff_values(UTRECHT[0], UTRECHT[0], documentation=True) == ()


def test_blocks_added_by_an_extending_version_are_whole_changes() -> None:
    changes = diff_values(RIJK[0], RIJK[1])
    assert {c.path for c in changes} == {
        f"valuation.blocks.{code}"
        for code in (
            "statushouder",
            "asylum_seeker",
            "ex_offender",
            "top_athlete",
            "ict_professional_on_benefit",
            "work_experience_rijk",
            "internship",
            "bbl",
            "training",
            "social_activity",
        )
    }
    assert all(c.change == "added" and c.new["method"] == "actual_cost" for c in changes)


def test_documentation_paths() -> None:
    assert is_documentation("notes") and is_documentation("valuation.blocks.ww.label.nl")
    assert is_documentation("sources.utrecht.url") and is_documentation("valuation.source")
    assert is_documentation("extends") and not is_documentation("valuation.blocks.ww.amount")
    everything = diff_values(RIJK[0], RIJK[1], documentation=True)
    assert {"version", "extends", "notes"} <= {c.path for c in everything}
