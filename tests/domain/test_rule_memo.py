"""What is worked out once per rule version lives on the version: a changed copy never reuses it."""

from __future__ import annotations

import gc

from sroi_cli.domain.engine import _block_source, rules_ref
from sroi_cli.domain.trace import cite
from sroi_cli.io.rules_loader import RuleLibrary


def test_reference_is_shared_within_a_version_and_never_leaks_into_a_changed_copy() -> None:
    rules = RuleLibrary().history("haaglanden").versions[-1]
    assert rules_ref(rules) is rules_ref(rules)
    moved = rules.model_copy(update={"path": "elsewhere.yaml", "version": "9999-01"})
    assert rules_ref(moved).version == "9999-01"
    assert rules_ref(moved).path == "elsewhere.yaml"
    assert rules_ref(rules).version == rules.version


def test_citations_and_block_sources_follow_the_copy_they_are_asked_of() -> None:
    rules = RuleLibrary().history("haaglanden").versions[-1]
    block = next(iter(rules.valuation.blocks))
    first = cite(rules, "valuation.progress_tolerance", rules.valuation.progress_tolerance, None)
    assert first[0].startswith(f"{rules.id} {rules.version}: ")
    assert _block_source(rules, block).startswith(f"{rules.id} {rules.version}: ")
    renamed = rules.model_copy(update={"version": "9999-01"})
    again = cite(renamed, "valuation.progress_tolerance", renamed.valuation.progress_tolerance, None)
    assert again[0].startswith(f"{rules.id} 9999-01: ")
    assert _block_source(renamed, block).startswith(f"{rules.id} 9999-01: ")


def test_a_freed_version_takes_its_values_with_it() -> None:
    """Nothing is keyed by id(): a new version at a freed one's address works its own values out."""
    library = RuleLibrary()
    for version in ("2000-01", "2000-02", "2000-03", "2000-04"):
        rules = library.history("haaglanden").versions[-1].model_copy(update={"version": version})
        assert rules_ref(rules).version == version
        del rules
        gc.collect()
