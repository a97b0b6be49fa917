"""The lots of one OCDS compiled release: one per awarded lot, or per announced lot while unawarded.

Paths read (OCDS 1.1 with the lots, sustainability and eForms-profile fields): `buyer`, `parties`,
`tender.mainProcurementCategory` (or the lot's own, since eForms), `tender.lots[]`,
`tender.items[].classification` (CPV), `awards[]` (`status`, `date`, `value`, `suppliers`,
`relatedLots`, `contractPeriod`), `contracts[].value`, `tender.otherRequirements.reservedParticipation`,
`contractTerms.reservedExecution`, `sustainability[].goal`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from sroi_cli.domain.inputs import ContractType
from sroi_cli.domain.location import Location
from sroi_cli.domain.public import PublicLot, Signal, Stage, ValueKind

CATEGORIES = {"works": ContractType.WORKS, "services": ContractType.SERVICES, "goods": ContractType.SUPPLIES}
TENDERNED_OCID = "ocds-ew2ytk-"  # TenderNed's OCDS prefix: the rest is TenderNed's kenmerk
TENDERNED_LINK = "https://www.tenderned.nl/aankondigingen/overzicht/{publication}"


def lots_of(release: dict[str, Any], ocid: str, place: Location) -> list[PublicLot]:
    tender = _dict(release.get("tender"))
    lots = {str(lot.get("id")): lot for lot in _dicts(tender.get("lots"))}
    awards = [a for a in _dicts(release.get("awards")) if a.get("status") in (None, "active", "pending")]
    common = _common(release, tender, ocid, place)
    found: list[PublicLot] = []
    awarded: set[str] = set()
    for award in awards:
        related = [str(x) for x in award.get("relatedLots") or []] or list(lots) or [""]
        for lot_id in related:
            awarded.add(lot_id)
            found.append(_awarded(common, release, tender, lots.get(lot_id, {}), lot_id, award))
    if not awards and tender.get("status") in (None, "planning", "planned", "active"):
        for lot_id in list(lots) or [""]:
            found.append(_announced(common, tender, lots.get(lot_id, {}), lot_id))
    return found


def _common(release: dict[str, Any], tender: dict[str, Any], ocid: str, place: Location) -> dict[str, Any]:
    buyer = _dict(release.get("buyer"))
    party = next((p for p in _dicts(release.get("parties")) if p.get("id") == buyer.get("id")), {})
    identifiers = [_dict(party.get("identifier")), *_dicts(party.get("additionalIdentifiers"))]
    kvk = next((str(i.get("id")) for i in identifiers if str(i.get("scheme", "")).upper() == "NL-KVK"), None)
    tender_id = ocid.removeprefix(TENDERNED_OCID)
    return {
        "tender": tender_id,
        "place": place,
        "authority": _text(buyer.get("name")) or _text(party.get("name")),
        "authority_kvk": kvk,
        "title": _text(tender.get("title")),
        "link": _link(tender),
        "tenderned": ocid.startswith(TENDERNED_OCID),
        "published": _date(tender.get("datePublished") or _dict(tender.get("tenderPeriod")).get("startDate")),
    }


def _link(tender: dict[str, Any]) -> str | None:
    for document in _dicts(tender.get("documents")):
        if document.get("documentType") in ("tenderNotice", "awardNotice") and document.get("url"):
            return str(document["url"])
    return None


def _awarded(
    common: dict[str, Any],
    release: dict[str, Any],
    tender: dict[str, Any],
    lot: dict[str, Any],
    lot_id: str,
    award: dict[str, Any],
) -> PublicLot:
    contract = next((c for c in _dicts(release.get("contracts")) if c.get("awardID") == award.get("id")), {})
    final = _amount(contract.get("value")) or _amount(award.get("value"))
    estimated = _amount(lot.get("value")) or (None if lot else _amount(tender.get("value")))
    period = (
        _dict(award.get("contractPeriod"))
        or _dict(contract.get("period"))
        or _dict(lot.get("contractPeriod"))
    )
    suppliers = [_text(s.get("name")) for s in _dicts(award.get("suppliers"))]
    publication = str(award.get("id") or common["tender"])
    return _lot(
        common,
        tender,
        lot,
        lot_id,
        publication,
        Stage.AWARDED,
        supplier=", ".join(s for s in suppliers if s) or None,
        value=final if final is not None else estimated,
        value_kind=ValueKind.FINAL if final is not None else ValueKind.ESTIMATED if estimated else None,
        award_date=_date(award.get("date")) or _date(contract.get("dateSigned")),
        period=period,
    )


def _announced(common: dict[str, Any], tender: dict[str, Any], lot: dict[str, Any], lot_id: str) -> PublicLot:
    estimated = _amount(lot.get("value")) or (None if lot else _amount(tender.get("value")))
    period = _dict(lot.get("contractPeriod")) or _dict(tender.get("contractPeriod"))
    return _lot(
        common,
        tender,
        lot,
        lot_id,
        str(tender.get("id") or common["tender"]),
        Stage.ANNOUNCED,
        supplier=None,
        value=estimated,
        value_kind=ValueKind.ESTIMATED if estimated is not None else None,
        award_date=None,
        period=period,
    )


def _lot(
    common: dict[str, Any],
    tender: dict[str, Any],
    lot: dict[str, Any],
    lot_id: str,
    publication: str,
    stage: Stage,
    period: dict[str, Any],
    **values: Any,
) -> PublicLot:
    category = lot.get("mainProcurementCategory") or tender.get("mainProcurementCategory")
    link = TENDERNED_LINK.format(publication=publication) if common["tenderned"] else common["link"]
    lot_title = _text(lot.get("title"))
    days = period.get("durationInDays")
    return PublicLot(
        id=f"{publication}/{lot_id}" if lot_id else publication,
        tender=common["tender"],
        stage=stage,
        place=common["place"],
        link=link,
        title=" - ".join(t for t in (common["title"], lot_title) if t) or None,
        authority=common["authority"],
        authority_kvk=common["authority_kvk"],
        type=CATEGORIES.get(str(category)) if category else None,
        published=common["published"],
        start=_date(period.get("startDate")),
        end=_date(period.get("endDate")),
        duration_months=max(1, round(int(days) / 30.4375)) if isinstance(days, int | Decimal) else None,
        cpv=_cpv(tender, lot_id),
        signals=_signals(tender, lot),
        **values,
    )


def _cpv(tender: dict[str, Any], lot_id: str) -> str | None:
    items = _dicts(tender.get("items"))
    mine = [i for i in items if str(i.get("relatedLot", "")) == lot_id] or items
    for item in mine:
        classification = _dict(item.get("classification"))
        if str(classification.get("scheme", "")).upper() == "CPV" and classification.get("id"):
            return str(classification["id"]).split("-")[0]
    return None


def _signals(tender: dict[str, Any], lot: dict[str, Any]) -> frozenset[Signal]:
    found: set[Signal] = set()
    for where in (tender, lot):
        reserved = _dict(where.get("otherRequirements")).get("reservedParticipation") or []
        if any(str(code).lower() not in ("none", "") for code in reserved):
            found.add(Signal.RESERVED_PARTICIPATION)
        if _dict(where.get("contractTerms")).get("reservedExecution") is True:
            found.add(Signal.RESERVED_EXECUTION)
        for entry in _dicts(where.get("sustainability")):
            goal = str(entry.get("goal", ""))
            if goal.startswith("social"):
                found.add(Signal.EMPLOYMENT if "mployment" in goal else Signal.SOCIAL_OBJECTIVE)
    return frozenset(found)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _amount(value: Any) -> Decimal | None:
    amount = _dict(value).get("amount")
    if amount is None or isinstance(amount, bool):
        return None
    try:
        found = Decimal(str(amount))
    except InvalidOperation:
        return None
    return found if found.is_finite() and found >= 0 else None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
