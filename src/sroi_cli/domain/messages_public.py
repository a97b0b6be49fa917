"""The sentences about public tender data, authority maps and targets, in English and Dutch."""

from __future__ import annotations

from collections.abc import Mapping

PUBLIC_EN_NL: Mapping[str, tuple[str, str]] = {
    "public_no_dataset": (
        "no sheet has TenderNed's dataset headers (expected at least {needs} and Publicatie soort)",
        "geen tabblad heeft de kolommen van de TenderNed-dataset "
        "(verwacht minstens {needs} en Publicatie soort)",
    ),
    "public_lot_twice": (
        "lot '{lot}' is in another file too ({first}); a lot is counted once, from one file",
        "perceel '{lot}' staat ook in een ander bestand ({first}); een perceel telt één keer",
    ),
    "public_lots_twice_more": (
        "and {count} more lots that are in two files",
        "en nog {count} percelen die in twee bestanden staan",
    ),
    "public_bad_json": ("not valid JSON: {detail}", "geen geldige JSON: {detail}"),
    "public_not_ocds": (
        "not OCDS: found {found}, expected a release, record or package",
        "geen OCDS: gevonden {found}, verwacht een release, record of package",
    ),
    "public_merge": (
        "the releases cannot be merged: {detail}",
        "de releases kunnen niet worden samengevoegd: {detail}",
    ),
    "public_bad_map": (
        "expected a mapping 'authorities:' of authority name or KvK number to a rule-set id",
        "verwacht een mapping 'authorities:' van naam of KvK-nummer van de dienst naar een regelset-id",
    ),
    "public_unknown_rules": (
        "rule set '{found}' is not known; expected one of: {known}",
        "regelset '{found}' is onbekend; verwacht een van: {known}",
    ),
    "public_bad_targets": (
        "expected a mapping with 'targets:' (a list of id, measure, target, start, deadline)",
        "verwacht een mapping met 'targets:' (een lijst van id, measure, target, start, deadline)",
    ),
    "columns_bad_map": (
        "expected a column map (contract: header → field) or a preset: {presets}",
        "verwacht een kolomkaart (contract: kolomkop → veld) of een voorinstelling: {presets}",
    ),
    "columns_encoding": ("unknown encoding '{found}'", "onbekende tekenset '{found}'"),
    "public_measure": (
        "measure '{measure}' cannot be counted by this command; expected one of: {known}",
        "maat '{measure}' kan deze opdracht niet tellen; verwacht een van: {known}",
    ),
}
