"""What every use case needs besides its input: the date, the rule library, the privacy switch."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sroi_cli.domain.errors import Problem, RulesError, UsageError
from sroi_cli.domain.inputs import Contract
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
    # an explicit --rules naming one rule set applies to every contract, over the contract's own
    # `rules` (README, "--rules"); None: each contract's own, then `rijk`
    overriding: str | None = field(init=False, default=None)
    # the rule sets contracts named that --rules overrode: id as written → how many contracts
    overridden: dict[str, int] = field(init=False, default_factory=dict)
    # what the readers left unread (a column), said on stderr once the command is done
    notices: list[Problem] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        path = Path(self.rules) if self.rules else None
        if path is not None and (path.exists() or path.suffix in (".yaml", ".yml")):
            self.library = RuleLibrary([path])
            self.default_rules = self.library.default or DEFAULT_RULES
            self.overriding = self.library.default  # a folder of several rule sets only adds them
        else:
            self.library = RuleLibrary()
            # an unknown id fails here, before any input is read; `Utrecht` is `utrecht`
            self.default_rules = self.library.canonical(self.rules) if self.rules else DEFAULT_RULES
            self.overriding = self.default_rules if self.rules else None
        from sroi_cli.io import columns
        from sroi_cli.io.authorities import set_for_run

        set_for_run(self.authorities, self.library)
        columns.set_for_run(self.columns)


def rules_of(contract: Contract, settings: Settings) -> str:
    """The rule set a contract is evaluated with: an explicit --rules, else its own, else `rijk`.

    Each contract whose own `rules` --rules overrode is counted, for the one notice that says so.
    """
    own = contract.rules
    if settings.overriding is None:
        return own or settings.default_rules
    if own and own.casefold() != settings.overriding.casefold():
        with contextlib.suppress(RulesError):  # a rule set sroi does not know: named as written
            own = settings.library.canonical(own)  # `Rijk` and `rijk` are one rule set
        settings.overridden[own] = settings.overridden.get(own, 0) + 1
    return settings.overriding


def apply_limits(items: list[str]) -> None:
    """Raise (or lower) the input limits for this run: `["rows=5000000", "file_mb=500"]`."""
    from sroi_cli.io.limits import Limits, set_for_run

    set_for_run(Limits.parse(items))


def as_of_date(text: str) -> dt.date:
    """`--as-of` in every date form the inputs accept (io.values.to_date); anything else is one
    usage line saying what was typed and the forms expected, never strptime's patterns."""
    from sroi_cli.io.values import ValueProblem, to_date

    try:
        return to_date(text)
    except ValueProblem:
        raise UsageError(Problem("", "bad_as_of", {"given": text})) from None
