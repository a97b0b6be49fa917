"""Rule-set use cases: list, show and validate."""

from __future__ import annotations

from sroi_cli.app.settings import Settings
from sroi_cli.domain.rules import RuleHistory


def rule_histories(settings: Settings) -> list[RuleHistory]:
    return [settings.library.history(rule_id) for rule_id in settings.library.ids()]


def rule_history(rule_id: str, settings: Settings) -> RuleHistory:
    return settings.library.history(rule_id)
