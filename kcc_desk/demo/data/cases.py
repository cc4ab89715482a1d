"""Builds one source's cases: every stage, status histories, substatuses, roles, objects,
documents, results, overdue and confidential cases. The catalogue is ``catalog_build``'s, the
roles ``roles``', the documents ``case_documents``'."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from kcc_desk.demo.data.case_documents import DocumentNumbers, add_documents
from kcc_desk.demo.data.catalog import ZAAKTYPE_BY_KEY, ZaakTypeDef
from kcc_desk.demo.data.catalog_build import build_catalog
from kcc_desk.demo.data.model import (
    Address,
    CatalogusRec,
    Company,
    Medewerker,
    Person,
    ResultaatRec,
    StatusRec,
    SubStatusRec,
    ZaakObjectRec,
    ZaakRec,
)
from kcc_desk.demo.data.persons import make_address
from kcc_desk.demo.data.roles import add_behandelaar, add_department, add_initiator
from kcc_desk.demo.data.source import SourceData, SourceProfile, new_uuid

SUBSTATUS_BETROKKENEN: tuple[str, ...] = (
    "Wij wachten nog op uw aanvullende stukken.",
    "Uw aanvraag ligt ter beoordeling bij een collega.",
    "Wij hebben advies gevraagd en verwachten binnen twee weken antwoord.",
    "De behandeling duurt langer door drukte. Excuses voor het wachten.",
    "Uw stukken zijn ontvangen en worden bekeken.",
)
SUBSTATUS_INTERN: tuple[str, ...] = (
    "Dossier overgedragen aan team Inkomen.",
    "Wacht op advies jurist.",
    "Navraag gedaan bij RDW, nog geen antwoord.",
    "Terugbelverzoek ingepland voor behandelaar.",
    "Huisbezoek gepland.",
)
KANALEN: tuple[str, ...] = ("Digitaal formulier", "Telefoon", "Balie", "E-mail", "Post")
TOELICHTINGEN: tuple[str, ...] = (
    "",
    "",
    "",
    "Aangevraagd via het digitale loket.",
    "Inwoner heeft telefonisch om spoed gevraagd.",
    "Aanvrager wil graag per e-mail op de hoogte gehouden worden.",
    "Eerdere aanvraag is ingetrokken; dit is een nieuwe aanvraag.",
    "Let op: aanvrager is slechthorend, bij voorkeur schriftelijk contact.",
)
VERLENGING_REDENEN: tuple[str, ...] = (
    "Advies van de welstandscommissie duurt langer.",
    "Aanvullend onderzoek nodig.",
    "Zienswijze van omwonenden afwachten.",
)


class SourceBuilder:
    """Adds cases to one source; all randomness comes from the one seeded ``rng``."""

    def __init__(
        self,
        index: int,
        profile: SourceProfile,
        rng: random.Random,
        today: date,
        medewerkers: list[Medewerker],
    ) -> None:
        self.rng = rng
        self.today = today
        self.medewerkers = medewerkers
        self._seq = 0
        self._documents = DocumentNumbers()
        self.data = SourceData(
            index=index,
            profile=profile,
            catalogus=CatalogusRec(
                uuid=new_uuid(rng),
                domein=profile.catalogus_domein,
                rsin=profile.bronorganisatie,
                naam=f"Zaaktypecatalogus {profile.name}",
                contactpersoon="Team Informatiebeheer",
            ),
        )
        build_catalog(self.data, rng)

    def pick_zaaktype(self, allowed: tuple[str, ...] | None = None) -> str:
        weights = self.data.profile.weights
        keys = [k for k in weights if allowed is None or k in allowed]
        return self.rng.choices(keys, weights=[weights[k] for k in keys])[0]

    def next_identificatie(self, year: int) -> str:
        self._seq += 1
        # Spread numbers out a little so they do not look like a fresh test database.
        seq = 1000 + self._seq * 7 + self.rng.randrange(7)
        return self.data.profile.zaaknummer_format.format(year=year, seq=seq)

    def _when(self, day: date, hour_from: int = 8, hour_to: int = 17) -> datetime:
        moment = time(self.rng.randint(hour_from, hour_to - 1), self.rng.randrange(60))
        return datetime.combine(day, moment, tzinfo=UTC)

    def add_case(
        self,
        zaaktype_key: str,
        initiator: Person | Company,
        *,
        stage: int | None = None,
        closed: bool | None = None,
        overdue: bool = False,
        startdatum: date | None = None,
        identificatie: str | None = None,
        vertrouwelijkheid: str | None = None,
        substatussen: bool | None = None,
        omschrijving: str | None = None,
    ) -> ZaakRec:
        """Add one case. Unspecified properties are drawn from ``rng``.

        ``stage`` is the number of statuses reached (1 = just registered); ``closed`` forces the
        end status and a resultaat; ``overdue`` puts einddatumGepland in the past, still open.
        """
        rng, today, data = self.rng, self.today, self.data
        zdef: ZaakTypeDef = ZAAKTYPE_BY_KEY[zaaktype_key]
        zt = data.zaaktypen[data.zaaktype_by_key[zaaktype_key]]
        n_status = len(zdef.statussen)
        if closed is None:
            closed = stage == n_status if stage is not None else rng.random() < 0.45
        if closed:
            stage = n_status
        elif stage is None:
            stage = rng.randint(1, n_status - 1)
        stage = max(1, min(stage, n_status if closed else n_status - 1))
        doorlooptijd = zdef.doorlooptijd_days
        if startdatum is None:
            if closed:
                startdatum = today - timedelta(days=rng.randint(doorlooptijd + 7, 700))
            elif overdue:
                startdatum = today - timedelta(days=doorlooptijd + rng.randint(5, 40))
            else:
                # Mostly within the planned time, sometimes (naturally) already late.
                startdatum = today - timedelta(days=rng.randint(1, int(doorlooptijd * 1.3) + 2))
        # Status dates: nominal step durations, squeezed so an open case's last status is not
        # in the future and a closed case ends before today.
        factors = [rng.uniform(0.5, 1.4) for _ in zdef.statussen]
        offsets: list[float] = []
        total = 0.0
        for i, sdef in enumerate(zdef.statussen[:stage]):
            total += sdef.doorlooptijd_days * factors[i]
            offsets.append(total)
        available = (today - startdatum).days - 1
        if offsets[-1] > available > 0:
            offsets = [o * available / offsets[-1] for o in offsets]
        elif available <= 0:
            offsets = [0.0 for _ in offsets]
        status_times: list[datetime] = []
        for i, offset in enumerate(offsets):
            moment = self._when(startdatum + timedelta(days=int(offset)))
            if status_times and moment <= status_times[-1]:
                moment = status_times[-1] + timedelta(minutes=17 + i)
            status_times.append(moment)
        einddatum = status_times[-1].date() if closed else None
        year = startdatum.year
        level = vertrouwelijkheid or zt.vertrouwelijkheid
        zaak = ZaakRec(
            uuid=new_uuid(rng),
            identificatie=identificatie or self.next_identificatie(year),
            bronorganisatie=data.profile.bronorganisatie,
            omschrijving=omschrijving or rng.choice(zdef.omschrijvingen),
            toelichting=rng.choice(TOELICHTINGEN),
            zaaktype_uuid=zt.uuid,
            registratiedatum=startdatum,
            startdatum=startdatum,
            einddatum=einddatum,
            einddatum_gepland=startdatum + timedelta(days=doorlooptijd),
            uiterlijke_einddatum_afdoening=startdatum
            + timedelta(days=(zdef.servicenorm_days or doorlooptijd) + 14),
            vertrouwelijkheid=level,
            laatst_gemuteerd=status_times[-1] + timedelta(seconds=rng.randint(1, 3600)),
            communicatiekanaal_naam=rng.choice(KANALEN),
        )
        data.zaken[zaak.uuid] = zaak
        # Statussen
        for i, moment in enumerate(status_times):
            st = data.statustypen[zt.statustype_uuids[i]]
            status = StatusRec(
                uuid=new_uuid(rng),
                zaak_uuid=zaak.uuid,
                statustype_uuid=st.uuid,
                datum_status_gezet=moment,
                statustoelichting=f"Status '{st.omschrijving}' gezet",
                is_last=i == len(status_times) - 1,
            )
            data.statussen[status.uuid] = status
            zaak.status_uuids.append(status.uuid)
        current = data.statustypen[zt.statustype_uuids[stage - 1]]
        if not closed and current.omschrijving == "Aanvullende informatie gevraagd":
            zaak.opschorting_reden = "Wachten op aanvullende informatie van de aanvrager"
        if zdef.verlenging_mogelijk and not overdue and stage >= 3 and rng.random() < 0.35:
            # Extended by the legal term: the planned end moves with it.
            zaak.verlenging_reden = rng.choice(VERLENGING_REDENEN)
            zaak.verlenging_duur = "P42D"
            if zaak.einddatum_gepland is not None:
                zaak.einddatum_gepland += timedelta(days=42)
        # Resultaat
        if closed:
            weights = [6, 2, 1, 1][: len(zt.resultaattype_uuids)]
            rt_uuid = rng.choices(zt.resultaattype_uuids, weights=weights)[0]
            res = ResultaatRec(
                new_uuid(rng), zaak.uuid, rt_uuid, data.resultaattypen[rt_uuid].toelichting
            )
            data.resultaten[res.uuid] = res
            zaak.resultaat_uuid = res.uuid
        # Substatussen on the current status
        if substatussen is None:
            substatussen = not closed and rng.random() < 0.2
        if substatussen:
            last_status = data.statussen[zaak.status_uuids[-1]]
            base = last_status.datum_status_gezet
            kinds = ["betrokkenen", "intern"] + [
                rng.choice(("betrokkenen", "intern")) for _ in range(rng.randint(0, 2))
            ]
            for j, doelgroep in enumerate(kinds):
                pool = SUBSTATUS_BETROKKENEN if doelgroep == "betrokkenen" else SUBSTATUS_INTERN
                tijdstip = min(
                    base + timedelta(hours=6 * (j + 1), minutes=rng.randrange(60)),
                    datetime.combine(today, time(0, 0), tzinfo=UTC),  # never in the future
                )
                sub = SubStatusRec(
                    uuid=new_uuid(rng),
                    zaak_uuid=zaak.uuid,
                    status_uuid=last_status.uuid,
                    omschrijving=rng.choice(pool),
                    tijdstip=max(tijdstip, base + timedelta(minutes=j + 1)),
                    doelgroep=doelgroep,
                )
                data.substatussen[sub.uuid] = sub
        # Rollen
        roltypen = [data.roltypen[u] for u in zt.roltype_uuids]
        add_initiator(data, rng, zaak, roltypen[0], who=initiator, moment=status_times[0])
        if stage >= 2 or closed:
            moment = status_times[min(1, len(status_times) - 1)]
            add_behandelaar(
                data, rng, zaak, roltypen[1], medewerkers=self.medewerkers, moment=moment
            )
            add_department(data, zaak, roltypen[1], zt.omschrijving, moment)
        # Zaakobjecten
        address: Address | None = None
        if zdef.object_kind == "woonadres":
            address = initiator.address
        elif zdef.object_kind == "openbare_ruimte":
            address = make_address(rng)
        if address is not None:
            zo = ZaakObjectRec(new_uuid(rng), zaak.uuid, address, "Locatie van de zaak")
            data.zaakobjecten[zo.uuid] = zo
            zaak.zaakobject_uuids.append(zo.uuid)
        # Documenten
        add_documents(
            data,
            rng,
            self._documents,
            zaak,
            zdef,
            initiator=initiator,
            stage=stage,
            closed=closed,
            status_times=status_times,
        )
        return zaak
