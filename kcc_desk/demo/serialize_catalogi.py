"""Catalogi API records → JSON as Open Zaak 1.30 serves them (see ``serialize``)."""

from __future__ import annotations

from typing import Protocol

from kcc_desk.demo.data.model import (
    CatalogusRec,
    InformatieObjectTypeRec,
    ResultaatTypeRec,
    RolTypeRec,
    StatusTypeRec,
    ZaakTypeRec,
)
from kcc_desk.demo.data.source import SourceData
from kcc_desk.demo.serialize import SELECTIELIJST, Json, Urls, d

# A type that belongs to a zaaktype and was never given a validity period (the recordings).
_OPEN_VALIDITY: Json = {
    "beginGeldigheid": None,
    "eindeGeldigheid": None,
    "beginObject": None,
    "eindeObject": None,
}


class _OfZaaktype(Protocol):
    @property
    def zaaktype_uuid(self) -> str: ...
    @property
    def zaaktype_identificatie(self) -> str: ...


def _of_zaaktype(record: _OfZaaktype, u: Urls) -> Json:
    """The zaaktype a status-, resultaat- or roltype belongs to: its URL and identificatie."""
    return {
        "zaaktype": u.catalogi("zaaktypen", record.zaaktype_uuid),
        "zaaktypeIdentificatie": record.zaaktype_identificatie,
    }


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
        **_of_zaaktype(st, u),
        "volgnummer": st.volgnummer,
        "isEindstatus": st.is_eindstatus,
        "informeren": st.informeren,
        "doorlooptijd": st.doorlooptijd,
        "toelichting": None,
        "checklistitemStatustype": [],
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        "eigenschappen": [],
        "zaakobjecttypen": [],
        **_OPEN_VALIDITY,
    }


def resultaattype_json(rt: ResultaatTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("resultaattypen", rt.uuid),
        **_of_zaaktype(rt, u),
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
        **_OPEN_VALIDITY,
    }


def roltype_json(rt: RolTypeRec, src: SourceData, u: Urls) -> Json:
    return {
        "url": u.catalogi("roltypen", rt.uuid),
        **_of_zaaktype(rt, u),
        "omschrijving": rt.omschrijving,
        "omschrijvingGeneriek": rt.omschrijving_generiek,
        "catalogus": u.catalogi("catalogussen", src.catalogus.uuid),
        **_OPEN_VALIDITY,
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
