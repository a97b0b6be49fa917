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
    "bsn_sheet_names": (
        "a sheet name looks like a BSN; rename the sheet, or pass --allow-bsn",
        "een tabbladnaam lijkt een BSN; hernoem het tabblad, of gebruik --allow-bsn",
    ),
    "bsn_text_cells": (
        "a text cell (a header, or a sheet sroi does not read) looks like a BSN; remove it, "
        "or pass --allow-bsn",
        "een tekstcel (een kop, of een tabblad dat sroi niet leest) lijkt een BSN; verwijder die, "
        "of gebruik --allow-bsn",
    ),
    "bsn_comments": (
        "a cell comment looks like a BSN; remove it, or pass --allow-bsn",
        "een opmerking bij een cel lijkt een BSN; verwijder die, of gebruik --allow-bsn",
    ),
    "bsn_file_name": (
        "the file name looks like a BSN; rename the file, or pass --allow-bsn",
        "de bestandsnaam lijkt een BSN; hernoem het bestand, of gebruik --allow-bsn",
    ),
    "unreadable": ("cannot read the file: {reason}", "kan het bestand niet lezen: {reason}"),
    "yaml_syntax": ("not valid YAML: {reason}", "geen geldige YAML: {reason}"),
    "wrong_shape": ("found {found}, expected {expected}", "gevonden {found}, verwacht {expected}"),
    "no_contract_rows": (
        "no contracts found below the header row",
        "geen contracten gevonden onder de kopregel",
    ),
    "no_contracts": (
        "no contracts found; expected 'contracts:' or 'contract:'",
        "geen contracten gevonden; verwacht 'contracts:' of 'contract:'",
    ),
    "too_large": (
        "refused: {what} exceeds the limit of {limit} (raise it with --limit if the file is trusted)",
        "geweigerd: {what} overschrijdt de grens van {limit} (verhoog die met --limit als het bestand te "
        "vertrouwen is)",
    ),
    "bad_limit": (
        "found '{found}', expected name=number with a name from: {known}",
        "gevonden '{found}', verwacht naam=getal met een naam uit: {known}",
    ),
    "no_input": ("no input files found", "geen invoerbestanden gevonden"),
    "contributions_alone": (
        "a contributions CSV without its contracts CSV next to it (contracts.csv with "
        "contributions.csv, or contracten.csv with bijdragen.csv, in any case); nothing of it is read",
        "een bijdragen-CSV zonder contracten-CSV ernaast (contracten.csv met bijdragen.csv, of "
        "contracts.csv met contributions.csv, in hoofd- of kleine letters); er is niets uit gelezen",
    ),
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
    "encrypted_xlsx": (
        "the workbook is encrypted (protected with a password); save it without one first",
        "de werkmap is versleuteld (met een wachtwoord beveiligd); sla haar eerst zonder wachtwoord op",
    ),
    "zip_method": (
        "the workbook's part {part} is packed with zip method {method}, which no workbook uses "
        "(only stored and deflated are read)",
        "het onderdeel {part} van de werkmap is ingepakt met zip-methode {method}, die geen werkmap "
        "gebruikt (alleen stored en deflated worden gelezen)",
    ),
    "xml_entities": (
        "the workbook's part {part} declares XML entities or a DOCTYPE, which a workbook never needs",
        "het onderdeel {part} van de werkmap declareert XML-entiteiten of een DOCTYPE, wat een werkmap "
        "nooit nodig heeft",
    ),
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
    "csv_unterminated_quote": (
        'unterminated quote: a value opened with " on this line is not closed',
        'aanhalingsteken niet gesloten: een waarde die op deze regel met " begint, wordt niet gesloten',
    ),
    "extra_cells": (
        "{count} more values than the header has columns",
        "{count} waarden meer dan de kopregel kolommen heeft",
    ),
    "extra_cells_1": (
        "1 more value than the header has columns",
        "1 waarde meer dan de kopregel kolommen heeft",
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
    "key_created": (
        "made a new pseudonym key in {path}; keep it (or set SROI_PSEUDONYM_KEY) to get the same pseudonyms next time",
        "nieuwe pseudoniemsleutel gemaakt in {path}; bewaar die (of zet SROI_PSEUDONYM_KEY) voor dezelfde pseudoniemen de volgende keer",
    ),
    "binary_needs_output": (
        "the {format} format is a file, not text for a terminal: add --output FILE.{format}",
        "het formaat {format} is een bestand, geen tekst voor een terminal: voeg --output BESTAND.{format} toe",
    ),
    # files that are not inputs, and outputs that cannot be written (exit 2, 3 and 5)
    "is_folder": ("it is a folder, not a file", "het is een map, geen bestand"),
    "is_fifo": (
        "it is a named pipe (FIFO), not a regular file; only regular files are read",
        "het is een named pipe (FIFO), geen gewoon bestand; alleen gewone bestanden worden gelezen",
    ),
    "is_socket": (
        "it is a socket, not a regular file; only regular files are read",
        "het is een socket, geen gewoon bestand; alleen gewone bestanden worden gelezen",
    ),
    "is_device": (
        "it is a device, not a regular file; only regular files are read",
        "het is een apparaat, geen gewoon bestand; alleen gewone bestanden worden gelezen",
    ),
    "is_special": (
        "it is not a regular file; only regular files are read",
        "het is geen gewoon bestand; alleen gewone bestanden worden gelezen",
    ),
    "changed": (
        "the file was replaced while it was opened",
        "het bestand werd vervangen terwijl het werd geopend",
    ),
    "output_is_input": (
        "refused: the output {output} is the input {input}; write the report to another file",
        "geweigerd: de uitvoer {output} is de invoer {input}; schrijf het rapport naar een ander bestand",
    ),
    "not_written": (
        "the report could not be written: {reason}",
        "het rapport kon niet worden geschreven: {reason}",
    ),
    "no_folder": ("the folder {folder} does not exist", "de map {folder} bestaat niet"),
    "not_a_folder": ("{folder} is not a folder", "{folder} is geen map"),
    "empty_name": ("the output has no file name", "de uitvoer heeft geen bestandsnaam"),
    "name_too_long": (
        "the file name is {length} bytes, more than the {most} this folder allows",
        "de bestandsnaam is {length} bytes, meer dan de {most} die deze map toestaat",
    ),
    "sroi_report": (
        "this is a report sroi wrote ({marker}), not an input; give the input it was made from",
        "dit is een rapport dat sroi schreef ({marker}), geen invoer; geef de invoer waaruit het is gemaakt",
    ),
    "rules_overridden_1": (
        "1 contract named another rule set ({named}); --rules {rules} applies",
        "1 contract noemde een andere regelset ({named}); --rules {rules} geldt",
    ),
    "rules_overridden": (
        "{count} contracts named another rule set ({named}); --rules {rules} applies",
        "{count} contracten noemden een andere regelset ({named}); --rules {rules} geldt",
    ),
    "column_ignored": (
        "column '{header}' ignored: it is not a field sroi reads",
        "kolom '{header}' genegeerd: geen veld dat sroi leest",
    ),
    "ambiguous_code": (
        "'{found}' is the label of more than one code in rule set {rules}: {candidates}; write the code",
        "'{found}' is het label van meer dan één code in regelset {rules}: {candidates}; vul de code in",
    ),
    "reports_skipped": (
        "skipped {count} reports sroi wrote itself: {names}",
        "{count} rapporten overgeslagen die sroi zelf schreef: {names}",
    ),
    "reports_skipped_1": (
        "skipped 1 report sroi wrote itself: {names}",
        "1 rapport overgeslagen dat sroi zelf schreef: {names}",
    ),
    "internal_error": (
        "internal error: this is a bug in sroi {version}, not a problem with your input; please report it "
        "with the traceback below",
        "interne fout: dit is een fout in sroi {version}, geen probleem met uw invoer; meld die alstublieft "
        "met de traceback hieronder",
    ),
    "interrupted": ("stopped by {signal}", "gestopt door {signal}"),
    "unknown_organisation": (
        "--organisation {given}: no placement names that hirer; they name: {known}",
        "--organisation {given}: geen plaatsing noemt die inlener; ze noemen: {known}",
    ),
    "no_organisation": (
        "--paid-hours needs --organisation; the placements name: {known}",
        "--paid-hours vraagt om --organisation; de plaatsingen noemen: {known}",
    ),
    "unknown_source": (
        "source '{ref}' names none of this rule set's sources ({known})",
        "bron '{ref}' noemt geen van de bronnen van deze regelset ({known})",
    ),
    "unknown_rule_key": (
        "{mark}: '{key}' names no value of this rule set; expected a dotted key such as "
        "applicability.threshold or valuation.blocks.<code>.amount",
        "{mark}: '{key}' noemt geen waarde van deze regelset; verwacht een sleutel met punten zoals "
        "applicability.threshold of valuation.blocks.<code>.amount",
    ),
    "no_eu_table": (
        "rule set {rules} uses an EU threshold, but no table of EU thresholds was loaded",
        "regelset {rules} gebruikt een Europese drempel, maar er is geen tabel met Europese drempels geladen",
    ),
    "extends_cycle": ("'extends' makes a cycle: {chain}", "'extends' vormt een kringloop: {chain}"),
    "extends_too_deep": (
        "'extends' makes a chain of {count} files, more than {limit}: {chain}",
        "'extends' vormt een keten van {count} bestanden, meer dan {limit}: {chain}",
    ),
    "extends_missing": (
        "extends '{target}', which does not exist",
        "breidt '{target}' uit, dat niet bestaat",
    ),
    "rules_stale": (
        "rule set {rules} was last checked on {checked}, more than {months} months before {as_of}",
        "regelset {rules} is voor het laatst gecontroleerd op {checked}, meer dan "
        "{months} maanden voor {as_of}",
    ),
    "rules_marks": (
        "rule set {rules}: {assumed} value(s) assumed, {contested} contested: {keys}",
        "regelset {rules}: {assumed} waarde(n) aangenomen, {contested} betwist: {keys}",
    ),
    "rules_unsourced": (
        "rule set {rules} assumes {keys}: not published by the issuer; check the tender before relying on it",
        "regelset {rules} neemt {keys} aan: niet gepubliceerd door de uitgever; controleer de "
        "aanbesteding voordat u erop vertrouwt",
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
    "bad_as_of": (
        "--as-of: '{given}' is not a date; expected one such as 2026-11-23, 23-11-2026, 23/11/2026 "
        "or 23.11.2026",
        "--as-of: '{given}' is geen datum; verwacht zoals 23-11-2026, 2026-11-23, 23/11/2026 of 23.11.2026",
    ),
    "expect_date": (
        "a date such as 2026-12-31 or 31-12-2026",
        "een datum zoals 31-12-2026 of 2026-12-31",
    ),
    "expect_bool": ("yes/no (ja/nee)", "ja/nee (yes/no)"),
    "expect_text": ("text", "tekst"),
    "expect_code": ("a code or label of at most 120 characters", "een code of label van maximaal 120 tekens"),
    "expect_list": (
        "a list, or codes separated by commas",
        "een lijst, of codes gescheiden door komma's",
    ),
    "expect_sequence": ("a list (lines starting with '- ')", "een lijst (regels die beginnen met '- ')"),
    "expect_mapping": ("a mapping of keys to values", "een verzameling sleutels met waarden"),
    "expect_one_of": ("one of: {choices}", "een van: {choices}"),
    # the sane ranges of domain/bounds.py (README "Number ranges")
    "range_money": (
        "an amount from 0 to 1000000000000 (a thousand billion) with at most 6 decimals",
        "een bedrag van 0 tot 1000000000000 (duizend miljard) met hoogstens 6 decimalen",
    ),
    "range_share": (
        "a share from 0 to 1 (0% to 100%) with at most 6 decimals",
        "een aandeel van 0 tot 1 (0% tot 100%) met hoogstens 6 decimalen",
    ),
    "range_hours_per_week": (
        "hours a week from 0 to 168 with at most 6 decimals",
        "uren per week van 0 tot 168 met hoogstens 6 decimalen",
    ),
    "range_norm_hours": (
        "hours a week from 1 to 168 with at most 6 decimals",
        "uren per week van 1 tot 168 met hoogstens 6 decimalen",
    ),
    "range_hours": (
        "hours from 0 to 10000000 with at most 6 decimals",
        "uren van 0 tot 10000000 met hoogstens 6 decimalen",
    ),
    "range_hours_per_year": (
        "hours a year from 1 to 8784 with at most 6 decimals",
        "uren per jaar van 1 tot 8784 met hoogstens 6 decimalen",
    ),
    "range_months": ("months from 0 to 1200", "maanden van 0 tot 1200"),
    "range_count": ("a whole number from 1 to 100000", "een geheel getal van 1 tot 100000"),
    "range_factor": (
        "a factor from 0 to 10 with at most 6 decimals",
        "een factor van 0 tot 10 met hoogstens 6 decimalen",
    ),
    # sroi check --annotate
    "annotated_copy": (
        "wrote a copy of the input with each problem marked on its cell",
        "kopie van de invoer geschreven met elk probleem gemarkeerd bij zijn cel",
    ),
    "annotate_same_file": (
        "the annotated copy would overwrite the input {input}; choose another --output",
        "de kopie met opmerkingen zou de invoer {input} overschrijven; kies een andere --output",
    ),
    # sroi template: the instructions in a blank input
    "tpl_title": ("How to fill in this workbook", "Zo vult u deze werkmap in"),
    "tpl_yaml_title": ("How to fill in this file", "Zo vult u dit bestand in"),
    "tpl_step_sheets": (
        "One contract per row on sheet '{contracts}'; each contribution (a placement, a purchase, activity hours, a cost) on sheet '{contributions}', with its contract's id in the first column.",
        "Per regel één contract op tabblad '{contracts}'; elke bijdrage (een plaatsing, een inkoop, activiteitsuren, kosten) op tabblad '{contributions}', met het kenmerk van het contract in de eerste kolom.",
    ),
    "tpl_yaml_entries": (
        "One entry per contract under 'contracts:'; each contribution (a placement, a purchase, activity hours, a cost) under 'contributions:', with its contract's id. Replace the example values.",
        "Eén item per contract onder 'contracts:'; elke bijdrage (een plaatsing, een inkoop, activiteitsuren, kosten) onder 'contributions:', met het kenmerk van het contract. Vervang de voorbeeldwaarden.",
    ),
    "tpl_step_lists": (
        "Choose type, status, block, bonuses and yes/no from the drop-down lists; separate several bonuses with commas.",
        "Kies soort, status, bouwblok, bonussen en ja/nee uit de keuzelijsten; scheid meerdere bonussen met komma's.",
    ),
    "tpl_step_values": (
        "Amounts in euros excluding VAT; dates such as 31-12-2026. Leave the end date empty while a placement still runs. A placement needs hours per week and a start date; a purchase or cost needs an amount; activity needs hours.",
        "Bedragen in euro's exclusief btw; datums zoals 31-12-2026. Laat de einddatum leeg zolang een plaatsing loopt. Een plaatsing heeft uren per week en een startdatum nodig; een inkoop of kosten een bedrag; een activiteit uren.",
    ),
    "tpl_step_privacy": (
        "A candidate is a pseudonym such as K-0001: never a name or a BSN.",
        "Een kandidaat is een pseudoniem zoals K-0001: nooit een naam of een BSN.",
    ),
    "tpl_step_check": (
        "Check the filled-in file with: {command}",
        "Controleer het ingevulde bestand met: {command}",
    ),
    "tpl_rules": ("Rule set", "Regelset"),
    "tpl_valid_from": ("Valid from", "Geldig vanaf"),
    "tpl_types": ("Contract types with social return", "Soorten opdrachten met social return"),
    "tpl_threshold": ("Threshold (contract value excl. VAT)", "Drempel (opdrachtwaarde excl. btw)"),
    "tpl_threshold_inclusive": ("applies from this value up", "geldt vanaf deze waarde"),
    "tpl_threshold_strict": ("applies above this value", "geldt boven deze waarde"),
    "tpl_min_duration": ("Minimum duration (months)", "Minimale looptijd (maanden)"),
    "tpl_obligation": ("Obligation", "Verplichting"),
    "tpl_percentage": ("{rate} of the {basis}", "{rate} van de {basis}"),
    "tpl_fixed": ("A fixed amount", "Een vast bedrag"),
    "tpl_basis_value_excl_vat": ("contract value excl. VAT", "opdrachtwaarde excl. btw"),
    "tpl_basis_wage_bill": ("wage bill", "loonsom"),
    "tpl_basis_invoiced_turnover": ("invoiced turnover excl. VAT", "gefactureerde omzet excl. btw"),
    "tpl_placements": ("Number of placements", "Aantal plaatsingen"),
    "tpl_none": ("No obligation", "Geen verplichting"),
    "tpl_maximum": ("Maximum", "Maximum"),
    "tpl_norm_hours": ("Full-time hours per week", "Normuren per week (voltijd)"),
    "tpl_sources": ("Sources", "Bronnen"),
    "tpl_blocks": ("Blocks (bouwblokken)", "Bouwblokken"),
    "tpl_bonuses": ("Bonuses", "Bonussen"),
    "tpl_code": ("Code", "Code"),
    "tpl_label": ("Description", "Omschrijving"),
    "tpl_method": ("Valued", "Waardering"),
    "tpl_value": ("Value", "Waarde"),
    "tpl_max_months": ("Max. months per candidate", "Max. maanden per kandidaat"),
    "tpl_on_blocks": ("On blocks", "Bij bouwblokken"),
    "tpl_source": ("Source", "Bron"),
    "tpl_url": ("Link", "Link"),
    "tpl_per_year": ("per full-time year", "per voltijdjaar"),
    "tpl_per_month": ("per month", "per maand"),
    "tpl_per_hour": ("per hour", "per uur"),
    "tpl_share_of_amount": ("share of the amount", "aandeel van het bedrag"),
    "tpl_actual_cost": ("actual cost", "werkelijke kosten"),
    "tpl_once": ("once", "eenmalig"),
    "tpl_every_block": ("every placement block", "elk plaatsingsblok"),
    "tpl_prompt_list": ("Choose from the list.", "Kies uit de lijst."),
    "tpl_prompt_bonuses": (
        "Choose from the list; for several, type the codes separated by commas.",
        "Kies uit de lijst; typ bij meerdere de codes gescheiden door komma's.",
    ),
    "tpl_prompt_rules": (
        "Used unless sroi check is given --rules, which applies to every contract; empty: rijk.",
        "Geldt tenzij sroi check --rules krijgt, dat voor elk contract geldt; leeg: rijk.",
    ),
}


def message(key: str, lang: str = "en", /, **params: str) -> str:
    """The sentence for `key` in `lang` (`en` or `nl`), filled with `params`."""
    from sroi_cli.domain.messages_public import PUBLIC_EN_NL

    en, nl = _EN_NL[key] if key in _EN_NL else PUBLIC_EN_NL[key]
    template = nl if lang == "nl" else en
    return template.format(**params)
