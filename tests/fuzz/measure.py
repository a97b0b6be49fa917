"""How many generated documents reach a report: the share for which the fuzzers' invariants run.

    python -m tests.fuzz.measure [N] [STRATEGY ...]     (from the repository root, PYTHONPATH=src)

Draws N documents (default 1.000) from each strategy of tests/fuzz/strategies.py, writes each as
YAML, and counts the outcomes: a report, or located input / rule errors.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sroi_cli import app as use
from sroi_cli.domain.errors import InputError, RulesError
from sroi_cli.domain.report import Report

from . import strategies

AS_OF = strategies.AS_OF


def outcome_of(doc: dict[str, Any], folder: Path) -> str:
    path = folder / "input.yaml"
    path.write_text(yaml.safe_dump(strategies.plain_doc(doc), allow_unicode=True), encoding="utf-8")
    try:
        result = use.check([path], use.Settings(as_of=AS_OF))
    except InputError:
        return "input error"
    except RulesError:
        return "rules error"
    return "report" if isinstance(result, Report) else "other"


def reach(strategy: st.SearchStrategy[Any], count: int) -> Counter[str]:
    """The outcomes of `count` documents drawn from `strategy` (the same ones every run)."""
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:

        @settings(
            max_examples=count,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def run(doc: dict[str, Any]) -> None:
            counts[outcome_of(doc, Path(folder))] += 1

        run()
    return counts


def main(argv: list[str]) -> None:
    count = int(argv[0]) if argv else 1000
    names = argv[1:] or ["portfolio", "valid_portfolio", "mutated_portfolio"]
    for name in names:
        counts = reach(getattr(strategies, name)(), count)
        total = sum(counts.values())
        share = f"{counts['report']} of {total} documents reach a report ({counts['report'] / total:.0%})"
        others = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "report")
        print(f"{name}: {share}; {others}")


if __name__ == "__main__":
    main(sys.argv[1:])
