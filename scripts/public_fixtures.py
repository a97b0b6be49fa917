"""Make public tender data from the documented layouts: TenderNed's workbook and OCDS JSON.

One made-up set of notices (seeded, so the same every run) is written in each format, so a test
can ask that both give the same figures. The TenderNed columns are the names the dataset was
published under (the 2022+ merged file; `--layout old` uses the other names sroi accepts); the
OCDS objects follow the release schema with the lots, sustainability and eForms-profile fields.

    python scripts/public_fixtures.py OUT_DIR [--lots 200] [--layout new|old]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

LINK = "https://www.tenderned.nl/aankondigingen/overzicht/{publication}"
OCID = "ocds-ew2ytk-"
AUTHORITIES = [  # name, KvK (some lost their leading zero on purpose), region
    ("Gemeente Den Haag", "27365001"),
    ("Gemeente Utrecht", "30280353"),
    ("Gemeente Zwolle", "05172390"),
    ("Gemeente Doetinchem", "09176521"),
    ("Rijkswaterstaat", "27375232"),
    ("Gemeente Súdwest-Fryslân", "58113196"),
    ("Waterschap Onbekend", None),
]
TYPES = {"works": "Werken", "services": "Diensten", "supplies": "Leveringen"}
CATEGORY = {"works": "works", "services": "services", "supplies": "goods"}
NEW = {
    "publication": "ID publicatie",
    "tender": "TenderNed kenmerk",
    "published": "Publicatiedatum",
    "notice": "Publicatie soort",
    "authority": "Naam aanbestedende dienst",
    "kvk": "KvK-nummer aanbestedende dienst",
    "title": "Korte beschrijving aanbesteding",
    "type": "Type opdracht",
    "procedure": "Procedure",
    "scope": "Nationaal/Europees",
    "cpv": "CPV-codes",
    "lot": "ID perceel",
    "lot_title": "Naam perceel",
    "award_date": "Datum gunning",
    "supplier": "Naam gegunde ondernemer",
    "estimated": "Geraamde waarde",
    "final": "Definitieve waarde",
    "start": "Aanvang opdracht",
    "duration": "Looptijd in maanden",
    "strategic": "Strategisch aanbesteden",
    "reserved": "Voorbehouden opdracht",
    "employment": "Werkgelegenheidskansen",
}
OLD = {
    **NEW,
    "publication": "Publicatie ID",
    "tender": "Kenmerk TenderNed",
    "published": "Datum publicatie",
    "notice": "Soort publicatie",
    "authority": "Officiele naam",
    "title": "Naam aanbesteding",
    "type": "Soort opdracht",
    "cpv": "CPV code",
    "lot": "Perceelnummer",
    "award_date": "Gunningsdatum",
    "supplier": "Gegunde ondernemer",
    "final": "Waarde definitief",
    "duration": "Looptijd (maanden)",
}


@dataclass
class Lot:
    number: int
    title: str
    type: str
    estimated: Decimal | None
    final: Decimal | None
    start: dt.date | None
    months: int | None
    supplier: str
    award_date: dt.date | None
    award_publication: str


@dataclass
class Tender:
    key: str
    publication: str
    published: dt.date
    authority: tuple[str, str | None]
    title: str
    cpv: str
    awarded: bool
    social: bool
    reserved: bool
    employment: bool
    lots: list[Lot] = field(default_factory=list)


def tenders(count: int, seed: int = 14, missing: bool = True) -> Iterator[Tender]:
    """`count` lots in tenders of one to four lots, 2016 to 2026; some values left out when `missing`."""
    rng = random.Random(seed)
    made, number = 0, 0
    while made < count:
        number += 1
        published = dt.date(2016, 1, 4) + dt.timedelta(days=rng.randrange(0, 3950))
        kind = rng.choice(["works", "services", "services", "supplies"])
        tender = Tender(
            key=str(100000 + number),
            publication=str(200000 + number * 2),
            published=published,
            authority=rng.choice(AUTHORITIES),
            title=f"Opdracht {number} {kind}",
            cpv=rng.choice(["45233000-9", "79620000-6", "90911200-8", "30213000-5"]),
            awarded=published < dt.date(2026, 6, 1) and rng.random() < 0.85,
            social=rng.random() < 0.35,
            reserved=rng.random() < 0.05,
            employment=rng.random() < 0.1,
        )
        size = rng.choice([1, 1, 1, 2, 3, 4])
        split = rng.random() < 0.15  # lots each just under a threshold
        for lot_number in range(1, size + 1):
            estimated = Decimal(rng.randrange(20_000, 3_000_000)).quantize(Decimal(1))
            if split:
                estimated = Decimal(rng.randrange(150_000, 249_000))
            final = (estimated * Decimal(rng.randrange(85, 115)) / 100).quantize(Decimal("0.01"))
            gap = rng.random() if missing else 1.0
            award = published + dt.timedelta(days=rng.randrange(40, 200))
            tender.lots.append(
                Lot(
                    number=lot_number,
                    title=f"Perceel {lot_number}",
                    type=kind if rng.random() < 0.9 else rng.choice(list(TYPES)),
                    estimated=None if gap < 0.03 else estimated,
                    final=None if gap < 0.15 else final,
                    start=None if gap < 0.2 else award + dt.timedelta(days=30),
                    months=None if gap < 0.4 else rng.choice([6, 12, 24, 36, 48]),
                    supplier=f"Leverancier {rng.randrange(1, 400)} B.V.",
                    award_date=award,
                    award_publication=str(300000 + number * 10 + lot_number),
                )
            )
        made += size
        yield tender


def rows(items: list[Tender], names: dict[str, str]) -> Iterator[dict[str, Any]]:
    """TenderNed's rows: a contract notice per lot, an award notice per awarded lot, and notices
    of other kinds (a pre-announcement, a correction) that carry no lot of their own."""
    for t in items:
        for lot in t.lots:
            yield _row(t, lot, names, award=False)
            if t.awarded:
                yield _row(t, lot, names, award=True)
        if int(t.key) % 17 == 0:
            yield {
                names["publication"]: t.publication + "9",
                names["notice"]: "Rectificatie",
                names["authority"]: t.authority[0],
            }


def _row(t: Tender, lot: Lot, names: dict[str, str], award: bool) -> dict[str, Any]:
    kvk = t.authority[1]
    row = {
        "publication": lot.award_publication if award else t.publication,
        "tender": t.key,
        "published": lot.award_date if award else t.published,
        "notice": "Aankondiging van een gegunde opdracht" if award else "Aankondiging van een opdracht",
        "authority": t.authority[0],
        "kvk": int(kvk) if kvk else None,  # a number cell: the leading zero is gone
        "title": t.title,
        "type": TYPES[lot.type],
        "procedure": "Openbaar",
        "scope": "Europees",
        "cpv": t.cpv,
        "lot": str(lot.number) if len(t.lots) > 1 else None,
        "lot_title": lot.title if len(t.lots) > 1 else None,
        "award_date": lot.award_date if award else None,
        "supplier": lot.supplier if award else None,
        "estimated": lot.estimated,
        "final": lot.final if award else None,
        "start": lot.start,
        "duration": lot.months,
        "strategic": "soc-obj" if t.social else None,
        "reserved": "Ja" if t.reserved else "Nee",
        "employment": "Ja" if t.employment else None,
    }
    return {names[k]: v for k, v in row.items()}


def write_xlsx(path: Path, items: list[Tender], layout: str = "new") -> None:
    from openpyxl import Workbook

    names = NEW if layout == "new" else OLD
    book = Workbook(write_only=True)
    info = book.create_sheet("Toelichting")
    info.append(["TenderNed open dataset (made by sroi's fixture script)"])
    sheet = book.create_sheet("Aankondigingen")
    headers = list(names.values())
    sheet.append(headers)
    for row in rows(items, names):
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in (row.get(h) for h in headers)])
    book.save(path)


def releases(items: list[Tender]) -> Iterator[dict[str, Any]]:
    """Per tender a `tender` release and, once awarded, an `award` release, as TenderNed publishes."""
    for t in items:
        ocid = OCID + t.key
        yield {
            "ocid": ocid,
            "id": f"{ocid}-{t.publication}",
            "date": f"{t.published.isoformat()}T09:00:00Z",
            "tag": ["tender"],
            "initiationType": "tender",
            "buyer": {"id": "buyer", "name": t.authority[0]},
            "parties": [_party(t)],
            "tender": _tender(t),
        }
        if t.awarded:
            last = max(lot.award_date for lot in t.lots if lot.award_date)
            yield {
                "ocid": ocid,
                "id": f"{ocid}-award",
                "date": f"{last.isoformat()}T09:00:00Z",
                "tag": ["award"],
                "initiationType": "tender",
                "tender": {"id": t.publication, "documents": _award_docs(t)},
                "awards": [_award(t, lot) for lot in t.lots],
            }


def _party(t: Tender) -> dict[str, Any]:
    party: dict[str, Any] = {"id": "buyer", "name": t.authority[0], "roles": ["buyer"]}
    if t.authority[1]:
        party["identifier"] = {"scheme": "NL-KVK", "id": t.authority[1]}
    return party


def _money(amount: Decimal | None) -> dict[str, Any] | None:
    return None if amount is None else {"amount": float(amount), "currency": "EUR"}


def _period(lot: Lot) -> dict[str, Any]:
    period: dict[str, Any] = {}
    if lot.start:
        period["startDate"] = f"{lot.start.isoformat()}T00:00:00Z"
    if lot.months:
        period["durationInDays"] = round(lot.months * 30.4375)
    return period


def _tender(t: Tender) -> dict[str, Any]:
    lots = []
    for lot in t.lots:
        entry: dict[str, Any] = {
            "id": str(lot.number),
            "title": lot.title,
            "status": "active",
            "mainProcurementCategory": CATEGORY[lot.type],
        }
        if lot.estimated is not None:
            entry["value"] = _money(lot.estimated)
        if _period(lot):
            entry["contractPeriod"] = _period(lot)
        if t.reserved:
            entry["otherRequirements"] = {"reservedParticipation": ["shelteredWorkshop"]}
        goals = ([{"goal": "social", "strategies": ["awardCriteria"]}] if t.social else []) + (
            [{"goal": "social.disadvantagedEmploymentOpportunities"}] if t.employment else []
        )
        if goals:
            entry["hasSustainability"] = True
            entry["sustainability"] = goals
        lots.append(entry)
    single = len(t.lots) == 1
    return {
        "id": t.publication,
        "title": t.title,
        "status": "complete" if t.awarded else "active",
        "datePublished": f"{t.published.isoformat()}T09:00:00Z",
        "items": [
            {
                "id": str(lot.number),
                "relatedLot": str(lot.number),
                "classification": {"scheme": "CPV", "id": t.cpv},
            }
            for lot in t.lots
        ],
        "lots": [] if single else lots,
        **({} if not single else _single_lot(lots[0])),
        "documents": [
            {"id": "notice", "documentType": "tenderNotice", "url": LINK.format(publication=t.publication)}
        ],
    }


def _single_lot(lot: dict[str, Any]) -> dict[str, Any]:
    """A tender without lots carries the lot's fields itself."""
    found = {"mainProcurementCategory": lot["mainProcurementCategory"]}
    if "value" in lot:
        found["value"] = lot["value"]
    if "contractPeriod" in lot:
        found["contractPeriod"] = lot["contractPeriod"]
    for key in ("otherRequirements", "sustainability"):
        if key in lot:
            found[key] = lot[key]
    return found


