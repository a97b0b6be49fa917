"""`banen`: Banenafspraak jobs per organisation and year from the placements, and the quotum."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sroi_cli.app.evaluate import load, plan
from sroi_cli.app.settings import Settings
from sroi_cli.domain.errors import Problem, UsageError
from sroi_cli.domain.jobs import JobsReport, jobs_by_year, qualifies, quotum, with_row
from sroi_cli.domain.privacy import mask_bsn


def _organisation(given: str | None, names: list[str], paths: list[Path]) -> str:
    """Whose quotum: the one hirer the placements name, or the given name matched without regard to
    case; a name no placement has is a usage mistake (the levy would be computed on 0 jobs)."""
    where = ", ".join(map(str, paths))
    given = mask_bsn(given) if given is not None else None  # a name typed on the line is shown too
    if given is None:
        if len(names) == 1:
            return names[0]
        raise UsageError(Problem(where, "no_organisation", {"known": ", ".join(names) or "-"}))
    found = [n for n in names if n.casefold() == given.strip().casefold()]
    if found or not names:  # no placements at all: the organisation has none, its quotum still stands
        return found[0] if found else given
    raise UsageError(Problem(where, "unknown_organisation", {"given": given, "known": ", ".join(names)}))


def banen(
    paths: list[Path],
    settings: Settings,
    year: int | None = None,
    paid_hours: Decimal | None = None,
    organisation: str | None = None,
) -> JobsReport:
    plans = plan(load(paths, settings), settings)
    placements = [(p.contract, c) for p in plans for _, c in p.items if qualifies(p.contract, c, p.table)]
    rules = settings.library.history(settings.default_rules).in_force(settings.as_of)
    rows = jobs_by_year(placements, rules.banenafspraak.hours_per_job_per_week, settings.as_of, year)
    result = JobsReport(
        as_of=settings.as_of,
        rules=f"{rules.id} {rules.version}",
        rows=rows,
        hours_per_job=rules.banenafspraak.hours_per_job_per_week,
    )
    if paid_hours is None:
        return result
    names = sorted({r.organisation for r in rows})
    chosen = _organisation(organisation, names, paths)
    measured = year or settings.as_of.year
    rows = with_row(rows, chosen, measured)
    return result.model_copy(
        update={"rows": rows, "quotum": quotum(rows, chosen, measured, paid_hours, rules)}
    )
