"""Use cases: check, explain, the rule-set commands and output; each returns models for a renderer.

The CLI calls these and nothing deeper; one module per use case keeps each small.
"""

from sroi_cli.app.annotate import check_annotated
from sroi_cli.app.banen import banen
from sroi_cli.app.batch import batch, batch_stream, collector_paused, parse_groups, unknown_dimensions
from sroi_cli.app.evaluate import check, evaluate_portfolio, explain, load
from sroi_cli.app.output import own_reports, refuse_overwrite, write_report
from sroi_cli.app.plan import shortfall_plan
from sroi_cli.app.privacy import pseudonym_key, with_pseudonyms
from sroi_cli.app.rules import rule_histories, rule_history
from sroi_cli.app.rules_check import check_rules
from sroi_cli.app.rules_diff import diff_rules
from sroi_cli.app.rules_test import run_rule_tests
from sroi_cli.app.schemas import json_schema
from sroi_cli.app.settings import DEFAULT_RULES, Settings, apply_limits, as_of_date
from sroi_cli.app.template import make_template
from sroi_cli.app.validate import validate

__all__ = [
    "DEFAULT_RULES",
    "Settings",
    "apply_limits",
    "as_of_date",
    "banen",
    "batch",
    "batch_stream",
    "check",
    "check_annotated",
    "check_rules",
    "collector_paused",
    "diff_rules",
    "evaluate_portfolio",
    "explain",
    "json_schema",
    "load",
    "make_template",
    "own_reports",
    "parse_groups",
    "pseudonym_key",
    "refuse_overwrite",
    "rule_histories",
    "rule_history",
    "run_rule_tests",
    "shortfall_plan",
    "unknown_dimensions",
    "validate",
    "with_pseudonyms",
    "write_report",
]
