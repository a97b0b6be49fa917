"""Every sentence sroi says to a user, in English and Dutch, keyed so the report stays language-free."""

from __future__ import annotations

from collections.abc import Mapping

_EN_NL: Mapping[str, tuple[str, str]] = {
    # input problems
    "bad_value": (
        "{field}: found {found}, expected {expected}",
        "{field}: gevonden {found}, verwacht {expected}",
    ),
    "invalid": (
        "{field}: {found} is not valid: {detail}",
        "{field}: {found} is niet geldig: {detail}",
    ),
    "invalid_record": ("{field}: {detail}", "{field}: {detail}"),
    "missing_field": (
        "{field} is missing; it is required",
        "{field} ontbreekt; dit veld is verplicht",
    ),
    "unknown_key": ("unknown key '{key}'{hint}", "onbekende sleutel '{key}'{hint}"),
    "did_you_mean": ("; did you mean '{suggestion}'?", "; bedoelt u '{suggestion}'?"),
    "known_keys": ("; known keys: {known}", "; bekende sleutels: {known}"),
    "duplicate_key": (
        "duplicate key '{key}' (first on line {first})",
        "dubbele sleutel '{key}' (eerst op regel {first})",
    ),
    "duplicate_id": (
        "contract id '{id}' appears twice (first at {first})",
        "kenmerk '{id}' komt twee keer voor (eerst bij {first})",
    ),
    "orphan": (
        "contribution names contract '{contract}', which is not in the input",
        "bijdrage noemt contract '{contract}', dat niet in de invoer staat",
    ),
    "unknown_block": (
        "block '{block}' is not in rule set {rules}; expected one of: {known}",
        "bouwblok '{block}' staat niet in regelset {rules}; verwacht een van: {known}",
    ),
    "unknown_bonus": (
        "bonus '{bonus}' is not in rule set {rules}; expected one of: {known}",
        "bonus '{bonus}' staat niet in regelset {rules}; verwacht een van: {known}",
    ),
    "needs_field": (
        "block '{block}' ({method}) needs '{field}'",
        "bouwblok '{block}' ({method}) heeft '{field}' nodig",
    ),
    "bsn": (
        "a value looks like a BSN (9 digits passing the elfproef); remove it, or pass --allow-bsn",
        "een waarde lijkt een BSN (9 cijfers die de elfproef doorstaan); verwijder die, "
        "of gebruik --allow-bsn",
    ),
    "unreadable": ("cannot read the file: {reason}", "kan het bestand niet lezen: {reason}"),
    "yaml_syntax": ("not valid YAML: {reason}", "geen geldige YAML: {reason}"),
    "wrong_shape": ("found {found}, expected {expected}", "gevonden {found}, verwacht {expected}"),
    "no_contracts": (
        "no contracts found; expected 'contracts:' or 'contract:'",
        "geen contracten gevonden; verwacht 'contracts:' of 'contract:'",
    ),
    "too_large": (
        "refused: {what} exceeds the limit of {limit}",
        "geweigerd: {what} overschrijdt de grens van {limit}",
    ),
    "no_input": ("no input files found", "geen invoerbestanden gevonden"),
    "unknown_contract": (
        "no contract with id '{id}' in the input; found: {known}",
        "geen contract met kenmerk '{id}' in de invoer; gevonden: {known}",
    ),
    "unsupported_file": (
        "unsupported file type '{suffix}'; expected {expected}",
        "bestandstype '{suffix}' wordt niet ondersteund; verwacht {expected}",
    ),
    # spreadsheet and CSV problems
    "empty_file": ("the file is empty", "het bestand is leeg"),
    "not_xlsx": (
        "it is not an Excel workbook (.xlsx); save .xls or .ods files as .xlsx first",
        "het is geen Excel-werkmap (.xlsx); sla .xls- of .ods-bestanden eerst op als .xlsx",
    ),
    "broken_xlsx": ("the workbook is damaged ({detail})", "de werkmap is beschadigd ({detail})"),
    "no_sheet": (
        "no sheet with one of the names {expected}; found sheets: {found}",
        "geen tabblad met een van de namen {expected}; gevonden tabbladen: {found}",
    ),
    "sheet_conflict": (
        "found both sheet '{first}' and sheet '{second}'; keep one",
        "zowel tabblad '{first}' als tabblad '{second}' gevonden; houd er een over",
    ),
    "no_header": (
        "no header row in the first {rows} rows; expected headers such as {examples}",
        "geen kopregel in de eerste {rows} regels; verwacht kolomkoppen zoals {examples}",
    ),
    "missing_column": (
        "the header row has no column for '{field}'",
        "de kopregel heeft geen kolom voor '{field}'",
    ),
    "unknown_header": ("unknown column '{header}'{hint}", "onbekende kolom '{header}'{hint}"),
    "duplicate_column": (
        "column '{header}' repeats field '{field}' (first at {first})",
        "kolom '{header}' herhaalt veld '{field}' (eerst bij {first})",
    ),
    "formula_no_value": (
        "the formula {formula} has no saved result; open the file in Excel or LibreOffice and save it again",
        "de formule {formula} heeft geen opgeslagen uitkomst; open het bestand in "
        "Excel of LibreOffice en sla het opnieuw op",
    ),
    "formula_error": ("the cell shows the error {found}", "de cel toont de fout {found}"),
    "not_utf8": (
        "not UTF-8 text (byte 0x{byte}); save the file as 'CSV UTF-8'",
        "geen UTF-8-tekst (byte 0x{byte}); sla het bestand op als 'CSV UTF-8'",
    ),
    "csv_syntax": ("not valid CSV: {reason}", "geen geldige CSV: {reason}"),
    "extra_cells": (
        "{count} more value(s) than the header has columns",
        "{count} waarde(n) meer dan de kopregel kolommen heeft",
    ),
    # rule problems
    "no_version": (
        "rule set '{id}' has no version in force on {date} (the first is from {first})",
        "regelset '{id}' heeft geen versie die geldt op {date} (de eerste geldt vanaf {first})",
    ),
    "unknown_rules": (
        "no rule set '{id}'; known: {known}",
        "geen regelset '{id}'; bekend: {known}",
    ),
    "extends_cycle": ("'extends' makes a cycle: {chain}", "'extends' vormt een kringloop: {chain}"),
    "extends_missing": (
        "extends '{target}', which does not exist",
        "breidt '{target}' uit, dat niet bestaat",
    ),
    "rules_stale": (
        "rule set {rules} was last checked on {checked}, more than {months} months before {as_of}",
        "regelset {rules} is voor het laatst gecontroleerd op {checked}, meer dan "
        "{months} maanden voor {as_of}",
    ),
    "file_name_date": (
        "file name says {name} but valid_from is {valid_from}",
        "bestandsnaam zegt {name} maar valid_from is {valid_from}",
    ),
    "id_mismatch": (
        "folder '{folder}' holds rule set id '{id}'",
        "map '{folder}' bevat regelset-id '{id}'",
    ),
    # validation of templates and rule-set versions (sroi validate, sroi rules validate|test|diff)
    "declared_mismatch": (
        "the template declares {field} {declared}, but rule set {rules} has {expected} ({path})",
        "het sjabloon noemt {field} {declared}, maar regelset {rules} heeft {expected} ({path})",
    ),
    "versions_overlap": (
        "version {version} is valid until {until}, but version {other} already starts on {other_from}: the versions overlap",
        "versie {version} geldt tot en met {until}, maar versie {other} begint al op {other_from}: de versies overlappen",
    ),
    "versions_same_start": (
        "versions {version} and {other} both start on {valid_from}: the versions overlap",
        "versies {version} en {other} beginnen allebei op {valid_from}: de versies overlappen",
    ),
    "versions_gap": (
        "no version is in force from {gap_from} to {gap_to}: version {version} ends on {until} and version {other} starts on {other_from}",
        "geen versie geldt van {gap_from} tot en met {gap_to}: versie {version} eindigt op {until} en versie {other} begint op {other_from}",
    ),
    "until_before_from": (
        "valid_until {until} is before valid_from {valid_from}",
        "valid_until {until} ligt voor valid_from {valid_from}",
    ),
    "unknown_version": (
        "rule set '{id}' has no version '{version}'; known: {known}",
        "regelset '{id}' heeft geen versie '{version}'; bekend: {known}",
    ),
    "no_cases": (
        "no rule test cases found; expected YAML files in a tests/ folder next to the rule versions",
        "geen testgevallen gevonden; verwacht YAML-bestanden in een map tests/ naast de versies van de regels",
    ),
    # expectations
    "expect_money": (
        "an amount such as 1250000.00 or € 1.250.000,00",
        "een bedrag zoals 1250000.00 of € 1.250.000,00",
    ),
    "expect_number": ("a number such as 32 or 25,5", "een getal zoals 32 of 25,5"),
    "expect_share": ("a share such as 0.05 or 5%", "een aandeel zoals 0,05 of 5%"),
    "expect_int": ("a whole number", "een geheel getal"),
    "expect_date": (
        "a date such as 2026-12-31 or 31-12-2026",
        "een datum zoals 31-12-2026 of 2026-12-31",
    ),
    "expect_bool": ("yes/no (ja/nee)", "ja/nee (yes/no)"),
    "expect_text": ("text", "tekst"),
    "expect_list": (
        "a list, or codes separated by commas",
        "een lijst, of codes gescheiden door komma's",
    ),
    "expect_sequence": ("a list (lines starting with '- ')", "een lijst (regels die beginnen met '- ')"),
    "expect_mapping": ("a mapping of keys to values", "een verzameling sleutels met waarden"),
    "expect_one_of": ("one of: {choices}", "een van: {choices}"),
}


def message(key: str, lang: str = "en", /, **params: str) -> str:
    """The sentence for `key` in `lang` (`en` or `nl`), filled with `params`."""
    en, nl = _EN_NL[key]
    template = nl if lang == "nl" else en
    return template.format(**params)


def has_message(key: str) -> bool:
    return key in _EN_NL
