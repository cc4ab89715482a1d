"""Zaken API records → JSON as Open Zaak 1.30 serves them (see ``serialize``)."""

from __future__ import annotations

from kcc_desk.demo.data.model import (
    ResultaatRec,
    RolRec,
    StatusRec,
    SubStatusRec,
    ZaakObjectRec,
    ZaakRec,
    ZioRec,
)
from kcc_desk.demo.serialize import Json, Urls, d, dt


def _sub(resource: str, uuid: str, zaak_uuid: str, u: Urls) -> Json:
    """How every sub-resource of a zaak starts: its own URL and uuid, then its zaak's URL."""
    return {"url": u.zaken(resource, uuid), "uuid": uuid, "zaak": u.zaken("zaken", zaak_uuid)}


def zaak_json(z: ZaakRec, u: Urls) -> Json:
    return {
        "url": u.zaken("zaken", z.uuid),
        "uuid": z.uuid,
        "identificatie": z.identificatie,
        "bronorganisatie": z.bronorganisatie,
        "omschrijving": z.omschrijving,
        "toelichting": z.toelichting,
        "zaaktype": u.catalogi("zaaktypen", z.zaaktype_uuid),
        "registratiedatum": d(z.registratiedatum),
        "verantwoordelijkeOrganisatie": z.bronorganisatie,
        "startdatum": d(z.startdatum),
        "einddatum": d(z.einddatum),
        "einddatumGepland": d(z.einddatum_gepland),
        "uiterlijkeEinddatumAfdoening": d(z.uiterlijke_einddatum_afdoening),
        "publicatiedatum": None,
        "laatstGemuteerd": dt(z.laatst_gemuteerd),
        "laatstGeopend": None,
        "communicatiekanaal": "",
        "communicatiekanaalNaam": z.communicatiekanaal_naam,
        "productenOfDiensten": [],
        "vertrouwelijkheidaanduiding": z.vertrouwelijkheid,
        "betalingsindicatie": "",
        "betalingsindicatieWeergave": "",
        "laatsteBetaaldatum": None,
        "zaakgeometrie": None,
        "verlenging": (
            {"reden": z.verlenging_reden, "duur": z.verlenging_duur} if z.verlenging_reden else None
        ),
        "opschorting": {
            "indicatie": bool(z.opschorting_reden),
            "eerdereOpschorting": bool(z.opschorting_reden),
            "reden": z.opschorting_reden,
        },
        "selectielijstklasse": "",
        "hoofdzaak": None,
        "deelzaken": [],
        "relevanteAndereZaken": [],
        "gerelateerdeZaken": [],
        "eigenschappen": [],
        "rollen": [u.zaken("rollen", r) for r in z.rol_uuids],
        "status": u.zaken("statussen", z.status_uuid) if z.status_uuid else None,
        "zaakinformatieobjecten": [u.zaken("zaakinformatieobjecten", x) for x in z.zio_uuids],
        "zaakobjecten": [u.zaken("zaakobjecten", x) for x in z.zaakobject_uuids],
        "kenmerken": [],
        "archiefnominatie": None,
        "archiefstatus": "nog_te_archiveren",
        "archiefactiedatum": None,
        "resultaat": u.zaken("resultaten", z.resultaat_uuid) if z.resultaat_uuid else None,
        "opdrachtgevendeOrganisatie": "",
        "processobjectaard": "",
        "startdatumBewaartermijn": None,
        "processobject": {
            "datumkenmerk": "",
            "identificatie": "",
            "objecttype": "",
            "registratie": "",
        },
    }


def status_json(s: StatusRec, u: Urls) -> Json:
    return {
        **_sub("statussen", s.uuid, s.zaak_uuid, u),
        "statustype": u.catalogi("statustypen", s.statustype_uuid),
        "datumStatusGezet": dt(s.datum_status_gezet),
        "statustoelichting": s.statustoelichting,
        "indicatieLaatstGezetteStatus": s.is_last,
        "gezetdoor": None,
        "zaakinformatieobjecten": [],
    }


def substatus_json(s: SubStatusRec, u: Urls) -> Json:
    return {
        **_sub("substatussen", s.uuid, s.zaak_uuid, u),
        "status": u.zaken("statussen", s.status_uuid) if s.status_uuid else None,
        "omschrijving": s.omschrijving,
        "tijdstip": dt(s.tijdstip),
        "doelgroep": s.doelgroep,
    }


def rol_json(r: RolRec, u: Urls) -> Json:
    body: Json = {
        **_sub("rollen", r.uuid, r.zaak_uuid, u),
        "betrokkene": "",
        "betrokkeneType": r.betrokkene_type,
        "afwijkendeNaamBetrokkene": "",
        "roltype": u.catalogi("roltypen", r.roltype_uuid),
        "omschrijving": r.omschrijving,
        "omschrijvingGeneriek": r.omschrijving_generiek,
        "roltoelichting": r.roltoelichting,
        "registratiedatum": dt(r.registratiedatum),
        "indicatieMachtiging": "",
        "contactpersoonRol": {
            "emailadres": "",
            "functie": "",
            "telefoonnummer": "",
            "naam": r.contactpersoon_naam,
        },
        "statussen": [],
        "beginGeldigheid": None,
        "eindeGeldigheid": None,
        "betrokkeneIdentificatie": dict(r.identificatie),
    }
    if r.betrokkene_type in ("natuurlijk_persoon", "niet_natuurlijk_persoon"):
        body["authenticatieContext"] = None
    return body


def resultaat_json(r: ResultaatRec, u: Urls) -> Json:
    return {
        **_sub("resultaten", r.uuid, r.zaak_uuid, u),
        "resultaattype": u.catalogi("resultaattypen", r.resultaattype_uuid),
        "toelichting": r.toelichting,
    }


def zaakobject_json(zo: ZaakObjectRec, u: Urls) -> Json:
    a = zo.address
    return {
        **_sub("zaakobjecten", zo.uuid, zo.zaak_uuid, u),
        "object": "",
        "zaakobjecttype": "",
        "objectType": "adres",
        "objectTypeOverige": "",
        "objectTypeOverigeDefinitie": None,
        "relatieomschrijving": zo.relatieomschrijving,
        "objectIdentificatie": {
            "identificatie": a.bag_id,
            "wplWoonplaatsNaam": a.woonplaats,
            "gorOpenbareRuimteNaam": a.straat,
            "huisnummer": a.huisnummer,
            "huisletter": a.huisletter,
            "huisnummertoevoeging": "",
            "postcode": a.postcode,
        },
    }


def zio_json(z: ZioRec, u: Urls) -> Json:
    return {
        "url": u.zaken("zaakinformatieobjecten", z.uuid),
        "uuid": z.uuid,
        "informatieobject": u.documenten("enkelvoudiginformatieobjecten", z.document_uuid),
        "zaak": u.zaken("zaken", z.zaak_uuid),
        "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
        "titel": z.titel,
        "beschrijving": z.beschrijving,
        "registratiedatum": dt(z.registratiedatum),
        "vernietigingsdatum": None,
        "status": None,
    }
