"""Rule-set use cases: list, show and validate."""

from __future__ import annotations

from pathlib import Path

from sroi_cli.app.settings import Settings
from sroi_cli.domain.rules import RuleHistory
from sroi_cli.io.rules_loader import RuleLibrary


def rule_histories(settings: Settings) -> list[RuleHistory]:
    return [settings.library.history(rule_id) for rule_id in settings.library.ids()]


def rule_history(rule_id: str, settings: Settings) -> RuleHistory:
    return settings.library.history(rule_id)


def validate_rules(path: Path) -> list[RuleHistory]:
    """Load and validate every version under `path` (a file, a folder, or a folder of folders)."""
    library = RuleLibrary([path])
    added = [
        i
        for i in library.ids()
        if any(path.resolve() in (f.resolve(), *f.resolve().parents) for f in library.files(i))
    ]
    return [library.history(rule_id) for rule_id in added]
