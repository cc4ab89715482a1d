"""The demo's cases as the Klantinteracties seeding needs them (``SeedZaak``): each case's URL,
zaaktype, dates and initiator (BSN or KVK number)."""

from __future__ import annotations

from collections.abc import Iterable

from kcc_desk.demo.seedtypes import SeedZaak
from kcc_desk.demo.store import SourceStore


def seed_zaken_of(stores: Iterable[SourceStore]) -> list[SeedZaak]:
    """Every case of every source."""
    result: list[SeedZaak] = []
    for store in stores:
        for zaak in store.data.zaken.values():
            initiator = next(
                (
                    r
                    for r in store.rollen_by_zaak[zaak.uuid]
                    if r.omschrijving_generiek == "initiator"
                ),
                None,
            )
            kvk = None
            if initiator is not None and initiator.betrokkene_type == "niet_natuurlijk_persoon":
                kvk = initiator.kvk or initiator.inn_nnp_id
            result.append(
                SeedZaak(
                    url=store.urls.zaken("zaken", zaak.uuid),
                    uuid=zaak.uuid,
                    identificatie=zaak.identificatie,
                    zaaktype_omschrijving=store.data.zaaktypen[zaak.zaaktype_uuid].omschrijving,
                    startdatum=zaak.startdatum,
                    is_open=zaak.is_open,
                    initiator_bsn=initiator.bsn or None if initiator else None,
                    initiator_kvk=kvk,
                )
            )
    return result
