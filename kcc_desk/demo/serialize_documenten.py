"""Documenten API records → JSON as Open Zaak 1.30 serves them (see ``serialize``)."""

from __future__ import annotations

from kcc_desk.demo.data.model import DocumentRec
from kcc_desk.demo.serialize import Json, Urls, d, dt


def eio_json(doc: DocumentRec, u: Urls) -> Json:
    url = u.documenten("enkelvoudiginformatieobjecten", doc.uuid)
    return {
        "url": url,
        "identificatie": doc.identificatie,
        "bronorganisatie": doc.bronorganisatie,
        "creatiedatum": d(doc.creatiedatum),
        "titel": doc.titel,
        "vertrouwelijkheidaanduiding": doc.vertrouwelijkheid,
        "auteur": doc.auteur,
        "status": doc.status,
        "formaat": doc.formaat,
        "taal": "nld",
        "versie": 1,
        "beginRegistratie": dt(doc.begin_registratie),
        "bestandsnaam": doc.bestandsnaam,
        "inhoud": f"{url}/download?versie=1",
        "bestandsomvang": len(doc.content),
        "link": "",
        "beschrijving": doc.beschrijving,
        "ontvangstdatum": None,
        "verzenddatum": None,
        "indicatieGebruiksrecht": None,
        "verschijningsvorm": "",
        "ondertekening": None,
        "integriteit": None,
        "informatieobjecttype": u.catalogi("informatieobjecttypen", doc.informatieobjecttype_uuid),
        "locked": False,
        "bestandsdelen": [],
        "trefwoorden": [],
    }
