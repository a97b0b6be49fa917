"""`sroi template`: write a blank input (an .xlsx workbook or a YAML skeleton) for one rule set."""

from __future__ import annotations

from pathlib import Path

from sroi_cli.app.settings import Settings
from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.rules import RuleSet

SUFFIXES = (".xlsx", ".yaml", ".yml")


def make_template(output: Path, settings: Settings, lang: str) -> RuleSet:
    """Write the template whole-or-nothing to `output`; returns the rule-set version it was made for.

    The version is the one in force on the settings' as-of date, so the drop-downs hold today's blocks.
    """
    from sroi_cli.io.output import atomic_binary

    suffix = output.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            Problem(
                str(output),
                "unsupported_file",
                {"suffix": suffix or "(none)", "expected": ", ".join(SUFFIXES)},
            )
        )
    rules = settings.library.history(settings.default_rules).in_force(settings.as_of)
    command = f"sroi check {output.name} --rules {settings.rules or rules.id}"
    with atomic_binary(output) as stream:
        if suffix == ".xlsx":
            from sroi_cli.io.template import write_workbook

            write_workbook(rules, stream, lang, command)
        else:
            from sroi_cli.io.template_yaml import yaml_template

            stream.write(yaml_template(rules, lang, command, settings.as_of).encode("utf-8"))
    return rules
