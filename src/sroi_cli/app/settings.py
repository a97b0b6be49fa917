"""What every use case needs besides its input: the date, the rule library, the privacy switch."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sroi_cli.io.rules_loader import RuleLibrary

DEFAULT_RULES = "rijk"


@dataclass
class Settings:
    """What every evaluation needs besides the input: the date, the rules, the privacy switch."""

    as_of: dt.date
    rules: str | None = None
    allow_bsn: bool = False
    columns: str | None = None  # --columns: a preset or a file mapping a register's headers
    authorities: Path | None = None  # public data: authority name or KvK → rule set, before the bundled map
    library: RuleLibrary = field(init=False)
    default_rules: str = field(init=False)

    def __post_init__(self) -> None:
        path = Path(self.rules) if self.rules else None
        if path is not None and (path.exists() or path.suffix in (".yaml", ".yml")):
            self.library = RuleLibrary([path])
            self.default_rules = self.library.default or DEFAULT_RULES
        else:
            self.library = RuleLibrary()
            self.default_rules = self.rules or DEFAULT_RULES
            if self.rules:
                self.library.files(self.rules)  # an unknown id fails here, before any input is read
        from sroi_cli.io import columns
        from sroi_cli.io.authorities import set_for_run

        set_for_run(self.authorities, self.library)
        columns.set_for_run(self.columns)


def apply_limits(items: list[str]) -> None:
    """Raise (or lower) the input limits for this run: `["rows=5000000", "file_mb=500"]`."""
    from sroi_cli.io.limits import Limits, set_for_run

    set_for_run(Limits.parse(items))
