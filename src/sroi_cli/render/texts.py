"""Every phrase of a report in English and Dutch: verdicts, reasons, trace steps, findings, headings."""

from __future__ import annotations

from functools import cache, lru_cache
from string import Formatter

from sroi_cli.domain.args import Arg, Count, Date, Money, Term
from sroi_cli.domain.inert import visible
from sroi_cli.domain.report import Finding
from sroi_cli.domain.trace import Step
from sroi_cli.render.fmt import said

_PHRASES: dict[str, tuple[str, str]] = {
    # verdicts
    "not_applicable": ("not applicable", "niet van toepassing"),
    "open": ("open", "nog niet gestart"),
    "on_track": ("on track", "op schema"),
    "behind": ("behind", "achter"),
    "compliant": ("compliant", "voldaan"),
    "non_compliant": ("non-compliant", "niet voldaan"),
    # terms
    "works": ("works", "werken"),
    "services": ("services", "diensten"),
    "supplies": ("supplies", "leveringen"),
    "award_date": ("award date", "gunningsdatum"),
    "start": ("start date", "startdatum"),
    "value_excl_vat": ("contract value", "opdrachtwaarde"),
    "wage_bill": ("wage bill", "loonsom"),
    "invoiced_turnover": ("invoiced turnover", "gefactureerde omzet"),
    "planned": ("planned", "gepland"),
    "realised": ("realised", "gerealiseerd"),
    "accepted": ("accepted", "geaccepteerd"),
    "rejected": ("rejected", "afgewezen"),
    "info": ("info", "info"),
    "warning": ("warning", "waarschuwing"),
    "error": ("error", "fout"),
    # reasons
    "reason_type": ("{type} are outside this rule set", "{type} vallen buiten deze regelset"),
    "reason_below_inclusive": (
        "{type}, {value} is below the threshold {threshold}",
        "{type}, {value} ligt onder de drempel {threshold}",
    ),
    "reason_below_strict": (
        "{type}, {value} is not more than {threshold}",
        "{type}, {value} is niet meer dan {threshold}",
    ),
    "rules_basis": ("of the {basis_name}", "van de {basis_name}"),
    "rules_cap_worked": ("{max} of work", "{max} gewerkt"),
    "rules_min_labour": (
        "{type} only from {min_share} labour",
        "{type} alleen vanaf {min_share} arbeidsaandeel",
    ),
    "rules_min_hours": ("at least {min} h a week per person", "minimaal {min} uur per week per persoon"),
    "reason_labour_share": (
        "{type}, labour is {share} of the contract, less than the {min_share} at which social return "
        "applies to {type}",
        "{type}, het arbeidsaandeel is {share} van de opdracht, minder dan de {min_share} vanaf welke "
        "social return voor {type} geldt",
    ),
    "reason_below_inclusive_wage_bill": (
        "{type}, wage bill {value} is below the threshold {threshold}",
        "{type}, loonsom {value} ligt onder de drempel {threshold}",
    ),
    "reason_below_strict_wage_bill": (
        "{type}, wage bill {value} is not more than {threshold}",
        "{type}, loonsom {value} is niet meer dan {threshold}",
    ),
    "reason_applies_inclusive_wage_bill": (
        "{type}, wage bill {value} ≥ {threshold}, {months} months",
        "{type}, loonsom {value} ≥ {threshold}, {months} maanden",
    ),
    "reason_applies_strict_wage_bill": (
        "{type}, wage bill {value} > {threshold}, {months} months",
        "{type}, loonsom {value} > {threshold}, {months} maanden",
    ),
    "reason_value_unknown": (
        "{type}, value unknown (the notice gives none): not judged against the threshold {threshold}",
        "{type}, waarde onbekend (de aankondiging noemt er geen): niet getoetst aan de drempel {threshold}",
    ),
    "reason_short": (
        "{type}, {months} months is shorter than {min_months}",
        "{type}, {months} maanden is korter dan {min_months}",
    ),
    "reason_applies_inclusive": (
        "{type}, {value} ≥ {threshold}, {months} months",
        "{type}, {value} ≥ {threshold}, {months} maanden",
    ),
    "reason_applies_strict": (
        "{type}, {value} > {threshold}, {months} months",
        "{type}, {value} > {threshold}, {months} maanden",
    ),
    # trace
    "trace_rules": (
        "Rule set {rules} (valid from {valid_from}), in force on {date} (the {basis})",
        "Regelset {rules} (geldig vanaf {valid_from}), van kracht op {date} (de {basis})",
    ),
    "trace_eu_threshold": (
        "Threshold: the EU threshold for {kind} in force on {date} (the {basis}): {threshold} "
        "({valid_from} – {valid_until}, {regulation})",
        "Drempel: de Europese drempel voor {kind} die geldt op {date} (de {basis}): {threshold} "
        "({valid_from} – {valid_until}, {regulation})",
    ),
    "trace_eu_threshold_outside": (
        "Threshold: the EU threshold for {kind}; sroi's table has no period for {date} (the {basis}), "
        "so the nearest one is used: {threshold} ({valid_from} – {valid_until}, {regulation})",
        "Drempel: de Europese drempel voor {kind}; de tabel van sroi heeft geen periode voor {date} "
        "(de {basis}), dus geldt de dichtstbijzijnde: {threshold} ({valid_from} – {valid_until}, "
        "{regulation})",
    ),
    "eu_works": ("works", "werken"),
    "eu_central": (
        "supplies and services of central government",
        "leveringen en diensten van de centrale overheid",
    ),
    "eu_sub_central": (
        "supplies and services of sub-central authorities",
        "leveringen en diensten van decentrale overheden",
    ),
    "obligation_percentage": (
        "Obligation: {rate} × {basis_name} {basis} = {amount}",
        "Verplichting: {rate} × {basis_name} {basis} = {amount}",
    ),
    "obligation_agreed_percentage": (
        "Obligation (agreed): {rate} × {basis_name} {basis} = {amount}",
        "Verplichting (afgesproken): {rate} × {basis_name} {basis} = {amount}",
    ),
    "obligation_agreed_amount": (
        "Obligation agreed for this contract: {amount}",
        "Verplichting afgesproken voor dit contract: {amount}",
    ),
    "obligation_agreed_placements": (
        "Obligation agreed for this contract: {count} placements",
        "Verplichting afgesproken voor dit contract: {count} plaatsingen",
    ),
    "obligation_placements": (
        "Obligation: {count} placements",
        "Verplichting: {count} plaatsingen",
    ),
    "obligation_agreed_placements_1": (
        "Obligation agreed for this contract: 1 placement",
        "Verplichting afgesproken voor dit contract: 1 plaatsing",
    ),
    "obligation_placements_1": ("Obligation: 1 placement", "Verplichting: 1 plaatsing"),
    "obligation_fixed": ("Obligation: a fixed {amount}", "Verplichting: vast bedrag {amount}"),
    "obligation_basis_stand_in": (
        "The rule set's basis is the {basis_name}; the contract gives none, so the contract value "
        "stands in for it",
        "De grondslag van de regelset is de {basis_name}; het contract noemt die niet, dus telt de "
        "opdrachtwaarde in plaats daarvan",
    ),
    "obligation_capped": (
        "Capped at the maximum of {maximum}",
        "Begrensd op het maximum van {maximum}",
    ),
    "obligation_pso": (
        "PSO {level}: {discount} off the obligation, leaving {amount}",
        "PSO {level}: {discount} korting op de verplichting, blijft {amount}",
    ),
    "trace_value_per_year": (
        "#{index} {block} ({status}): {rate} a year × {factor} of the norm hours × {months}/12 months"
        " + bonuses {bonus} = {value}",
        "#{index} {block} ({status}): {rate} per jaar × {factor} van de normuren × {months}/12 maanden"
        " + bonussen {bonus} = {value}",
    ),
    "trace_value_per_year_no_bonus": (
        "#{index} {block} ({status}): {rate} a year × {factor} of the norm hours × {months}/12 months"
        " = {value}",
        "#{index} {block} ({status}): {rate} per jaar × {factor} van de normuren × {months}/12 maanden"
        " = {value}",
    ),
    "trace_value_per_month_no_bonus": (
        "#{index} {block} ({status}): {rate} a month × {months} months = {value}",
        "#{index} {block} ({status}): {rate} per maand × {months} maanden = {value}",
    ),
    "trace_counted_from": (
        "; it began {start}, before the contract, so it counts from the contract start {counted_from}",
        "; begonnen op {start}, vóór het contract, dus het telt vanaf de start van het contract "
        "{counted_from}",
    ),
    "trace_value_per_month": (
        "#{index} {block} ({status}): {rate} a month × {months} months + bonuses {bonus} = {value}",
        "#{index} {block} ({status}): {rate} per maand × {months} maanden + bonussen {bonus} = {value}",
    ),
    "trace_value_below_min_hours": (
        "#{index} {block} ({status}): {hours} hours a week is below the minimum of {min} per person, "
        "so it counts {value}",
        "#{index} {block} ({status}): {hours} uur per week is minder dan het minimum van {min} per "
        "persoon, dus het telt {value}",
    ),
    "trace_value_per_hour": (
        "#{index} {block} ({status}): {rate} an hour × {hours} hours = {value}",
        "#{index} {block} ({status}): {rate} per uur × {hours} uur = {value}",
    ),
    "trace_value_share_of_amount": (
        "#{index} {block} ({status}): {rate} of {amount} = {value}",
        "#{index} {block} ({status}): {rate} van {amount} = {value}",
    ),
    "trace_value_actual_cost": (
        "#{index} {block} ({status}): actual cost {amount} = {value}",
        "#{index} {block} ({status}): werkelijke kosten {amount} = {value}",
    ),
    "verdict_not_applicable": (
        "No obligation: social return does not apply",
        "Geen verplichting: social return is niet van toepassing",
    ),
    "verdict_compliant": (
        "Realised {realised} ≥ obligation {obligation}: compliant",
        "Gerealiseerd {realised} ≥ verplichting {obligation}: voldaan",
    ),
    "verdict_open": (
        "Not started yet: realised {realised} of the obligation {obligation}",
        "Nog niet gestart: gerealiseerd {realised} van de verplichting {obligation}",
    ),
    "verdict_on_track": (
        "Expected by now {expected} ({elapsed} of {total} months); realised {realised} is "
        "{of_expected} of expected (behind below {floor}): on track",
        "Verwacht tot nu {expected} ({elapsed} van {total} maanden); gerealiseerd {realised} is "
        "{of_expected} van het verwachte (achter onder {floor}): op schema",
    ),
    "verdict_behind": (
        "Expected by now {expected} ({elapsed} of {total} months); realised {realised} is only "
        "{of_expected} of expected, below {floor}: behind",
        "Verwacht tot nu {expected} ({elapsed} van {total} maanden); gerealiseerd {realised} is maar "
        "{of_expected} van het verwachte, onder {floor}: achter",
    ),
    "verdict_non_compliant": (
        "Ended with realised {realised} < obligation {obligation}: shortfall {shortfall}; penalty "
        "{penalty_share} of it = {penalty}",
        "Afgelopen met gerealiseerd {realised} < verplichting {obligation}: tekort {shortfall}; boete "
        "{penalty_share} daarvan = {penalty}",
    ),
    "verdict_placements": (
        "{realised} of {required} placements realised (expected by now {expected})",
        "{realised} van {required} plaatsingen gerealiseerd (verwacht tot nu {expected})",
    ),
    # findings
    "not_started": (
        "contribution #{index} starts {date}, after the as-of date; it counts from then",
        "bijdrage #{index} begint {date}, na de peildatum; die telt vanaf dan",
    ),
    "outside_contract": (
        "contribution #{index} runs {start} – {end}, outside the contract {contract_start} – "
        "{contract_end}; only the part inside counts",
        "bijdrage #{index} loopt {start} – {end}, buiten het contract {contract_start} – "
        "{contract_end}; alleen het deel daarbinnen telt",
    ),
    "dated_outside_contract": (
        "contribution #{index} is dated {date}, outside the contract {contract_start} – {contract_end}; "
        "it counts, check that the buyer agreed it",
        "bijdrage #{index} is gedateerd {date}, buiten het contract {contract_start} – {contract_end}; "
        "die telt mee, ga na of de opdrachtgever ermee instemde",
    ),
    "started_before_contract": (
        "contribution #{index} began {start}, more than {pre_start} months before the contract "
        "({contract_start}): not extra work, so it does not count",
        "bijdrage #{index} begon {start}, meer dan {pre_start} maanden voor het contract "
        "({contract_start}): geen extra werk, dus telt niet mee",
    ),
    "max_months_cut": (
        "contribution #{index}: {block} counts at most {max} months per candidate; months beyond are cut",
        "bijdrage #{index}: {block} telt hoogstens {max} maanden per kandidaat; de maanden daarna vervallen",
    ),
    "max_months_later": (
        "contribution #{index}: {block} counts at most {max} months per candidate; that is reached on "
        "{date}, and months after it will not count",
        "bijdrage #{index}: {block} telt hoogstens {max} maanden per kandidaat; dat is bereikt op "
        "{date}, de maanden daarna tellen niet mee",
    ),
    "max_worked_cut": (
        "contribution #{index}: {block} counts at most {max} months of full-time work per candidate "
        "(part-time months count in part); the months beyond are cut",
        "bijdrage #{index}: {block} telt hoogstens {max} maanden voltijds werk per kandidaat (deeltijd "
        "naar rato); de maanden daarna vervallen",
    ),
    "max_worked_later": (
        "contribution #{index}: {block} counts at most {max} months of full-time work per candidate "
        "(part-time months count in part); that is reached on {date}, and months after it will not count",
        "bijdrage #{index}: {block} telt hoogstens {max} maanden voltijds werk per kandidaat (deeltijd "
        "naar rato); dat is bereikt op {date}, de maanden daarna tellen niet mee",
    ),
    "hours_above_norm": (
        "contribution #{index}: {hours} hours a week is above the norm of {norm}; valued at the norm",
        "bijdrage #{index}: {hours} uur per week is meer dan de norm van {norm}; gewaardeerd op de norm",
    ),
    "below_min_hours": (
        "contribution #{index}: {hours} hours a week is below the rule set's minimum of {min} hours a "
        "week per person; the placement is valued at nothing",
        "bijdrage #{index}: {hours} uur per week is minder dan het minimum van {min} uur per week per "
        "persoon in de regelset; de plaatsing telt niet mee",
    ),
    "labour_share_unknown": (
        "{rules} applies social return to {type} only when labour is at least {min_share} of the "
        "contract; the contract gives no labour_share, so it is evaluated as if it applies",
        "{rules} past social return op {type} alleen toe als het arbeidsaandeel minstens {min_share} "
        "van de opdracht is; het contract noemt geen labour_share (arbeidsaandeel), dus is het "
        "beoordeeld alsof social return geldt",
    ),
    "basis_stand_in": (
        "{rules} bases the obligation on the {basis_name}; the contract gives none, so the contract "
        "value stands in for it (an estimate until the invoices are known)",
        "{rules} baseert de verplichting op de {basis_name}; het contract noemt die niet, dus telt "
        "de opdrachtwaarde in plaats daarvan (een schatting tot de facturen bekend zijn)",
    ),
    "column_ignored": (
        "column '{header}' ignored: it is not a field sroi reads",
        "kolom '{header}' genegeerd: geen veld dat sroi leest",
    ),
    "banenafspraak_unregistered": (
        "contribution #{index}: block {block} is the Banenafspraak, but doelgroepregister says no; "
        "valued as the block, but not counted as a Banenafspraak job",
        "bijdrage #{index}: bouwblok {block} is de Banenafspraak, maar doelgroepregister zegt nee; "
        "gewaardeerd als het bouwblok, maar telt niet als Banenafspraak-baan",
    ),
    "bonus_not_allowed": (
        "contribution #{index}: bonus {bonus} is not allowed on {block}; not counted",
        "bijdrage #{index}: bonus {bonus} mag niet bij {block}; telt niet mee",
    ),
    "candidate_overlap": (
        "candidate {candidate} is counted twice on the same days (contributions #{other} and #{index})",
        "kandidaat {candidate} telt dubbel op dezelfde dagen (bijdragen #{other} en #{index})",
    ),
    "candidate_overlap_across": (
        "candidate {candidate} is counted on the same days in contract {contract} (#{other}) and "
        "here (#{index})",
        "kandidaat {candidate} telt op dezelfde dagen in contract {contract} (#{other}) en hier (#{index})",
    ),
    "input_error": ("{en}", "{nl}"),
    "max_months_across": (
        "candidate {candidate} counts {months} months of {block} over all contracts, more than the "
        "{max} the block allows",
        "kandidaat {candidate} telt over alle contracten {months} maanden {block}, meer dan de {max} "
        "die het bouwblok toestaat",
    ),
    "pso_gap": (
        "PSO certificate {level} ({valid_from} – {valid_until}) does not cover the whole "
        "contract: no discount",
        "PSO-certificaat {level} ({valid_from} – {valid_until}) dekt niet het hele contract: geen korting",
    ),
    "status_contradicts_dates": (
        "status '{status}' contradicts the dates ({start} – {end}): on {as_of} the contract {phase}; "
        "the dates decide the verdict",
        "status '{status}' klopt niet met de data ({start} – {end}): op {as_of} {phase}; "
        "de data bepalen het oordeel",
    ),
    "phase_not_started": ("has not started", "is het contract nog niet begonnen"),
    "phase_running": ("is running", "loopt het contract"),
    "phase_ended": ("has ended", "is het contract afgelopen"),
    "pso_level_unknown": (
        "PSO level {level} has no discount in rule set {rules}",
        "PSO-trede {level} geeft geen korting in regelset {rules}",
    ),
    "rules_stale": (
        "rule set {rules} was last checked on {checked}, more than {months} months before {as_of}",
        "regelset {rules} is voor het laatst gecontroleerd op {checked}, meer dan "
        "{months} maanden voor {as_of}",
    ),
    "rules_assumed": (
        "assumed, not published by the issuer: {keys} of rule set {rules} (sroi rules show {id})",
        "aangenomen, niet gepubliceerd door de uitgever: {keys} van regelset {rules} (sroi rules show {id})",
    ),
    "rules_contested": (
        "contested by the sources: {keys} of rule set {rules} (both readings: sroi rules show {id})",
        "betwist door de bronnen: {keys} van regelset {rules} (beide lezingen: sroi rules show {id})",
    ),
    "wage_bill_missing": (
        "rule set {rules} applies its threshold and percentage to the wage bill (loonsom), as its "
        "sources name it; the contract gives no wage_bill, so its value is used: add the wage bill",
        "regelset {rules} past drempel en percentage toe op de loonsom, zoals de bronnen die noemen; "
        "het contract geeft geen wage_bill (loonsom), dus telt de opdrachtwaarde: vul de loonsom in",
    ),
    "eu_threshold_outside": (
        "rule set {rules} uses the EU threshold, but sroi's table has no period for {date}: the "
        "amount of {valid_from} – {valid_until} is used; check the threshold in force",
        "regelset {rules} gebruikt de Europese drempel, maar de tabel van sroi heeft geen periode voor "
        "{date}: het bedrag van {valid_from} – {valid_until} is gebruikt; controleer de geldende drempel",
    ),
    "banner_assumed": (
        "Assumed values: {count} of {total} contracts rest on rule values the issuer does not "
        "publish ({rules}); the findings name them.",
        "Aangenomen waarden: {count} van {total} contracten steunen op regelwaarden die de uitgever "
        "niet publiceert ({rules}); de bevindingen noemen ze.",
    ),
    "banner_contested": (
        "Contested values: {count} of {total} contracts use rule values the sources contradict "
        "({rules}); the findings name them.",
        "Betwiste waarden: {count} van {total} contracten gebruiken regelwaarden die de bronnen "
        "tegenspreken ({rules}); de bevindingen noemen ze.",
    ),
    # headings
    "h_contract": ("Contract", "Contract"),
    "h_rules": ("Rules", "Regels"),
    "h_verdict": ("Verdict", "Oordeel"),
    "h_obligation": ("Obligation", "Verplichting"),
    "h_realised": ("Realised", "Gerealiseerd"),
    "h_planned": ("Planned", "Gepland"),
    "h_shortfall": ("Shortfall", "Tekort"),
    "h_progress": ("Progress", "Voortgang"),
    "h_findings": ("Findings", "Bevindingen"),
    "h_expected": ("Expected by now", "Verwacht tot nu"),
    "h_penalty": ("Penalty", "Boete"),
    "h_jobs": ("Banenafspraak jobs now / job-years", "Banenafspraak banen nu / baanjaren"),
    "h_fte": ("FTE-years", "Fte-jaren"),
    "h_reason": ("Applies", "Van toepassing"),
    "h_block": ("Block", "Bouwblok"),
    "h_status": ("Status", "Status"),
    "h_candidate": ("Candidate", "Kandidaat"),
    "h_months": ("Months", "Maanden"),
    "h_value": ("Value", "Waarde"),
    "h_where": ("Where", "Waar"),
    "h_notes": ("Notes", "Opmerkingen"),
    "h_message": ("Message", "Melding"),
    "h_severity": ("Severity", "Ernst"),
    "h_trace": ("Calculation", "Berekening"),
    "h_rule": ("rule", "regel"),
    "h_source": ("source", "bron"),
    "h_coverage": ("Plan covers", "Plan dekt"),
    "unit_fraction": ("fraction", "fractie"),
    "h_source_column": ("Source", "Bron"),
    "print_columns": (
        "Printed: columns A to {last} of {total}; the sheet holds them all",
        "Afgedrukt: kolom A tot en met {last} van {total}; het blad bevat ze alle",
    ),
    "h_as_of_label": ("As of", "Peildatum"),
    "no_supplier": ("(no supplier)", "(geen leverancier)"),
    "no_authority": ("(no authority)", "(geen opdrachtgever)"),
    "no_category": ("(no category)", "(geen categorie)"),
    "h_placements": ("Placements", "Plaatsingen"),
    "h_as_of": ("as of", "peildatum"),
    # report columns, sheets and labels of the csv, md and xlsx formats
    "h_title": ("Title", "Omschrijving"),
    "h_authority": ("Authority", "Opdrachtgever"),
    "h_category": ("Category", "Categorie"),
    "h_supplier": ("Supplier", "Opdrachtnemer"),
    "h_type": ("Type", "Soort"),
    "h_contract_status": ("Contract status", "Contractstatus"),
    "h_start": ("Start", "Startdatum"),
    "h_end": ("End", "Einddatum"),
    "h_rules_version": ("Rules version", "Versie regels"),
    "h_rules_valid_from": ("Rules valid from", "Regels geldig vanaf"),
    "h_valuation_rules": ("Valuation rules", "Waarderingsregels"),
    "h_assumed_values": ("Assumed rule values", "Aangenomen regelwaarden"),
    "h_contested_values": ("Contested rule values", "Betwiste regelwaarden"),
    "h_placements_required": ("Placements required", "Plaatsingen vereist"),
    "h_placements_realised": ("Placements realised", "Plaatsingen gerealiseerd"),
    "h_placements_planned": ("Placements planned", "Plaatsingen gepland"),
    "h_jobs_now": ("Banenafspraak jobs now", "Banenafspraak banen nu"),
    "h_job_years": ("Banenafspraak job-years", "Banenafspraak baanjaren"),
    "h_contributions": ("Contributions", "Bijdragen"),
    "h_bonus_value": ("Bonus value", "Waarde bonussen"),
    "h_counted_from": ("Counted from", "Geteld vanaf"),
    "h_counted_to": ("Counted to", "Geteld tot en met"),
    "h_code": ("Code", "Code"),
    "h_sha256": ("SHA-256", "SHA-256"),
    "h_input": ("Input", "Invoer"),
    "h_summary": ("Summary", "Samenvatting"),
    "h_with_social_return": ("With social return", "Met social return"),
    "h_by_verdict": ("Contracts by verdict", "Contracten per oordeel"),
    "h_by_severity": ("Findings by severity", "Bevindingen per ernst"),
    "h_figure": ("Figure", "Onderdeel"),
    "h_number": ("Number", "Aantal"),
    "h_report": ("Social return report", "Social-returnrapportage"),
    "yes": ("yes", "ja"),
    "no": ("no", "nee"),
    "running": ("running", "lopend"),
    "tendering": ("tendering", "in aanbesteding"),
    "completed": ("completed", "afgerond"),
    "no_findings": ("No findings.", "Geen bevindingen."),
    "chart_largest": (
        "The {shown} contracts with the largest shortfall, of {total}",
        "De {shown} contracten met het grootste tekort, van {total}",
    ),
    "chart_all_1": ("The one contract", "Het ene contract"),
    "chart_all": ("All {n} contracts, largest shortfall first", "Alle {n} contracten, grootste tekort eerst"),
    "chart_amounts": ("{realised} of {obligation}", "{realised} van {obligation}"),
    "chart_realised_verdict": ("Realised, {verdict}", "Gerealiseerd, {verdict}"),
    "h_filter": ("Filter contracts", "Contracten filteren"),
    "chart_title": ("Obligation and realised per contract", "Verplichting en realisatie per contract"),
    "chart_first": (
        "the first {shown} of {total} contracts",
        "de eerste {shown} van {total} contracten",
    ),
    "sheet_summary": ("Summary", "Samenvatting"),
    "sheet_contracts": ("Contracts", "Contracten"),
    "sheet_contributions": ("Contributions", "Bijdragen"),
    "sheet_findings": ("Findings", "Bevindingen"),
    "annotated": (
        "wrote {path}: {notes} on {cells}, listed on sheet '{sheet}'; verdict, obligation and "
        "shortfall on {rows}",
        "{path} geschreven: {notes} bij {cells}, op tabblad '{sheet}'; oordeel, verplichting en "
        "tekort op {rows}",
    ),
    "n_notes_1": ("1 note", "1 opmerking"),
    "n_notes": ("{n} notes", "{n} opmerkingen"),
    "n_cells_1": ("1 cell", "1 cel"),
    "n_cells": ("{n} cells", "{n} cellen"),
    "n_rows_1": ("1 contract row", "1 contractregel"),
    "n_rows": ("{n} contract rows", "{n} contractregels"),
    "report_written": ("wrote {path}", "{path} geschreven"),
    "template_written": (
        "wrote {path}: a blank input for rule set {rules}",
        "{path} geschreven: een lege invoer voor regelset {rules}",
    ),
    # validation, rule tests and rule diffs
    "validate_summary": ("{passed} passed, {failed} failed", "{passed} geslaagd, {failed} mislukt"),
    "case_passed": ("passed", "geslaagd"),
    "case_failed": ("FAILED", "MISLUKT"),
    "case_mismatch": (
        "{contract} {key}: expected {expected}, got {got}",
        "{contract} {key}: verwacht {expected}, gekregen {got}",
    ),
    "case_no_contract": (
        "{contract}: no such contract in the report; found: {known}",
        "{contract}: dit contract staat niet in het rapport; gevonden: {known}",
    ),
    "case_no_figure": (
        "{contract} {key}: no such figure in the report",
        "{contract} {key}: dit onderdeel staat niet in het rapport",
    ),
    "diff_title": ("Rule values from {a} to {b}", "Regelwaarden van {a} naar {b}"),
    "diff_none": ("No rule values changed.", "Geen regelwaarden gewijzigd."),
    "changed": ("changed", "gewijzigd"),
    "added": ("added", "toegevoegd"),
    "removed": ("removed", "verwijderd"),
    "h_rule_value": ("Rule value", "Regelwaarde"),
    "impact_title": (
        "Contracts that change in {portfolio} (as of {as_of})",
        "Contracten die veranderen in {portfolio} (peildatum {as_of})",
    ),
    "impact_none": (
        "No contract changes obligation, realised value or verdict.",
        "Geen contract verandert van verplichting, realisatie of oordeel.",
    ),
    "impact_summary": (
        "{changes}, {verdicts} of them in verdict; obligation {obligation}, realised {realised}",
        "{changes}, {verdicts} daarvan van oordeel; verplichting {obligation}, gerealiseerd {realised}",
    ),
    # "1 of 5 contracts changes", "2 of 5 contracts change", "1 of 1 contract changes"
    "n_change_of_1": ("{changed} of 1 contract changes", "{changed} van 1 contract verandert"),
    "n_change_1_of": ("1 of {contracts} contracts changes", "1 van {contracts} contracten verandert"),
    "n_change_of": (
        "{changed} of {contracts} contracts change",
        "{changed} van {contracts} contracten veranderen",
    ),
    "not_comparable": (
        "cannot be evaluated under {rules}: {problem}",
        "kan niet worden beoordeeld met {rules}: {problem}",
    ),
    "h_groups": ("Totals by {by}", "Totalen per {by}"),
    "h_people": ("People", "Mensen"),
    "h_candidates": ("Distinct candidates", "Unieke kandidaten"),
    "h_lasting": ("Lasting outcomes (permanent contract)", "Duurzame uitkomsten (vast contract)"),
    "h_pipeline": (
        "Pipeline: planned and tendering contracts",
        "Pijplijn: geplande en lopende aanbestedingen",
    ),
    "h_quarter": ("Quarter", "Kwartaal"),
    "h_contracts": ("Contracts", "Contracten"),
    "h_applicable": ("With social return", "Met social return"),
    "h_value_excl_vat": ("Value excl. VAT", "Waarde excl. btw"),
    "sheet_pipeline": ("Pipeline", "Pijplijn"),
    "h_left_out": ("Left out: input errors", "Niet meegenomen: fouten in de invoer"),
    "h_cross": ("Across contracts", "Over contracten heen"),
    "category": ("category", "categorie"),
    "authority": ("authority", "opdrachtgever"),
    "supplier": ("supplier", "opdrachtnemer"),
    "rules": ("rules", "regels"),
    "verdict": ("verdict", "oordeel"),
    "quarter": ("quarter", "kwartaal"),
    "year": ("year", "jaar"),
    "plan_head": (
        "{id}: {shortfall} short ({rules}, {months} {months_unit} left). Any one of these closes it:",
        "{id}: {shortfall} tekort ({rules}, nog {months} {months_unit}). Elk van deze opties dekt het:",
    ),
    "plan_fte_years": (
        "{quantity} {fte_unit} of {block} at {hours} h a week ({full_months} {full_unit} full-time: "
        "{people} × {months} {months_unit})",
        "{quantity} {fte_unit} {block} bij {hours} uur per week ({full_months} {full_unit} voltijds: "
        "{people} × {months} {months_unit})",
    ),
    "plan_months": (
        "{quantity} {full_unit} of {block} ({people} × {months} {months_unit})",
        "{quantity} {full_unit} {block} ({people} × {months} {months_unit})",
    ),
    "plan_hours": ("{quantity} {hours_unit} of {block}", "{quantity} {hours_unit} {block}"),
    "u_fte_years": ("FTE-years", "fte-jaar"),
    "u_fte_years_1": ("FTE-year", "fte-jaar"),
    "u_months": ("months", "maanden"),
    "u_months_1": ("month", "maand"),
    "u_hours": ("hours", "uur"),
    "u_hours_1": ("hour", "uur"),
    "plan_invoices": (
        "{amount} of {block} invoices (excl. VAT)",
        "{amount} aan facturen {block} (excl. btw)",
    ),
    "plan_costs": ("{amount} of {block} at actual cost", "{amount} aan {block} tegen werkelijke kosten"),
    "plan_planned": (
        "(shortfall {shortfall}, of which {planned} is planned already)",
        "(tekort {shortfall}, waarvan {planned} al gepland)",
    ),
    "h_organisation": ("Organisation (hirer)", "Organisatie (inlener)"),
    "h_year": ("Year", "Jaar"),
    "h_version": ("Version", "Versie"),
    "h_valid_from": ("Valid from", "Geldig vanaf"),
    "h_last_checked": ("Last checked", "Laatst gecontroleerd"),
    "h_rule_sets": ("sroi rule sets", "sroi-regelsets"),
    "h_method": ("Method", "Methode"),
    "h_max_months": ("Max months", "Max. maanden"),
    "h_label": ("Label", "Omschrijving"),
    "h_source_title": ("Source", "Bron"),
    "h_mark": ("Kind", "Soort"),
    "h_assumed": ("assumed", "aangenomen"),
    "h_contested": ("contested", "betwist"),
    "h_why": ("Why", "Waarom"),
    "h_marks_title": (
        "{rules}: {assumed} value(s) assumed, {contested} contested",
        "{rules}: {assumed} waarde(n) aangenomen, {contested} betwist",
    ),
    "h_jobs_year": ("Jobs (job-years)", "Banen (baanjaren)"),
    "banen_none": ("No Banenafspraak placements.", "Geen plaatsingen in de Banenafspraak."),
    "banen_quotum": (
        "Quotum {organisation} {year}: {share} of {paid_hours} paid hours = {target} jobs; realised "
        "{jobs}; missing {gap}",
        "Quotum {organisation} {year}: {share} van {paid_hours} verloonde uren = {target} banen; "
        "gerealiseerd {jobs}; ontbrekend {gap}",
    ),
    "banen_levy": ("Levy (quotumheffing): {levy}", "Quotumheffing: {levy}"),
    "banen_no_levy": (
        "No levy (quotumheffing) imposed over {year}.",
        "Over {year} is geen quotumheffing opgelegd.",
    ),
    "banen_levy_undecided": (
        "Whether a levy (quotumheffing) is imposed over {year} is not published; if it is: {levy}",
        "Of over {year} een quotumheffing wordt opgelegd is niet bekendgemaakt; zo ja: {levy}",
    ),
    "banen_below_scope": (
        "Quotum {organisation} {year}: {paid_hours} paid hours is not more than {min}; the quotum "
        "applies only to employers above that (25 or more employees): no target",
        "Quotum {organisation} {year}: {paid_hours} verloonde uren is niet meer dan {min}; het quotum "
        "geldt alleen voor werkgevers daarboven (25 of meer werknemers): geen doel",
    ),
    "banen_not_published": (
        "Quotum {organisation} {year}: no quotum percentage for {year} is known to this rule set "
        "(none published, or not found); no target or levy",
        "Quotum {organisation} {year}: deze regelset kent geen quotumpercentage voor {year} (niet "
        "gepubliceerd, of niet gevonden); geen doel of heffing",
    ),
    "banen_reform": (
        "From this year the {name} provides an inclusiviteitsopslag and a banenafspraakbonus of "
        "{bonus} per job, only once activated; it is not active, so neither applies.",
        "Vanaf dit jaar kent de {name} een inclusiviteitsopslag en een banenafspraakbonus van "
        "{bonus} per baan, alleen na activering; die is niet geactiveerd, dus geen van beide geldt.",
    ),
    "banen_rule": (
        "One job = {hours} paid hours a week ({rules}).",
        "Eén baan = {hours} verloonde uren per week ({rules}).",
    ),
    "plan_any_of": ("{blocks} or {last}", "{blocks} of {last}"),
    "plan_blocks_below": ("any one of these {count} blocks", "een van deze {count} bouwblokken"),
    "plan_none": ("No contract is short of its obligation.", "Geen enkel contract heeft een tekort."),
    "summary": (
        "{contracts}, {applicable} with social return: obligation {obligation}, "
        "realised {realised}, shortfall {shortfall}; {verdicts}",
        "{contracts}, {applicable} met social return: verplichting {obligation}, "
        "gerealiseerd {realised}, tekort {shortfall}; {verdicts}",
    ),
    "n_contracts_1": ("1 contract", "1 contract"),
    "n_contracts": ("{n} contracts", "{n} contracten"),
}