def _award_docs(t: Tender) -> list[dict[str, Any]]:
    return [
        {
            "id": f"award-{lot.number}",
            "documentType": "awardNotice",
            "url": LINK.format(publication=lot.award_publication),
        }
        for lot in t.lots[:1]
    ]


def _award(t: Tender, lot: Lot) -> dict[str, Any]:
    award: dict[str, Any] = {
        "id": lot.award_publication,
        "status": "active",
        "suppliers": [{"id": "s", "name": lot.supplier}],
    }
    if len(t.lots) > 1:
        award["relatedLots"] = [str(lot.number)]
    if lot.award_date:
        award["date"] = f"{lot.award_date.isoformat()}T00:00:00Z"
    if lot.final is not None:
        award["value"] = _money(lot.final)
    if _period(lot):
        award["contractPeriod"] = _period(lot)
    return award


def write_jsonl(path: Path, items: list[Tender]) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:  # type: ignore[operator]
        for release in releases(items):
            out.write(json.dumps(release, ensure_ascii=False) + "\n")


def write_release_package(path: Path, items: list[Tender]) -> None:
    package = {
        "uri": "https://example.org/sroi-fixture",
        "publishedDate": "2026-11-30T00:00:00Z",
        "version": "1.1",
        "releases": list(releases(items)),
    }
    path.write_text(json.dumps(package, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--lots", type=int, default=200)
    parser.add_argument("--layout", choices=["new", "old"], default="new")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    items = list(tenders(args.lots))
    write_xlsx(args.out / "tenderned-dataset.xlsx", items, args.layout)
    write_jsonl(args.out / "tenderned-ocds.jsonl", items)
    write_jsonl(args.out / "tenderned-ocds.jsonl.gz", items)
    write_release_package(args.out / "tenderned-release-package.json", items)
    print(f"wrote {sum(len(t.lots) for t in items)} lots in {len(items)} tenders to {args.out}")


if __name__ == "__main__":
    main()


REGISTER_HEADERS = (
    "Contractnummer",
    "Contractnaam",
    "Ministerie",
    "Inkoopcategorie",
    "Soort opdracht",
    "Totale contractwaarde excl. btw",
    "Ingangsdatum",
    "Einddatum",
    "Leverancier",
    "KvK-nummer leverancier",
)


def write_register_csv(path: Path, count: int = 40, seed: int = 15) -> None:
    """A contract register as the Rijk exports it: semicolons, Windows-1252, Dutch numbers and dates,
    KvK numbers that lost their leading zero, an empty value here and there."""
    rng = random.Random(seed)
    lines = [";".join(REGISTER_HEADERS)]
    for number in range(1, count + 1):
        start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
        value = Decimal(rng.randrange(50_000, 2_000_000)) + Decimal(rng.randrange(0, 100)) / 100
        whole, cents = f"{value:.2f}".split(".")
        dutch = f"{int(whole):,}".replace(",", ".") + "," + cents
        lines.append(
            ";".join(
                [
                    f"RCR-{number:04d}",
                    f"Schoonmaak en beveiliging {number} ({'één' if number % 2 else 'café'})",
                    rng.choice(["Ministerie van Financiën", "Rijkswaterstaat", "Belastingdienst"]),
                    rng.choice(["Facilitair", "ICT", "Bedrijfsvoering", ""]),
                    rng.choice(["Diensten", "Werken", "Leveringen"]),
                    dutch,
                    start.strftime("%d-%m-%Y"),
                    (start + dt.timedelta(days=rng.randrange(200, 1500))).strftime("%d-%m-%Y"),
                    f"Leverancier {rng.randrange(1, 50)} B.V.",
                    str(
                        int(f"0{rng.randrange(1000000, 9999999)}")
                    ),  # 8 digits with a zero, saved as a number
                ]
            )
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
