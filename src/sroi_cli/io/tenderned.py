"""Read TenderNed's open dataset (one Excel workbook of every Dutch notice) into public lots.

The dataset's column names changed between years; each field has the names it was published
under, matched as the header aliases are (case, punctuation and spacing ignored). A sheet is
taken for the dataset by its headers, not by the file's name.
"""

from __future__ import annotations

import warnings
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from sroi_cli.domain.errors import InputError, Problem
from sroi_cli.domain.inputs import RowPlaces
from sroi_cli.domain.location import Location
from sroi_cli.domain.public import PublicLot, Signal, Stage, ValueKind
from sroi_cli.io.headers import is_blank, normalise
from sroi_cli.io.public_values import LotFields
from sroi_cli.io.values import plain
from sroi_cli.io.xlsx_cells import Book, Row
from sroi_cli.io.xlsx_package import column_letter

HEADER_SEARCH_ROWS = 20
LINK = "https://www.tenderned.nl/aankondigingen/overzicht/{publication}"

# field → the names TenderNed published it under (2016-2022 sheets, the merged 2022 file, eForms).
ALIASES: dict[str, tuple[str, ...]] = {
    "publication": ("ID publicatie", "Publicatie ID", "Publicatie-ID", "ID aankondiging"),
    "tender": ("TenderNed kenmerk", "Kenmerk TenderNed", "TenderNed-kenmerk", "ID aanbesteding"),
    "published": ("Publicatiedatum", "Datum publicatie", "Publicatie datum"),
    "notice": ("Publicatie soort", "Soort publicatie", "Type publicatie", "Publicatiesoort"),
    "authority": (
        "Naam aanbestedende dienst",
        "Officiele naam",
        "Officiële naam",
        "Aanbestedende dienst",
        "Naam opdrachtgever",
    ),
    "authority_kvk": (
        "KvK-nummer aanbestedende dienst",
        "KvK nummer aanbestedende dienst",
        "Nationaal identificatienummer",
        "KvK-nummer",
    ),
    "title": ("Korte beschrijving aanbesteding", "Naam aanbesteding", "Titel aanbesteding", "Titel"),
    "type": ("Type opdracht", "Soort opdracht", "Aard van de opdracht", "Type opdracht perceel"),
    "procedure": ("Procedure", "Type procedure", "Soort procedure"),
    "scope": ("Nationaal/Europees", "Nationaal of Europees", "Europees/Nationaal"),
    "cpv": ("CPV-codes", "CPV code", "CPV-code", "Hoofd CPV-code", "CPV codes"),
    "lot": ("ID perceel", "Perceel ID", "Perceelnummer", "Nummer perceel"),
    "lot_title": ("Naam perceel", "Perceelnaam", "Titel perceel"),
    "award_date": ("Datum gunning", "Gunningsdatum", "Datum gunningsbeslissing", "Datum van gunning"),
    "supplier": (
        "Naam gegunde ondernemer",
        "Gegunde ondernemer",
        "Naam winnaar",
        "Officiele naam gegunde ondernemer",
    ),
    "estimated": ("Geraamde waarde", "Geraamde totale waarde", "Waarde geraamd", "Geschatte waarde"),
    "final": ("Definitieve waarde", "Totale definitieve waarde", "Waarde definitief", "Gegunde waarde"),
    "start": ("Aanvang opdracht", "Startdatum opdracht", "Begindatum", "Startdatum"),
    "end": ("Voltooiing opdracht", "Einddatum opdracht", "Einddatum"),
    "duration": ("Looptijd in maanden", "Looptijd (maanden)", "Duur in maanden", "Looptijd"),
    "strategic": ("Strategisch aanbesteden", "Strategische inkoop", "Strategic procurement"),
    "social": ("Sociale overwegingen", "Sociale criteria", "Sociaal verantwoord inkopen"),
    "employment": ("Werkgelegenheidskansen", "Werkgelegenheid", "Employment opportunities"),
    "reserved": ("Voorbehouden opdracht", "Voorbehouden deelname", "Reserved participation"),
    "reserved_execution": ("Voorbehouden uitvoering", "Reserved execution"),
    "link": ("URL TenderNed", "Link TenderNed", "URL publicatie"),
}
_INDEX = {normalise(alias): name for name, names in ALIASES.items() for alias in names}
# what a header row must have to be taken for the dataset
_REQUIRED = ("publication", "notice")


def field_for(header: Any) -> str | None:
    return None if is_blank(header) else _INDEX.get(normalise(header))


def dataset_columns(values: Any) -> dict[int, str] | None:
    """A header row's columns (position → field) when it is TenderNed's, else None."""
    columns: dict[int, str] = {}
    for position, header in enumerate(values):
        name = field_for(header)
        if name is not None and name not in columns.values():
            columns[position] = name
    found = set(columns.values())
    return columns if all(r in found for r in _REQUIRED) and len(found) >= 4 else None