def phrase(key: str, lang: str, /, **params: Arg) -> str:
    """The phrase `key` in `lang`, its parameters written in that language's way."""
    text, used = _template(key, lang)
    shown = {
        k: phrase(v.key, lang) if isinstance(v, Term) else _said(v, lang)
        for k, v in params.items()
        if k in used  # a step carries more figures than its sentence says; write only those
    }
    return text.format(**shown)


@cache
def _template(key: str, lang: str) -> tuple[str, frozenset[str]]:
    if key in _PHRASES:
        en, nl = _PHRASES[key]
    else:
        from sroi_cli.render.coverage_texts import COVERAGE_PHRASES

        en, nl = COVERAGE_PHRASES[key]
    text = nl if lang == "nl" else en
    return text, frozenset(name for _, name, _, _ in Formatter().parse(text) if name)


# The same figures come back in every contract (thresholds, rates, dates): write each once. A value
# from an input (an id, a candidate, a file name) is shown with its control characters escaped.
@lru_cache(maxsize=2**14)
def _said(value: Arg, lang: str) -> str:
    return visible(said(value, lang))


def counted(key: str, n: int, lang: str) -> str:
    """`1 contract`, `2 contracts`: the phrase `key_1` for one, else `key` with the number."""
    return phrase(f"{key}_1", lang) if n == 1 else phrase(key, lang, n=str(n))


