"""Builds one source's catalogue and cases: every stage, status histories, substatuses, roles,
objects, documents, results, overdue and confidential cases."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from kcc_desk.demo.data.catalog import (
    INFORMATIEOBJECTTYPE_DEFS,
    ZAAKTYPE_BY_KEY,
    ZAAKTYPE_DEFS,
    ZaakTypeDef,
)
from kcc_desk.demo.data.documents import slug
from kcc_desk.demo.data.model import (
    Address,
    CatalogusRec,
    Company,
    DocumentRec,
    InformatieObjectTypeRec,
    Medewerker,
    Person,
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
from kcc_desk.demo.data.persons import make_address

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


@dataclass(frozen=True, slots=True)
class SourceProfile:
    """What makes one source look like its own vendor and organisation."""

    name: str
    bronorganisatie: str  # RSIN
    catalogus_domein: str
    zaaknummer_format: str  # str.format with {year} and {seq}
    document_prefix: str
    zaaktype_prefix: str
    weights: dict[str, int]  # zaaktype key -> relative frequency of new cases
    # Whether niet-natuurlijk-persoon roles carry the KVK number in kvkNummer (Open Zaak
    # style) or in innNnpId (as some other vendors fill it); clients must query both.
    kvk_in_inn_nnp_id: bool = False


@dataclass(slots=True)
class SourceData:
    """Everything one source serves."""

    index: int
    profile: SourceProfile
    catalogus: CatalogusRec
    zaaktypen: dict[str, ZaakTypeRec] = field(default_factory=dict)
    statustypen: dict[str, StatusTypeRec] = field(default_factory=dict)
    resultaattypen: dict[str, ResultaatTypeRec] = field(default_factory=dict)
    roltypen: dict[str, RolTypeRec] = field(default_factory=dict)
    informatieobjecttypen: dict[str, InformatieObjectTypeRec] = field(default_factory=dict)
    zaken: dict[str, ZaakRec] = field(default_factory=dict)
    statussen: dict[str, StatusRec] = field(default_factory=dict)
    substatussen: dict[str, SubStatusRec] = field(default_factory=dict)
    rollen: dict[str, RolRec] = field(default_factory=dict)
    resultaten: dict[str, ResultaatRec] = field(default_factory=dict)
    zaakobjecten: dict[str, ZaakObjectRec] = field(default_factory=dict)
    zios: dict[str, ZioRec] = field(default_factory=dict)
    documenten: dict[str, DocumentRec] = field(default_factory=dict)
    zaaktype_by_key: dict[str, str] = field(default_factory=dict)  # key -> zaaktype uuid
    iot_by_key: dict[str, str] = field(default_factory=dict)  # key -> informatieobjecttype uuid


# Which team handles which kind of case (words in the zaaktype omschrijving), for the training
# data's departments; the names match the referral targets in kcc_desk.training.
_DEPARTMENTS = (
    (("parkeer",), "Team Parkeren"),
    (("omgevingsvergunning", "evenementen"), "Team Vergunningen"),
    (("woz", "kwijtschelding", "belasting"), "Team Belastingen"),
    (("wmo", "bijstand"), "Team Wmo"),
    (("openbare ruimte", "afvalcontainer"), "Team Openbare ruimte"),
    (("verhuizing", "paspoort"), "Team Burgerzaken"),
    (("subsidie",), "Team Subsidies"),
)


def department_for(zaaktype: str) -> str:
    lowered = zaaktype.lower()
    for words, name in _DEPARTMENTS:
        if any(word in lowered for word in words):
            return name
    return "Team Dienstverlening"


def new_uuid(rng: random.Random) -> str:
    """A version-4 UUID from ``rng`` (formatted by hand: uuid.UUID is slow for thousands)."""
    n = rng.getrandbits(128)
    n = (n & ~(0xF000 << 64) & ~(0xC000 << 48)) | (0x4000 << 64) | (0x8000 << 48)
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _iso_days(days: int) -> str:
    return f"P{days}D"


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
        self._doc_seq = 0
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
        self._build_catalog()

    # --- catalogue ---------------------------------------------------------------------------

    def _build_catalog(self) -> None:
        data, rng = self.data, self.rng
        for key, (omschrijving, categorie, vertrouwelijk) in INFORMATIEOBJECTTYPE_DEFS.items():
            iot = InformatieObjectTypeRec(new_uuid(rng), omschrijving, categorie, vertrouwelijk)
            data.informatieobjecttypen[iot.uuid] = iot
            data.iot_by_key[key] = iot.uuid
        for number, zdef in enumerate(ZAAKTYPE_DEFS, start=1):
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
                doorlooptijd=_iso_days(zdef.doorlooptijd_days),
                servicenorm=_iso_days(zdef.servicenorm_days) if zdef.servicenorm_days else None,
                opschorting_mogelijk=True,
                verlenging_mogelijk=zdef.verlenging_mogelijk,
                verlengingstermijn=_iso_days(42) if zdef.verlenging_mogelijk else None,
                product_naam=zdef.onderwerp,
                begin_geldigheid=date(2024, 1, 1),
            )
            data.zaaktypen[zt.uuid] = zt
            data.zaaktype_by_key[zdef.key] = zt.uuid
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
                    doorlooptijd=_iso_days(max(sdef.doorlooptijd_days, 1)),
                    is_eindstatus=volgnummer == last,
                    informeren=volgnummer in (1, last) or "informatie" in sdef.omschrijving,
                )
                data.statustypen[st.uuid] = st
                zt.statustype_uuids.append(st.uuid)
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
            for omschrijving, generiek in (
                ("Aanvrager", "initiator"),
                ("Behandelaar", "behandelaar"),
            ):
                rol_type = RolTypeRec(
                    new_uuid(rng), zt.uuid, zt.identificatie, omschrijving, generiek
                )
                data.roltypen[rol_type.uuid] = rol_type
                zt.roltype_uuids.append(rol_type.uuid)
            for iot_key in dict.fromkeys(key for _, key in zdef.documenten):
                iot_uuid = data.iot_by_key[iot_key]
                zt.informatieobjecttype_uuids.append(iot_uuid)
                data.informatieobjecttypen[iot_uuid].zaaktype_uuids.append(zt.uuid)

    # --- cases -------------------------------------------------------------------------------

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
        self._add_initiator(zaak, zt, initiator, status_times[0])
        if stage >= 2 or closed:
            self._add_behandelaar(zaak, zt, status_times[min(1, len(status_times) - 1)])
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
        self._add_documents(
            zaak, zdef, initiator, stage=stage, closed=closed, status_times=status_times
        )
        return zaak

    def _add_initiator(
        self, zaak: ZaakRec, zt: ZaakTypeRec, who: Person | Company, moment: datetime
    ) -> None:
        roltype = self.data.roltypen[zt.roltype_uuids[0]]
        if isinstance(who, Person):
            rol = RolRec(
                uuid=new_uuid(self.rng),
                zaak_uuid=zaak.uuid,
                roltype_uuid=roltype.uuid,
                betrokkene_type="natuurlijk_persoon",
                omschrijving=roltype.omschrijving,
                omschrijving_generiek=roltype.omschrijving_generiek,
                roltoelichting="Aanvrager",
                registratiedatum=moment,
                identificatie={
                    "inpBsn": who.bsn,
                    "anpIdentificatie": "",
                    "inpA_nummer": "",
                    "geslachtsnaam": who.geslachtsnaam,
                    "voorvoegselGeslachtsnaam": who.voorvoegsel,
                    "voorletters": who.voorletters.replace(".", ""),
                    "voornamen": who.voornamen,
                    "geslachtsaanduiding": who.geslacht,
                    "geboortedatum": who.geboortedatum.isoformat(),
                    "verblijfsadres": None,
                    "subVerblijfBuitenland": None,
                },
                bsn=who.bsn,
            )
        else:
            kvk_in_inn = self.data.profile.kvk_in_inn_nnp_id
            rol = RolRec(
                uuid=new_uuid(self.rng),
                zaak_uuid=zaak.uuid,
                roltype_uuid=roltype.uuid,
                betrokkene_type="niet_natuurlijk_persoon",
                omschrijving=roltype.omschrijving,
                omschrijving_generiek=roltype.omschrijving_generiek,
                roltoelichting="Aanvrager (organisatie)",
                registratiedatum=moment,
                identificatie={
                    "innNnpId": who.kvk if kvk_in_inn else who.rsin,
                    "annIdentificatie": "",
                    "kvkNummer": "" if kvk_in_inn else who.kvk,
                    "vestigingsNummer": "" if kvk_in_inn else who.vestigingsnummer,
                    "statutaireNaam": who.naam,
                    "innRechtsvorm": "besloten_vennootschap" if "B.V." in who.naam else "",
                    "bezoekadres": who.address.one_line(),
                    "verblijfsadres": None,
                    "subVerblijfBuitenland": None,
                },
                contactpersoon_naam="Contactpersoon " + who.naam,
                inn_nnp_id=who.kvk if kvk_in_inn else who.rsin,
                kvk="" if kvk_in_inn else who.kvk,
                vestigingsnummer="" if kvk_in_inn else who.vestigingsnummer,
            )
        self.data.rollen[rol.uuid] = rol
        zaak.rol_uuids.append(rol.uuid)

    def _add_behandelaar(self, zaak: ZaakRec, zt: ZaakTypeRec, moment: datetime) -> None:
        roltype = self.data.roltypen[zt.roltype_uuids[1]]
        mdw = self.rng.choice(self.medewerkers)
        rol = RolRec(
            uuid=new_uuid(self.rng),
            zaak_uuid=zaak.uuid,
            roltype_uuid=roltype.uuid,
            betrokkene_type="medewerker",
            omschrijving=roltype.omschrijving,
            omschrijving_generiek=roltype.omschrijving_generiek,
            roltoelichting="Behandelend medewerker",
            registratiedatum=moment,
            identificatie={
                "identificatie": mdw.identificatie,
                "achternaam": mdw.achternaam,
                "voorletters": mdw.voorletters,
                "voorvoegselAchternaam": mdw.voorvoegsel,
            },
            medewerker_id=mdw.identificatie,
        )
        self.data.rollen[rol.uuid] = rol
        zaak.rol_uuids.append(rol.uuid)
        self._add_department(zaak, zt, roltype.uuid, moment)

    def _add_department(
        self, zaak: ZaakRec, zt: ZaakTypeRec, roltype_uuid: str, moment: datetime
    ) -> None:
        """The responsible department as a second behandelaar rol (an organisatorische
        eenheid), so the status card can say who has the case. Derived from the zaak and the
        zaaktype, not from ``rng``: every other generated value stays as it was."""
        roltype = self.data.roltypen[roltype_uuid]
        name = department_for(zt.omschrijving)
        code = "OE-" + "".join(word[0] for word in name.split()[1:]).upper()
        rol = RolRec(
            uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"afdeling:{zaak.uuid}")),
            zaak_uuid=zaak.uuid,
            roltype_uuid=roltype.uuid,
            betrokkene_type="organisatorische_eenheid",
            omschrijving=roltype.omschrijving,
            omschrijving_generiek=roltype.omschrijving_generiek,
            roltoelichting="Verantwoordelijke afdeling",
            registratiedatum=moment,
            identificatie={"identificatie": code, "naam": name, "isGehuisvestIn": ""},
        )
        self.data.rollen[rol.uuid] = rol
        zaak.rol_uuids.append(rol.uuid)

    def _add_documents(
        self,
        zaak: ZaakRec,
        zdef: ZaakTypeDef,
        initiator: Person | Company,
        *,
        stage: int,
        closed: bool,
        status_times: list[datetime],
    ) -> None:
        rng, data = self.rng, self.data
        besluit_reached = closed or any(
            s.omschrijving == "Besluit genomen" for s in zdef.statussen[:stage]
        )
        for position, (titel, iot_key) in enumerate(zdef.documenten):
            if iot_key == "besluit" and not besluit_reached:
                continue
            if position > 0 and iot_key != "besluit" and rng.random() < 0.4:
                continue
            self._doc_seq += 1
            moment = status_times[-1] if iot_key == "besluit" else status_times[0]
            auteur = (
                initiator.naam
                if isinstance(initiator, Company)
                else f"{initiator.voorletters} {initiator.voorvoegsel} {initiator.geslachtsnaam}"
                if iot_key in ("aanvraag", "bijlage")
                else "Gemeente Lindendal"
            ).replace("  ", " ")
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
                identificatie=f"{data.profile.document_prefix}-{moment.year}-{self._doc_seq:07d}",
                bronorganisatie=data.profile.bronorganisatie,
                creatiedatum=moment.date(),
                titel=titel,
                vertrouwelijkheid=level,
                auteur=auteur[:200],
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
