"""The one registry of input columns: each field's name, labels, header aliases, value kind, help,
template column and report column. The readers, the templates and the report columns derive from it.

Data only (the parsers are io's, io/records.py; the bounds are the models', domain/inputs.py, which a
test ties to this list one to one). A new input column is one `InputField` here plus its model field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from sroi_cli.domain.rules import Block, PersonBlock, RuleSet

Record = Literal["contract", "contribution"]
Lang = Literal["nl", "en"]


class Value(StrEnum):
    """What a cell holds; io/records.py has one parser per kind (io/values.py)."""

    TEXT = "text"
    CODE = "code"  # a rule-set code: lower case, no spaces
    CODES = "codes"  # a list of codes (`a, b` in a cell)
    MONEY = "money"
    SHARE = "share"
    DECIMAL = "decimal"  # hours
    INT = "int"
    DATE = "date"
    BOOL = "bool"
    CONTRACT_TYPE = "contract_type"
    CONTRACT_STATUS = "contract_status"
    CONTRIBUTION_STATUS = "contribution_status"


CHOICES = frozenset({Value.CONTRACT_TYPE, Value.CONTRACT_STATUS, Value.CONTRIBUTION_STATUS})


class When(StrEnum):
    """A template column the rule set may not need: written only when it does."""

    WAGE_BILL = "wage_bill"  # the obligation is based on the wage bill
    INVOICED_TURNOVER = "invoiced_turnover"
    LABOUR_SHARE = "labour_share"  # a low-labour rate or a minimum labour share
    PSO = "pso"  # the rule set discounts a PSO certificate


class Sample(StrEnum):
    """Which example contribution of the YAML skeleton shows a field (by its block's method)."""

    PERSON = "person"  # a placement block
    HOURS = "hours"  # a per-hour block
    AMOUNT = "amount"  # any other block: an amount and a date


@dataclass(frozen=True)
class Template:
    """The field's column in the blank workbook and its line in the YAML skeleton.

    `yaml` is the example value (`{start}`, `{end}`, `{rules}`, `{norm_hours}`, `{pso}` are filled in;
    a code of a drop-down list is written as the list's word in the template's language) and `note`
    the catalogue key of its comment (a drop-down's comment is its list of words); `line` replaces the
    whole line (a commented-out group such as `pso`); `within` names the field whose line carries this
    one (`pso.valid_from` is on `pso.level`'s)."""

    width: int = 16
    choices: str | None = None  # a key of the workbook's lists sheet
    strict: bool = True  # False: the drop-down suggests, other values are allowed too
    yaml: str = ""
    note: str = ""  # a catalogue key (`tpl_note_<name>`)
    line: str | None = None
    within: str | None = None
    sample: Sample | None = None  # contributions: the example that shows it (None: every one)


@dataclass(frozen=True)
class Shown:
    """The field's column in the csv/xlsx report (render/cells.py): its heading's phrase key and the
    attribute of the contract (or contribution) result that holds it."""

    header: str
    attr: str


@dataclass(frozen=True)
class InputField:
    """One input column."""

    record: Record
    name: str  # as in YAML; a nested key is dotted: `agreed.obligation`
    value: Value
    label: dict[Lang, str]  # the column as the template heads it, in each language
    nl: tuple[str, ...]  # more headers people write, Dutch
    en: tuple[str, ...]  # and English (the name and the labels are headers too)
    help: dict[Lang, str]
    when: When | None = None
    template: Template | None = None
    report: Shown | None = None

    def headers(self) -> tuple[str, ...]:
        """Every header that names the field: its name, its labels and its aliases."""
        return tuple(dict.fromkeys((self.name, self.label["en"], *self.en, self.label["nl"], *self.nl)))


def _f(
    record: Record,
    name: str,
    value: Value,
    label: tuple[str, str],
    aliases: tuple[tuple[str, ...], tuple[str, ...]],
    help: tuple[str, str],
    when: When | None = None,
    template: Template | None = None,
    report: Shown | None = None,
) -> InputField:
    """An entry written compactly: `label`, `aliases` and `help` as (Dutch, English)."""
    return InputField(
        record,
        name,
        value,
        {"nl": label[0], "en": label[1]},
        aliases[0],
        aliases[1],
        {"nl": help[0], "en": help[1]},
        when,
        template,
        report,
    )


C: Record = "contract"
B: Record = "contribution"
V = Value
_NOTES_NL = ("opmerkingen", "opmerking", "notitie", "notities", "toelichting")
_NOTES_EN = ("notes", "note", "remarks", "remark", "comments")
_CONTRACT_NL = (
    "kenmerk",
    "contractnummer",
    "contract nummer",
    "contractnr",
    "contract nr",
    "contractkenmerk",
)

# In the order of the template's columns; the contract first, then its contributions.
FIELDS: tuple[InputField, ...] = (
    _f(
        C,
        "id",
        V.TEXT,
        ("kenmerk", "id"),
        ((*_CONTRACT_NL, "kenmerk contract"), ("contract id",)),
        (
            "Het kenmerk van het contract; uniek binnen een run.",
            "The contract's reference; unique within a run.",
        ),
        template=Template(yaml="CONTRACT-001", note="tpl_note_id"),
        report=Shown("h_contract", "id"),
    ),
    _f(
        C,
        "title",
        V.TEXT,
        ("omschrijving", "title"),
        (("titel",), ("description",)),
        ("Waar het contract over gaat.", "What the contract is for."),
        template=Template(width=32, note="tpl_note_title"),
        report=Shown("h_title", "title"),
    ),
    _f(
        C,
        "authority",
        V.TEXT,
        ("opdrachtgever", "authority"),
        (("aanbestedende dienst",), ()),
        ("De aanbestedende dienst.", "The contracting authority."),
        template=Template(width=24, note="tpl_note_authority"),
        report=Shown("h_authority", "authority"),
    ),
    _f(
        C,
        "category",
        V.TEXT,
        ("categorie", "category"),
        (("inkoopcategorie",), ()),
        ("De inkoopcategorie.", "The procurement category."),
        template=Template(note="tpl_note_category"),
        report=Shown("h_category", "category"),
    ),
    _f(
        C,
        "type",
        V.CONTRACT_TYPE,
        ("soort", "type"),
        (("soort opdracht", "opdrachtsoort", "type opdracht"), ()),
        ("Werken, diensten of leveringen.", "Works, services or supplies."),
        template=Template(choices="type", yaml="works"),
        report=Shown("h_type", "type"),
    ),
    _f(
        C,
        "value_excl_vat",
        V.MONEY,
        ("opdrachtwaarde excl. btw", "value excl. VAT"),
        (
            (
                "opdrachtwaarde",
                "opdrachtwaarde exclusief btw",
                "waarde",
                "waarde excl btw",
                "contractwaarde",
                "contractwaarde excl btw",
            ),
            ("value", "contract value"),
        ),
        ("De opdrachtwaarde exclusief btw.", "The contract value excluding VAT."),
        template=Template(width=22, yaml='"0.00"', note="tpl_note_value_excl_vat"),
        report=Shown("h_value_excl_vat", "value_excl_vat"),
    ),
    _f(
        C,
        "wage_bill",
        V.MONEY,
        ("loonsom", "wage bill"),
        ((), ()),
        (
            "De loonsom, als de regelset de verplichting daarop baseert.",
            "The wage bill, when the rule set bases the obligation on it.",
        ),
        when=When.WAGE_BILL,
        template=Template(width=18, yaml='"0.00"', note="tpl_note_wage_bill"),
    ),
    _f(
        C,
        "invoiced_turnover",
        V.MONEY,
        ("gefactureerde omzet", "invoiced turnover"),
        (("gefactureerde omzet excl btw",), ()),
        ("De tot nu toe gefactureerde omzet excl. btw.", "The turnover invoiced so far, excluding VAT."),
        when=When.INVOICED_TURNOVER,
        template=Template(width=20, note="tpl_note_invoiced_turnover"),
    ),
    _f(
        C,
        "labour_share",
        V.SHARE,
        ("arbeidsaandeel", "labour share"),
        ((), ("labor share",)),
        ("Het aandeel arbeid in de opdrachtwaarde.", "The share of labour in the contract value."),
        when=When.LABOUR_SHARE,
        template=Template(note="tpl_note_labour_share"),
    ),
    _f(
        C,
        "start",
        V.DATE,
        ("startdatum", "start date"),
        (("begindatum", "ingangsdatum"), ()),
        ("De eerste dag van het contract.", "The contract's first day."),
        template=Template(width=12, yaml="{start}"),
        report=Shown("h_start", "start"),
    ),
    _f(
        C,
        "end",
        V.DATE,
        ("einddatum", "end date"),
        (("einde",), ()),
        ("De laatste dag van het contract.", "The contract's last day."),
        template=Template(width=12, yaml="{end}"),
        report=Shown("h_end", "end"),
    ),
    _f(
        C,
        "award_date",
        V.DATE,
        ("gunningsdatum", "award date"),
        (("datum gunning",), ()),
        (
            "Kiest de versie van de regelset (anders de startdatum).",
            "Picks the rule-set version (else the start date).",
        ),
        template=Template(width=14, note="tpl_note_award_date"),
    ),
    _f(
        C,
        "status",
        V.CONTRACT_STATUS,
        ("status", "status"),
        ((), ()),
        ("Gepland, in aanbesteding, lopend of afgerond.", "Planned, tendering, running or completed."),
        template=Template(choices="contract_status", yaml="planned"),
        report=Shown("h_contract_status", "status"),
    ),
    _f(
        C,
        "supplier",
        V.TEXT,
        ("opdrachtnemer", "supplier"),
        (("leverancier", "aannemer"), ()),
        ("De opdrachtnemer.", "The supplier."),
        template=Template(width=24, note="tpl_note_supplier"),
        report=Shown("h_supplier", "supplier"),
    ),
    _f(
        C,
        "rules",
        V.CODE,
        ("regelset", "rules"),
        (("regels",), ("rule set",)),
        ("De regelset van het contract; anders die van --rules.", "The contract's rule set; else --rules's."),
        template=Template(choices="rules", strict=False, yaml="{rules}"),
        report=Shown("h_rules", "rules.id"),
    ),
    _f(
        C,
        "agreed.obligation",
        V.MONEY,
        ("afgesproken verplichting", "agreed obligation"),
        ((), ()),
        (
            "Een afgesproken verplichting in euro's; vervangt die van de regelset.",
            "An agreed obligation in euros; replaces the rule set's.",
        ),
        template=Template(
            width=24,
            line='    # agreed: {{obligation: "40000.00"}}',
            note="tpl_note_agreed",
        ),
    ),
    _f(
        C,
        "agreed.percentage",
        V.SHARE,
        ("afgesproken percentage", "agreed percentage"),
        ((), ()),
        ("Een afgesproken percentage van de opdrachtwaarde.", "An agreed percentage of the contract value."),
    ),
    _f(
        C,
        "agreed.placements",
        V.INT,
        ("afgesproken plaatsingen", "agreed placements"),
        ((), ()),
        ("Een afgesproken aantal plaatsingen.", "An agreed number of placements."),
    ),
    _f(
        C,
        "agreed.valuation",
        V.CODE,
        ("waardering", "agreed valuation"),
        ((), ("valuation",)),
        (
            "Waardeer de bijdragen met de tabel van een andere regelset.",
            "Value the contributions with another rule set's table.",
        ),
    ),
    _f(
        C,
        "pso.level",
        V.CODE,
        ("pso trede", "PSO level"),
        ((), ()),
        (
            "De trede van het PSO-certificaat van de opdrachtnemer.",
            "The level of the supplier's PSO certificate.",
        ),
        when=When.PSO,
        template=Template(
            choices="pso", line="    # pso: {{level: {pso}, valid_from: {start}, valid_until: {end}}}"
        ),
    ),
    _f(
        C,
        "pso.valid_from",
        V.DATE,
        ("pso geldig vanaf", "PSO valid from"),
        ((), ()),
        ("Het PSO-certificaat geldt vanaf.", "The PSO certificate is valid from."),
        when=When.PSO,
        template=Template(within="pso.level"),
    ),
    _f(
        C,
        "pso.valid_until",
        V.DATE,
        ("pso geldig tot en met", "PSO valid until"),
        (("pso geldig tot",), ()),
        ("Het PSO-certificaat geldt tot en met.", "The PSO certificate is valid until."),
        when=When.PSO,
        template=Template(width=20, within="pso.level"),
    ),
    _f(
        C,
        "declared.threshold",
        V.MONEY,
        ("drempelwaarde", "declared threshold"),
        (("drempel", "drempelbedrag"), ("threshold",)),
        (
            "De drempel die het aanbestedingssjabloon noemt (sroi validate toetst hem).",
            "The threshold the tender template states (checked by sroi validate).",
        ),
    ),
    _f(
        C,
        "declared.percentage",
        V.SHARE,
        ("sroi percentage", "declared percentage"),
        (("percentage",), ("percentage", "social return percentage")),
        (
            "Het percentage dat het aanbestedingssjabloon noemt (sroi validate toetst het).",
            "The percentage the tender template states (checked by sroi validate).",
        ),
    ),
    _f(
        C,
        "notes",
        V.TEXT,
        ("opmerkingen", "notes"),
        (_NOTES_NL, _NOTES_EN),
        (
            "Eigen opmerkingen; als platte tekst in het rapport.",
            "Your own remarks; plain text in the report.",
        ),
        report=Shown("h_notes", "notes"),
    ),
    _f(
        B,
        "contract",
        V.TEXT,
        ("kenmerk contract", "contract"),
        (_CONTRACT_NL, ("contract id",)),
        (
            "Het kenmerk van het contract waar de bijdrage bij hoort.",
            "The reference of the contract it is for.",
        ),
        template=Template(yaml="CONTRACT-001"),
        report=Shown("h_contract", "contract.id"),
    ),
    _f(
        B,
        "block",
        V.CODE,
        ("bouwblok", "block"),
        (("blok", "doelgroep"), ("target group",)),
        ("Een bouwblok van de regelset (code of naam).", "A block of the rule set (its code or its name)."),
        template=Template(width=28, choices="block", yaml="{block}", note="tpl_note_block"),
        report=Shown("h_block", "block"),
    ),
    _f(
        B,
        "candidate",
        V.TEXT,
        ("kandidaat", "candidate"),
        (("pseudoniem",), ("pseudonym",)),
        ("Een pseudoniem, nooit een naam of BSN.", "A pseudonym, never a name or a BSN."),
        template=Template(width=12, yaml="K-0001", note="tpl_note_candidate", sample=Sample.PERSON),
        report=Shown("h_candidate", "candidate"),
    ),
    _f(
        B,
        "hours_per_week",
        V.DECIMAL,
        ("uren per week", "hours per week"),
        (("uren week", "aantal uren per week"), ("number of hours per week",)),
        ("Betaalde uren per week van de plaatsing.", "The placement's paid hours a week."),
        template=Template(width=14, yaml='"{norm_hours}"', sample=Sample.PERSON),
    ),
    _f(
        B,
        "start",
        V.DATE,
        ("startdatum", "start date"),
        (("begindatum",), ()),
        ("De eerste dag van de plaatsing.", "The placement's first day."),
        template=Template(width=12, yaml="{start}", sample=Sample.PERSON),
    ),
    _f(
        B,
        "end",
        V.DATE,
        ("einddatum", "end date"),
        (("einde",), ()),
        (
            "De laatste dag van de plaatsing; leeg: loopt nog.",
            "The placement's last day; empty: still running.",
        ),
        template=Template(width=12, note="tpl_note_end", sample=Sample.PERSON),
    ),
    _f(
        B,
        "amount",
        V.MONEY,
        ("bedrag excl. btw", "amount excl. VAT"),
        (("bedrag",), ("amount",)),
        ("Een factuur of kosten excl. btw.", "An invoice or a cost, excluding VAT."),
        template=Template(width=18, yaml='"0.00"', note="tpl_note_amount", sample=Sample.AMOUNT),
    ),
    _f(
        B,
        "date",
        V.DATE,
        ("datum", "date"),
        ((), ()),
        ("De datum van de factuur of de kosten.", "The date of the invoice or the cost."),
        template=Template(width=12, yaml="{start}", sample=Sample.AMOUNT),
    ),
    _f(
        B,
        "hours",
        V.DECIMAL,
        ("uren", "hours"),
        (("aantal uren",), ()),
        ("Uren van een activiteit.", "Hours of an activity."),
        template=Template(width=10, yaml='"0"', sample=Sample.HOURS),
    ),
    _f(
        B,
        "bonuses",
        V.CODES,
        ("bonussen", "bonuses"),
        (("bonus",), ("bonus",)),
        ("Bonuscodes van de regelset, met komma's.", "The rule set's bonus codes, comma-separated."),
        template=Template(
            width=28,
            choices="bonus",
            strict=False,
            yaml="[]",
            note="tpl_note_bonuses",
            sample=Sample.PERSON,
        ),
    ),
    _f(
        B,
        "doelgroepregister",
        V.BOOL,
        ("doelgroepregister", "target group register"),
        (("in doelgroepregister",), ("in target group register",)),
        (
            "Staat de kandidaat in het doelgroepregister (Banenafspraak)?",
            "Is the candidate in the Banenafspraak target-group register?",
        ),
        template=Template(
            width=20,
            choices="yes_no",
            yaml="false",
            note="tpl_note_doelgroepregister",
            sample=Sample.PERSON,
        ),
    ),
    _f(
        B,
        "outcome",
        V.TEXT,
        ("uitkomst", "outcome"),
        ((), ()),
        (
            "Hoe de plaatsing afliep (bijvoorbeeld een vast contract).",
            "How the placement ended (a permanent contract, say).",
        ),
    ),
    _f(
        B,
        "hirer",
        V.TEXT,
        ("inlener", "hirer"),
        ((), ()),
        ("De inlener, als de kandidaat wordt uitgeleend.", "The hirer, when the candidate is lent out."),
    ),
    _f(
        B,
        "status",
        V.CONTRIBUTION_STATUS,
        ("status", "status"),
        ((), ()),
        ("Gepland, gerealiseerd, geaccepteerd of afgewezen.", "Planned, realised, accepted or rejected."),
        template=Template(
            width=14,
            choices="contribution_status",
            yaml="planned",
        ),
        report=Shown("h_status", "status"),
    ),
    _f(
        B,
        "notes",
        V.TEXT,
        ("opmerkingen", "notes"),
        (_NOTES_NL, _NOTES_EN),
        (
            "Eigen opmerkingen; als platte tekst in het rapport.",
            "Your own remarks; plain text in the report.",
        ),
        report=Shown("h_notes", "notes"),
    ),
)


def fields_of(record: Record) -> tuple[InputField, ...]:
    return tuple(f for f in FIELDS if f.record == record)


BY_NAME: dict[Record, dict[str, InputField]] = {
    record: {f.name: f for f in fields_of(record)} for record in ("contract", "contribution")
}


def label(record: Record, name: str, lang: str) -> str:
    """The column label a user knows a field by (`opdrachtwaarde excl. btw`); the name when unknown."""
    found = BY_NAME[record].get(name)
    return found.label["nl" if lang == "nl" else "en"] if found else name


def column_label(name: str, lang: str) -> str:
    """`label` for a message that names a field but not its record: a name both records have
    (`start`, `end`, `status`, `notes`) has one label in each language (a test holds it)."""
    return label("contract" if name in BY_NAME["contract"] else "contribution", name, lang)


def needed(when: When | None, rules: RuleSet) -> bool:
    """Whether the rule set uses a conditional column: the wage bill, turnover, labour share or PSO."""
    if when is None:
        return True
    if when in (When.WAGE_BILL, When.INVOICED_TURNOVER):
        return rules.obligation.basis == when.value
    if when is When.LABOUR_SHARE:
        return rules.obligation.low_labour is not None or bool(rules.applicability.min_labour_share)
    return bool(rules.pso_discount)


def sample_of(block: Block) -> Sample:
    """The example contribution a block's method asks for."""
    if isinstance(block, PersonBlock):
        return Sample.PERSON
    return Sample.HOURS if block.method == "per_hour" else Sample.AMOUNT