def say(step: Step, lang: str) -> str:
    """A step in words: a valuation without bonuses leaves `+ bonuses € 0,00` out, and one that
    began before the contract says why it counts only from the contract's start."""
    key, params = step.key, step.params
    if params.get("count") == Count(1) and f"{key}_1" in _PHRASES:  # "1 placement", not "1 placements"
        key = f"{key}_1"
    bonus = params.get("bonus")
    if isinstance(bonus, Money) and not bonus.amount and f"{key}_no_bonus" in _PHRASES:
        key = f"{key}_no_bonus"
    text = phrase(key, lang, **params)
    start, counted = params.get("start"), params.get("counted_from")
    if (
        key.startswith("trace_value_")
        and isinstance(start, Date)
        and isinstance(counted, Date)
        and start.value
        and counted.value
        and counted.value > start.value
    ):
        text += phrase("trace_counted_from", lang, start=start, counted_from=counted)
    return text


def finding_text(finding: Finding, lang: str) -> str:
    return phrase(finding.code, lang, **finding.params)


def verdict_name(verdict: str, lang: str) -> str:
    return phrase(verdict, lang)


# The key a grouping gives contracts without a value (domain.portfolio.GROUP_KEYS), said as words.
NO_VALUE_KEY = "-"


def group_name(dimension: str, key: str, lang: str) -> str:
    """A grouping key as a reader sees it: a verdict in words, a missing supplier, authority or
    category as "(no supplier)" rather than a bare `-` (which a spreadsheet would show as `'-`)."""
    if dimension == "verdict":
        return verdict_name(key, lang)
    if key == NO_VALUE_KEY and dimension in ("supplier", "authority", "category"):
        return phrase(f"no_{dimension}", lang)
    return key


def capital(text: str) -> str:
    """A heading's first letter upper case, the rest as written (`fte-jaren` → `Fte-jaren`)."""
    return text[:1].upper() + text[1:]
