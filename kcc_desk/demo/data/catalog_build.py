"""One source's own copy of the catalogue (``catalog.py``'s definitions with fresh UUIDs)."""

from __future__ import annotations

import random
from datetime import date

from kcc_desk.demo.data.catalog import INFORMATIEOBJECTTYPE_DEFS, ZAAKTYPE_DEFS, ZaakTypeDef
from kcc_desk.demo.data.model import (
    InformatieObjectTypeRec,
    ResultaatTypeRec,
    RolTypeRec,
    StatusTypeRec,
    ZaakTypeRec,
)
from kcc_desk.demo.data.source import SourceData, iso_days, new_uuid

# Every zaaktype has these two roltypen: the initiator's and the behandelaar's (in this order).
ROLTYPEN = (("Aanvrager", "initiator"), ("Behandelaar", "behandelaar"))


def build_catalog(data: SourceData, rng: random.Random) -> None:
    """Fill ``data``'s catalogue. The order of the ``rng`` draws is part of the generated data."""
    for key, (omschrijving, categorie, vertrouwelijk) in INFORMATIEOBJECTTYPE_DEFS.items():
        iot = InformatieObjectTypeRec(new_uuid(rng), omschrijving, categorie, vertrouwelijk)
        data.informatieobjecttypen[iot.uuid] = iot
        data.iot_by_key[key] = iot.uuid
    for number, zdef in enumerate(ZAAKTYPE_DEFS, start=1):
        zt = _zaaktype(data, rng, number, zdef)
        _statustypen(data, rng, zt, zdef)
        _resultaattypen(data, rng, zt, zdef)
        for omschrijving, generiek in ROLTYPEN:
            rol_type = RolTypeRec(new_uuid(rng), zt.uuid, zt.identificatie, omschrijving, generiek)
            data.roltypen[rol_type.uuid] = rol_type
            zt.roltype_uuids.append(rol_type.uuid)
        for iot_key in dict.fromkeys(key for _, key in zdef.documenten):
            iot_uuid = data.iot_by_key[iot_key]
            zt.informatieobjecttype_uuids.append(iot_uuid)
            data.informatieobjecttypen[iot_uuid].zaaktype_uuids.append(zt.uuid)


def _zaaktype(data: SourceData, rng: random.Random, number: int, zdef: ZaakTypeDef) -> ZaakTypeRec:
    zt = ZaakTypeRec(
        uuid=new_uuid(rng),
        key=zdef.key,
        identificatie=f"{data.profile.zaaktype_prefix}{zdef.code}-{number:03d}",
        omschrijving=zdef.omschrijving,
        onderwerp=zdef.onderwerp,
        doel=zdef.doel,
        aanleiding=f"{zdef.handeling_initiator.capitalize()} door inwoner of bedrijf",
        toelichting="",
        handeling_initiator=zdef.handeling_initiator,
        vertrouwelijkheid=zdef.vertrouwelijkheid,
        doorlooptijd=iso_days(zdef.doorlooptijd_days),
        servicenorm=iso_days(zdef.servicenorm_days) if zdef.servicenorm_days else None,
        opschorting_mogelijk=True,
        verlenging_mogelijk=zdef.verlenging_mogelijk,
        verlengingstermijn=iso_days(42) if zdef.verlenging_mogelijk else None,
        product_naam=zdef.onderwerp,
        begin_geldigheid=date(2024, 1, 1),
    )
    data.zaaktypen[zt.uuid] = zt
    data.zaaktype_by_key[zdef.key] = zt.uuid
    return zt


def _statustypen(data: SourceData, rng: random.Random, zt: ZaakTypeRec, zdef: ZaakTypeDef) -> None:
    last = len(zdef.statussen)
    for volgnummer, sdef in enumerate(zdef.statussen, start=1):
        st = StatusTypeRec(
            uuid=new_uuid(rng),
            zaaktype_uuid=zt.uuid,
            zaaktype_identificatie=zt.identificatie,
            volgnummer=volgnummer,
            omschrijving=sdef.omschrijving,
            omschrijving_generiek=sdef.omschrijving,
            statustekst=sdef.statustekst,
            doorlooptijd=iso_days(max(sdef.doorlooptijd_days, 1)),
            is_eindstatus=volgnummer == last,
            informeren=volgnummer in (1, last) or "informatie" in sdef.omschrijving,
        )
        data.statustypen[st.uuid] = st
        zt.statustype_uuids.append(st.uuid)


def _resultaattypen(
    data: SourceData, rng: random.Random, zt: ZaakTypeRec, zdef: ZaakTypeDef
) -> None:
    for rdef in zdef.resultaten:
        rt = ResultaatTypeRec(
            uuid=new_uuid(rng),
            zaaktype_uuid=zt.uuid,
            zaaktype_identificatie=zt.identificatie,
            omschrijving=rdef.omschrijving,
            omschrijving_generiek=rdef.generiek,
            toelichting=rdef.toelichting,
            selectielijst_uuid=new_uuid(rng),
            archiefnominatie="vernietigen",
            archiefactietermijn="P10Y",
        )
        data.resultaattypen[rt.uuid] = rt
        zt.resultaattype_uuids.append(rt.uuid)
