"""Records → ZGW JSON exactly as Open Zaak 1.30 serves it (field order and empty values copied
from the recordings in /work/shared/zgw-recorded)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from kcc_desk.demo.data.model import (
    CatalogusRec,
    DocumentRec,
    InformatieObjectTypeRec,
    ResultaatRec,
    ResultaatTypeRec,
    RolRec,
    RolTypeRec,
    StatusRec,
    StatusTypeRec,
    SubStatusRec,
    ZaakObjectRec,
    ZaakRec,
    ZaakTypeRec,
    ZioRec,
)
from kcc_desk.demo.data.source import SourceData

Json = dict[str, Any]

ZAKEN = "/zaken/api/v1"
CATALOGI = "/catalogi/api/v1"
DOCUMENTEN = "/documenten/api/v1"
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"


def dt(value: datetime) -> str:
    """Open Zaak's datetime format: UTC with a Z suffix."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


class Urls:
    """Absolute URLs of one source (Open Zaak builds every reference as an absolute URL)."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    def zaken(self, resource: str, uuid: str) -> str:
        return f"{self.base}{ZAKEN}/{resource}/{uuid}"

    def catalogi(self, resource: str, uuid: str) -> str:
        return f"{self.base}{CATALOGI}/{resource}/{uuid}"

    def documenten(self, resource: str, uuid: str) -> str:
        return f"{self.base}{DOCUMENTEN}/{resource}/{uuid}"


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
        "url": u.zaken("statussen", s.uuid),
        "uuid": s.uuid,
        "zaak": u.zaken("zaken", s.zaak_uuid),
        "statustype": u.catalogi("statustypen", s.statustype_uuid),
        "datumStatusGezet": dt(s.datum_status_gezet),
        "statustoelichting": s.statustoelichting,
        "indicatieLaatstGezetteStatus": s.is_last,
        "gezetdoor": None,
        "zaakinformatieobjecten": [],
    }


def substatus_json(s: SubStatusRec, u: Urls) -> Json:
    return {
        "url": u.zaken("substatussen", s.uuid),
        "uuid": s.uuid,
        "zaak": u.zaken("zaken", s.zaak_uuid),
        "status": u.zaken("statussen", s.status_uuid) if s.status_uuid else None,
        "omschrijving": s.omschrijving,
        "tijdstip": dt(s.tijdstip),
        "doelgroep": s.doelgroep,
    }


def rol_json(r: RolRec, u: Urls) -> Json:
    body: Json = {
        "url": u.zaken("rollen", r.uuid),
        "uuid": r.uuid,
        "zaak": u.zaken("zaken", r.zaak_uuid),
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
        "url": u.zaken("resultaten", r.uuid),
        "uuid": r.uuid,
        "zaak": u.zaken("zaken", r.zaak_uuid),
        "resultaattype": u.catalogi("resultaattypen", r.resultaattype_uuid),
        "toelichting": r.toelichting,
    }


def zaakobject_json(zo: ZaakObjectRec, u: Urls) -> Json:
    a = zo.address
    return {
        "url": u.zaken("zaakobjecten", zo.uuid),
        "uuid": zo.uuid,
        "zaak": u.zaken("zaken", zo.zaak_uuid),
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


# --- Catalogi --------------------------------------------------------------------------------


def catalogus_json(c: CatalogusRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("catalogussen", c.uuid),
        "domein": c.domein,
        "rsin": c.rsin,
        "contactpersoonBeheerNaam": c.contactpersoon,
        "contactpersoonBeheerTelefoonnummer": "14 0999",
        "contactpersoonBeheerEmailadres": "informatiebeheer@lindendal.example",
        "zaaktypen": [u.catalogi("zaaktypen", x) for x in src.zaaktypen],
        "besluittypen": [],
        "informatieobjecttypen": [
            u.catalogi("informatieobjecttypen", x) for x in src.informatieobjecttypen
        ],
        "naam": c.naam,
        "versie": "1",
        "begindatumVersie": "2024-01-01",
    }


def zaaktype_json(zt: ZaakTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("zaaktypen", zt.uuid),
        "identificatie": zt.identificatie,
        "omschrijving": zt.omschrijving,
        "omschrijvingGeneriek": "",
        "vertrouwelijkheidaanduiding": zt.vertrouwelijkheid,
        "doel": zt.doel,
        "aanleiding": zt.aanleiding,
        "toelichting": zt.toelichting,
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": zt.handeling_initiator,
        "onderwerp": zt.onderwerp,
        "handelingBehandelaar": "behandelen",
        "doorlooptijd": zt.doorlooptijd,
        "servicenorm": zt.servicenorm,
        "opschortingEnAanhoudingMogelijk": zt.opschorting_mogelijk,
        "verlengingMogelijk": zt.verlenging_mogelijk,
        "verlengingstermijn": zt.verlengingstermijn,
        "trefwoorden": [],
        "publicatieIndicatie": False,
        "publicatietekst": "",
        "verantwoordingsrelatie": [],
        "productenOfDiensten": [],
        "selectielijstProcestype": "",
        "referentieproces": {"naam": zt.omschrijving, "link": ""},
        "concept": False,
        "verantwoordelijke": src.profile.bronorganisatie,
        "broncatalogus": {"url": "", "domein": "", "rsin": ""},
        "bronzaaktype": {"url": "", "identificatie": "", "omschrijving": ""},
        "beginGeldigheid": d(zt.begin_geldigheid),
        "eindeGeldigheid": None,
        "versiedatum": d(zt.begin_geldigheid),
        "beginObject": d(zt.begin_geldigheid),
        "eindeObject": None,
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        # Open Zaak lists statustypen newest-volgnummer first (see the recordings).
        "statustypen": [u.catalogi("statustypen", x) for x in reversed(zt.statustype_uuids)],
        "resultaattypen": [u.catalogi("resultaattypen", x) for x in zt.resultaattype_uuids],
        "eigenschappen": [],
        "informatieobjecttypen": [
            u.catalogi("informatieobjecttypen", x) for x in zt.informatieobjecttype_uuids
        ],
        "roltypen": [u.catalogi("roltypen", x) for x in zt.roltype_uuids],
        "besluittypen": [],
        "deelzaaktypen": [],
        "gerelateerdeZaaktypen": [],
        "zaakobjecttypen": [],
    }


def statustype_json(st: StatusTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("statustypen", st.uuid),
        "omschrijving": st.omschrijving,
        "omschrijvingGeneriek": st.omschrijving_generiek,
        "statustekst": st.statustekst,
        "zaaktype": u.catalogi("zaaktypen", st.zaaktype_uuid),
        "zaaktypeIdentificatie": st.zaaktype_identificatie,
        "volgnummer": st.volgnummer,
        "isEindstatus": st.is_eindstatus,
        "informeren": st.informeren,
        "doorlooptijd": st.doorlooptijd,
        "toelichting": None,
        "checklistitemStatustype": [],
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        "eigenschappen": [],
        "zaakobjecttypen": [],
        "beginGeldigheid": None,
        "eindeGeldigheid": None,
        "beginObject": None,
        "eindeObject": None,
    }


def resultaattype_json(rt: ResultaatTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("resultaattypen", rt.uuid),
        "zaaktype": u.catalogi("zaaktypen", rt.zaaktype_uuid),
        "zaaktypeIdentificatie": rt.zaaktype_identificatie,
        "omschrijving": rt.omschrijving,
        "resultaattypeomschrijving": (
            f"{SELECTIELIJST}/resultaattypeomschrijvingen/{rt.selectielijst_uuid}"
        ),
        "omschrijvingGeneriek": rt.omschrijving_generiek,
        "selectielijstklasse": f"{SELECTIELIJST}/resultaten/{rt.selectielijst_uuid}",
        "toelichting": rt.toelichting,
        "archiefnominatie": rt.archiefnominatie,
        "archiefactietermijn": rt.archiefactietermijn,
        "brondatumArchiefprocedure": None,
        "procesobjectaard": "",
        "indicatieSpecifiek": None,
        "procestermijn": None,
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        "besluittypen": [],
        "besluittypeOmschrijving": [],
        "informatieobjecttypen": [],
        "informatieobjecttypeOmschrijving": [],
        "beginGeldigheid": None,
        "eindeGeldigheid": None,
        "beginObject": None,
        "eindeObject": None,
    }


def roltype_json(rt: RolTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("roltypen", rt.uuid),
        "zaaktype": u.catalogi("zaaktypen", rt.zaaktype_uuid),
        "zaaktypeIdentificatie": rt.zaaktype_identificatie,
        "omschrijving": rt.omschrijving,
        "omschrijvingGeneriek": rt.omschrijving_generiek,
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        "beginGeldigheid": None,
        "eindeGeldigheid": None,
        "beginObject": None,
        "eindeObject": None,
    }


def informatieobjecttype_json(iot: InformatieObjectTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("informatieobjecttypen", iot.uuid),
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        "omschrijving": iot.omschrijving,
        "vertrouwelijkheidaanduiding": iot.vertrouwelijkheid,
        "beginGeldigheid": "2024-01-01",
        "eindeGeldigheid": None,
        "concept": False,
        "besluittypen": [],
        "informatieobjectcategorie": iot.categorie,
        "trefwoord": [],
        "omschrijvingGeneriek": {
            "informatieobjecttypeOmschrijvingGeneriek": "",
            "definitieInformatieobjecttypeOmschrijvingGeneriek": "",
            "herkomstInformatieobjecttypeOmschrijvingGeneriek": "",
            "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "",
            "opmerkingInformatieobjecttypeOmschrijvingGeneriek": "",
        },
        "zaaktypen": [u.catalogi("zaaktypen", x) for x in iot.zaaktype_uuids],
        "beginObject": "2024-01-01",
        "eindeObject": None,
    }


# --- Documenten ------------------------------------------------------------------------------


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