SROI_SHEETS = {"contracts", "contracten", "contract"}


def read_dataset(path: Path, name: str) -> list[PublicLot] | None:
    """Every awarded or announced lot of the dataset, or None when no sheet has the dataset's
    headers (a workbook in sroi's own layout is not looked into); bad cells as one InputError."""
    with warnings.catch_warnings(), ExitStack() as stack:
        warnings.simplefilter("ignore")
        book = Book.open(path, name, stack, "calamine")
        if any(title.strip().casefold() in SROI_SHEETS for title in book.titles):
            return None
        for title in book.titles:
            found = _read_sheet(book, title)
            if found is not None:
                return found
    return None


def _read_sheet(book: Book, title: str) -> list[PublicLot] | None:
    """The sheet's lots when a row of its first 20 is the dataset's header row, else None.

    One pass: the rows after the header are read from the same iterator (calamine parses a
    sheet whole each time it is asked for it).
    """
    rows = book.sheet(title).rows()
    header: Row | None = None
    columns: dict[int, str] = {}
    for row in rows:
        found = dataset_columns(row.values)
        if found is not None:
            header, columns = row, found
            break
        if row.number >= HEADER_SEARCH_ROWS:
            return None
    if header is None:
        return None
    places = {n: column_letter(p) for p, n in columns.items()}
    labels = {n: str(header.values[p]).strip() for p, n in columns.items()}
    lots: list[PublicLot] = []
    problems: list[Problem] = []
    for row in rows:
        values = {name: plain(row.get(position)) for position, name in columns.items()}
        if all(is_blank(v) for v in values.values()):
            continue
        number = row.number
        where = {n: p.in_file(book.name) for n, p in RowPlaces(places, number, title).items()}
        fields = LotFields(values, where, problems, labels)
        lot = _lot(fields, Location(book.name, sheet=title, cell=f"A{number}"))
        if lot is not None:
            lots.append(lot)
    if problems:
        raise InputError(problems)
    return lots


def _lot(f: LotFields, place: Location) -> PublicLot | None:
    stage = _stage(f.values.get("notice"))
    if stage is None:  # a pre-announcement, correction, market consultation: no lot of its own
        return None
    publication, lot = f.text("publication"), f.text("lot")
    final, estimated = f.money("final"), f.money("estimated")
    lot_title = f.text("lot_title")
    built = PublicLot(
        id=f"{publication}/{lot}" if lot else str(publication),
        tender=f.text("tender") or str(publication),
        stage=stage,
        place=place,
        link=f.text("link") or LINK.format(publication=publication),
        title=" - ".join(t for t in (f.text("title"), lot_title) if t) or None,
        authority=f.text("authority"),
        authority_kvk=f.text("authority_kvk"),
        supplier=f.text("supplier") if stage is Stage.AWARDED else None,
        type=f.kind(),
        value=final if final is not None else estimated,
        value_kind=ValueKind.FINAL if final is not None else ValueKind.ESTIMATED if estimated else None,
        published=f.date("published"),
        award_date=f.date("award_date") if stage is Stage.AWARDED else None,
        start=f.date("start"),
        end=f.date("end"),
        duration_months=f.months("duration"),
        cpv=_first_cpv(f.text("cpv")),
        signals=_signals(f),
    )
    if publication is None:
        f.problems.append(Problem(f.where["publication"], "missing_field", {"field": f.label("publication")}))
        return None
    return built if f.ok else None


def _first_cpv(text: str | None) -> str | None:
    """The main CPV code of a list (`45233000-9; 45112000-5`), without its check digit."""
    if not text:
        return None
    first = text.replace(",", ";").split(";")[0].strip()
    return first.split("-")[0].strip() or None


def _stage(notice: Any) -> Stage | None:
    """The notice's kind: an award ("gegunde opdracht", "gunning") or a contract notice."""
    text = normalise(notice) if not is_blank(notice) else ""
    if "gegund" in text or "gunning" in text or "award" in text:
        return Stage.AWARDED
    if text.startswith(("aankondiging van een opdracht", "aankondiging opdracht", "contract notice")):
        return Stage.ANNOUNCED
    return None


def _signals(fields: LotFields) -> frozenset[Signal]:
    found: set[Signal] = set()
    strategic = fields.text("strategic") or ""
    if any(code in strategic.casefold() for code in ("soc-obj", "sociaal", "social")):
        found.add(Signal.SOCIAL_OBJECTIVE)
    for name, signal in (
        ("social", Signal.SOCIAL_OBJECTIVE),
        ("employment", Signal.EMPLOYMENT),
        ("reserved", Signal.RESERVED_PARTICIPATION),
        ("reserved_execution", Signal.RESERVED_EXECUTION),
    ):
        if fields.flag(name):
            found.add(signal)
    return frozenset(found)
