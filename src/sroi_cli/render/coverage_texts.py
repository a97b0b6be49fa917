"""The coverage report's headings, flags and notes in English and Dutch."""

from __future__ import annotations

COVERAGE_PHRASES: dict[str, tuple[str, str]] = {
    "cov_title": ("Social-return coverage", "Dekking social return"),
    "cov_as_of": ("as of {date}", "per {date}"),
    "cov_sec_rows": ("Per authority and year", "Per dienst en jaar"),
    "cov_sec_flags": ("Audit flags", "Signalen voor de controle"),
    "cov_sec_pipeline": ("Pipeline: announced, not yet awarded", "Pijplijn: aangekondigd, nog niet gegund"),
    "cov_sec_unmapped": ("Authorities without a rule set", "Diensten zonder regelset"),
    "cov_sec_notes": ("Defaults used", "Gebruikte standaardwaarden"),
    "cov_sec_targets": ("Programme targets", "Programmadoelen"),
    "cov_sec_inputs": ("Input", "Invoer"),
    "cov_authority": ("authority", "aanbestedende dienst"),
    "cov_year": ("year", "jaar"),
    "cov_rules": ("rule set", "regelset"),
    "cov_lots": ("awarded lots", "gegunde percelen"),
    "cov_value": ("value", "waarde"),
    "cov_estimated": ("of which estimated", "waarvan geraamd"),
    "cov_applicable": ("under social return", "onder social return"),
    "cov_obligation": ("obligation", "verplichting"),
    "cov_signal": ("with a social signal", "met sociaal signaal"),
    "cov_no_signal": ("applicable, no signal", "van toepassing, geen signaal"),
    "cov_not_judged": ("not judged", "niet beoordeeld"),
    "cov_share_signal": ("signal among applicable", "signaal bij van toepassing"),
    "cov_total": ("total", "totaal"),
    "cov_flag": ("flag", "signaal"),
    "cov_lot": ("lot", "perceel"),
    "cov_link": ("link", "link"),
    "cov_detail": ("detail", "toelichting"),
    "cov_quarter": ("quarter", "kwartaal"),
    "cov_pipeline_lots": ("lots", "percelen"),
    "cov_kvk": ("KvK", "KvK"),
    "cov_field": ("field", "veld"),
    "cov_default": ("default used", "gebruikte standaard"),
    "cov_where": ("where", "waar"),
    "cov_file": ("file", "bestand"),
    "cov_sha": ("sha256", "sha256"),
    "cov_none": ("none", "geen"),
    "cov_first": (
        "(the first {shown} of {total}; every one in json, csv and xlsx)",
        "(de eerste {shown} van {total}; alle in json, csv en xlsx)",
    ),
    "applicable_no_signal": (
        "under social return, but the notice shows no social signal",
        "valt onder social return, maar de aankondiging toont geen sociaal signaal",
    ),
    "social_return_on_supplies": (
        "social return on supplies: check proportionality",
        "social return op leveringen: toets de proportionaliteit",
    ),
    "split_under_threshold": (
        "lots of one tender each below the threshold, together above it",
        "percelen van één aanbesteding elk onder de drempel, samen erboven",
    ),
    "note_type": ("type missing: services assumed", "type ontbreekt: diensten aangenomen"),
    "note_start": (
        "start missing: the award date (else the publication date) used",
        "start ontbreekt: gunningsdatum (anders publicatiedatum) gebruikt",
    ),
    "note_end": (
        "end and duration missing: 12 months from the start assumed",
        "einde en looptijd ontbreken: 12 maanden vanaf de start aangenomen",
    ),
    "note_value": (
        "no final or estimated value: counted, not judged",
        "geen definitieve of geraamde waarde: geteld, niet beoordeeld",
    ),
    "note_award_date": (
        "award date missing: the publication date used",
        "gunningsdatum ontbreekt: publicatiedatum gebruikt",
    ),
    "note_rules_in_force": (
        "no version of the rule set in force on the award date: not judged",
        "geen versie van de regelset geldig op de gunningsdatum: niet beoordeeld",
    ),
    # findings of a contract read from public tender data (check, batch): a default stood in
    "default_type": (
        "the notice gives no type: services assumed",
        "de aankondiging noemt geen type: diensten aangenomen",
    ),
    "default_rules": (
        "the authority's rule set has no version on the award date: "
        "the default rule set (--rules, else rijk) used",
        "de regelset van de dienst heeft geen versie op de gunningsdatum: "
        "de standaardregelset (--rules, anders rijk) gebruikt",
    ),
    "default_start": (
        "the notice gives no start: the award date (else the publication date) used",
        "de aankondiging noemt geen start: gunningsdatum (anders publicatiedatum) gebruikt",
    ),
    "default_end": (
        "the notice gives no end or duration: 12 months from the start assumed",
        "de aankondiging noemt geen einde of looptijd: 12 maanden vanaf de start aangenomen",
    ),
    "default_value": (
        "the notice gives no final or estimated value: 0 used",
        "de aankondiging noemt geen definitieve of geraamde waarde: 0 gebruikt",
    ),
    "default_award_date": (
        "the notice gives no award date: the publication date used",
        "de aankondiging noemt geen gunningsdatum: publicatiedatum gebruikt",
    ),
    "tgt_id": ("target", "doel"),
    "tgt_label": ("description", "omschrijving"),
    "tgt_measure": ("measure", "maat"),
    "tgt_deadline": ("deadline", "deadline"),
    "tgt_target": ("goal", "doelwaarde"),
    "tgt_actual": ("reached", "bereikt"),
    "tgt_share": ("share reached", "aandeel bereikt"),
    "tgt_expected": ("linear path today", "lineair pad vandaag"),
    "tgt_ahead": ("ahead (+) / behind (-)", "voor (+) / achter (-)"),
    "tgt_gap": ("gap to goal", "resterend tot doel"),
    "people": ("people placed", "geplaatste mensen"),
    "lasting_work": ("people into lasting work", "mensen in duurzaam werk"),
    "placements": ("placements", "plaatsingen"),
    "job_years": ("Banenafspraak job-years", "banen (Banenafspraak)"),
    "applicable_lots": ("lots under social return", "percelen onder social return"),
    "signal_lots": ("lots with a social signal", "percelen met sociaal signaal"),
    "obligation": ("obligation (EUR)", "verplichting (EUR)"),
}
