"""Use cases: check, explain, the rule-set commands and output; each returns models for a renderer.

The CLI calls these and nothing deeper; one module per use case keeps each small.
"""

from sroi_cli.app.batch import batch, parse_groups, unknown_dimensions
from sroi_cli.app.evaluate import check, evaluate_portfolio, explain, load
from sroi_cli.app.output import write_report
from sroi_cli.app.rules import rule_histories, rule_history, validate_rules
from sroi_cli.app.settings import DEFAULT_RULES, Settings

__all__ = [
    "DEFAULT_RULES",
    "Settings",
    "batch",
    "check",
    "evaluate_portfolio",
    "explain",
    "load",
    "parse_groups",
    "rule_histories",
    "rule_history",
    "unknown_dimensions",
    "validate_rules",
    "write_report",
]
