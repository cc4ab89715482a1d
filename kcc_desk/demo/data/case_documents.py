"""A case's documents: the zaaktype's document kinds the case has reached, each with its
zaakinformatieobject (the link between case and document)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from kcc_desk.demo.data.catalog import ZaakTypeDef
from kcc_desk.demo.data.documents import slug
from kcc_desk.demo.data.model import Company, DocumentRec, Person, ZaakRec, ZioRec
from kcc_desk.demo.data.source import SourceData, new_uuid


class DocumentNumbers:
    """A source's running document number (part of each document's identificatie)."""

    def __init__(self) -> None:
        self.last = 0

    def next(self) -> int:
        self.last += 1
        return self.last


def _auteur(initiator: Person | Company, iot_key: str) -> str:
    if isinstance(initiator, Company):
        auteur = initiator.naam
    elif iot_key in ("aanvraag", "bijlage"):
        auteur = f"{initiator.voorletters} {initiator.voorvoegsel} {initiator.geslachtsnaam}"
    else:
        auteur = "Gemeente Lindendal"
    return auteur.replace("  ", " ")[:200]


def add_documents(
    data: SourceData,
    rng: random.Random,
    numbers: DocumentNumbers,
    zaak: ZaakRec,
    zdef: ZaakTypeDef,
    *,
    initiator: Person | Company,
    stage: int,
    closed: bool,
    status_times: list[datetime],
) -> None:
    besluit_reached = closed or any(
        s.omschrijving == "Besluit genomen" for s in zdef.statussen[:stage]
    )
    for position, (titel, iot_key) in enumerate(zdef.documenten):
        if iot_key == "besluit" and not besluit_reached:
            continue
        if position > 0 and iot_key != "besluit" and rng.random() < 0.4:
            continue
        number = numbers.next()
        moment = status_times[-1] if iot_key == "besluit" else status_times[0]
        lines = [
            f"Zaak: {zaak.identificatie}",
            f"Onderwerp: {zaak.omschrijving}",
            f"Datum: {moment.date().isoformat()}",
            "Dit is een oefendocument uit de oefenomgeving van kcc-desk.",
        ]
        as_text = iot_key == "verslag"
        level = zaak.vertrouwelijkheid if rng.random() < 0.7 else "zaakvertrouwelijk"
        doc = DocumentRec(
            uuid=new_uuid(rng),
            identificatie=f"{data.profile.document_prefix}-{moment.year}-{number:07d}",
            bronorganisatie=data.profile.bronorganisatie,
            creatiedatum=moment.date(),
            titel=titel,
            vertrouwelijkheid=level,
            auteur=_auteur(initiator, iot_key),
            status="definitief",
            formaat="text/plain" if as_text else "application/pdf",
            bestandsnaam=f"{slug(titel)}.{'txt' if as_text else 'pdf'}",
            content_lines=tuple(lines),
            beschrijving=f"{titel} bij {zaak.omschrijving.lower()}",
            informatieobjecttype_uuid=data.iot_by_key[iot_key],
            begin_registratie=moment + timedelta(minutes=5),
        )
        data.documenten[doc.uuid] = doc
        zio = ZioRec(
            uuid=new_uuid(rng),
            zaak_uuid=zaak.uuid,
            document_uuid=doc.uuid,
            titel=titel,
            beschrijving=doc.beschrijving,
            registratiedatum=moment + timedelta(minutes=6),
        )
        data.zios[zio.uuid] = zio
        zaak.zio_uuids.append(zio.uuid)
