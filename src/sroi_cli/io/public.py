"""Public tender data recognised by content: TenderNed's workbook or OCDS JSON, read into lots."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sroi_cli.domain.errors import RulesError
from sroi_cli.domain.inputs import Origin
from sroi_cli.domain.public import PublicLot, Stage
from sroi_cli.io import limits
from sroi_cli.io.records import RawRecord
from sroi_cli.io.rules_loader import RuleLibrary

EXCEL = {".xlsx", ".xlsm"}
JSON_SUFFIXES = {".json", ".jsonl", ".gz"}


def read_public(path: Path, data: bytes, name: str) -> list[PublicLot] | None:
    """The lots of a public-data file, or None when it is not one (then it is sroi's own input)."""
    from sroi_cli.io.ocds import looks_like_ocds, read_ocds

    if data[:4] == b"PK\x03\x04" or path.suffix.lower() in EXCEL:
        from sroi_cli.io.tenderned import read_dataset

        return read_dataset(path, name)
    if looks_like_ocds(data):
        return read_ocds(data, name)
    return None


def read_bytes(path: Path, name: str) -> bytes:
    """The whole file, if it is a regular one and no larger than `file_mb` (counted as it is read)."""
    from sroi_cli.io.files import read_limited

    return read_limited(path, name, limits.current().file_mb * 2**20, "file_mb")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def records_of(lots: list[PublicLot], name: str) -> list[RawRecord]:
    """Public lots as contract records for check, batch and validate: each awarded lot one contract,
    its rule set from the run's authority map, the defaults it needed said per contract."""
    from sroi_cli.domain.coverage import contract_of
    from sroi_cli.io.authorities import current

    authorities, library = current()
    records = []
    for lot in lots:
        if lot.stage is not Stage.AWARDED:
            continue
        contract, defaults = contract_of(lot, authorities.rules_for(lot))
        if contract.rules is not None and not _in_force(library, contract.rules, contract.rule_date):
            contract = contract.model_copy(update={"rules": None})
            defaults = (*defaults, "rules")
        values = contract.model_dump(exclude_none=True, exclude={"defaults", "status"})
        values["type"] = contract.type.value
        origin = Origin(name, lot.place.in_file(""))
        records.append(RawRecord("contract", values, origin, {"defaults": defaults} if defaults else None))
    return records


def _in_force(library: RuleLibrary, rule_id: str, day: dt.date) -> bool:
    try:
        library.history(rule_id).in_force(day)
    except RulesError:
        return False
    return True
