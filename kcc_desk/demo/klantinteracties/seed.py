"""Earlier contacts for the demo callers: klantcontacten, betrokkenen, onderwerpobjecten,
actoren and interne taken that look like a few months of a municipal contact centre's work.

Everything is drawn from the caller-supplied ``random.Random`` (uuids included), so the same
seed gives the same data; dates are relative to today, because "yesterday" must stay yesterday
in a training session.
"""

from __future__ import annotations

import random
import uuid as uuid_mod
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from kcc_desk.demo.data.brp_personas import PERSONA_EMAIL, PERSONA_PHONES
from kcc_desk.demo.klantinteracties.seed_data import (
    MEDEWERKERS,
    PERSONA_BSN,
    QUESTIONS,
    REFERRALS,
    TEAM_FOR_KEYWORD,
    TEAMS,
)
from kcc_desk.demo.klantinteracties.store import JsonDict, KlantinteractiesStore, format_datetime
from kcc_desk.demo.seedtypes import SeedCompany, SeedPerson, SeedZaak


def _uuid(rng: random.Random) -> str:
    return str(uuid_mod.UUID(int=rng.getrandbits(128), version=4))


def _at(day: date, rng: random.Random) -> str:
    moment = datetime.combine(day, time(rng.randint(8, 16), rng.choice((0, 15, 30, 45))), UTC)
    return format_datetime(moment)


def _team_for(zaaktype: str, rng: random.Random) -> str:
    lowered = zaaktype.lower()
    for keyword, code in TEAM_FOR_KEYWORD:
        if keyword in lowered:
            return code
    return rng.choice([code for _, code, _, active in TEAMS if active])


def _contactnaam(person: SeedPerson) -> JsonDict:
    return {
        "voorletters": person.voorletters[:10],
        "voornaam": person.voornaam,
        "voorvoegselAchternaam": person.voorvoegsel_achternaam[:10],
        "achternaam": person.achternaam,
    }


def _zaak_identificator(zaak: SeedZaak, rng: random.Random) -> JsonDict:
    """Both conventions seen in practice: KISS (``zgw-Zaak``/``openzaak``) and the older
    ``zaak``/``open-zaak``; the object id is the zaak's uuid or its URL."""
    if rng.random() < 0.6:
        by_url = rng.random() < 0.3
        return {
            "objectId": zaak.url if by_url else zaak.uuid,
            "codeObjecttype": "zgw-Zaak",
            "codeRegister": "openzaak",
            "codeSoortObjectId": "url" if by_url else "uuid",
        }
    by_uuid = rng.random() < 0.5
    return {
        "objectId": zaak.uuid if by_uuid else zaak.url,
        "codeObjecttype": "zaak",
        "codeRegister": "open-zaak",
        "codeSoortObjectId": "uuid" if by_uuid else "url",
    }


class _Seeder:
    def __init__(self, store: KlantinteractiesStore, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
        self.today = datetime.now(UTC).date()
        self.medewerkers: list[str] = []
        self.teams: dict[str, str] = {}

    def actors(self) -> None:
        for index, (naam, login, functie) in enumerate(MEDEWERKERS):
            record = {
                "naam": naam,
                "soortActor": "medewerker",
                "indicatieActief": True,
                "actoridentificator": {
                    "objectId": login,
                    "codeObjecttype": "mdw",
                    "codeRegister": "msei",
                    "codeSoortObjectId": "gebruikersnaam",
                },
                "actorIdentificatie": {
                    "functie": functie,
                    "emailadres": f"{login}@gemeente.example",
                    "telefoonnummer": f"02012345{index:02d}",
                },
            }
            self.medewerkers.append(self.store.add("actoren", record, _uuid(self.rng)))
        for naam, code, omschrijving, active in TEAMS:
            record = {
                "naam": naam,
                "soortActor": "organisatorische_eenheid",
                "indicatieActief": active,
                "actoridentificator": {
                    "objectId": code,
                    "codeObjecttype": "afd",
                    "codeRegister": "obj",
                    "codeSoortObjectId": "idf",
                },
                "actorIdentificatie": {
                    "omschrijving": omschrijving,
                    "emailadres": f"{code.lower()}@gemeente.example",
                    "faxnummer": "",
                    "telefoonnummer": "0207654321",
                },
            }
            self.teams[code] = self.store.add("actoren", record, _uuid(self.rng))

    def partij_for_person(self, person: SeedPerson) -> str:
        partij = self.store.add(
            "partijen",
            {
                "soortPartij": "persoon",
                "indicatieActief": True,
                "indicatieGeheimhouding": False,
                "voorkeurstaal": "nld",
                "partijIdentificatie": {"contactnaam": _contactnaam(person)},
            },
            _uuid(self.rng),
        )
        self.store.add(
            "partij-identificatoren",
            {
                "identificeerdePartij": partij,
                "anderePartijIdentificator": "",
                "partijIdentificator": {
                    "codeObjecttype": "natuurlijk_persoon",
                    "codeSoortObjectId": "bsn",
                    "objectId": person.bsn,
                    "codeRegister": "brp",
                },
            },
            _uuid(self.rng),
        )
        return partij

    def partij_for_company(self, company: SeedCompany) -> str:
        partij = self.store.add(
            "partijen",
            {
                "soortPartij": "organisatie",
                "indicatieActief": True,
                "indicatieGeheimhouding": False,
                "voorkeurstaal": "nld",
                "partijIdentificatie": {"naam": company.naam[:200]},
            },
            _uuid(self.rng),
        )
        self.store.add(
            "partij-identificatoren",
            {
                "identificeerdePartij": partij,
                "anderePartijIdentificator": "",
                "partijIdentificator": {
                    "codeObjecttype": "niet_natuurlijk_persoon",
                    "codeSoortObjectId": "kvk_nummer",
                    "objectId": company.kvk,
                    "codeRegister": "hr",
                },
            },
            _uuid(self.rng),
        )
        return partij

    def contact(
        self,
        *,
        partij: str,
        zaak: SeedZaak | None,
        day: date,
        contactnaam: JsonDict | None = None,
        organisatienaam: str = "",
        referral: str | None = None,  # None, "open" or "closed"
        question: int | None = None,
    ) -> str:
        rng = self.rng
        zt = zaak.zaaktype_omschrijving.lower() if zaak else "aanvraag"
        ident = zaak.identificatie if zaak else "onbekend"
        onderwerp, inhoud = QUESTIONS[
            question if question is not None else rng.randrange(len(QUESTIONS))
        ]
        when = _at(day, rng)
        kc = self.store.add(
            "klantcontacten",
            {
                "nummer": None,
                "referentienummer": None,
                "kanaal": rng.choice(("telefoon", "telefoon", "telefoon", "balie")),
                "onderwerp": onderwerp.format(zt=zt)[:200],
                "inhoud": inhoud.format(id=ident)[:1000],
                "reactie": "",
                "indicatieContactGelukt": rng.random() < 0.9,
                "hoofdOnderwerpType": "",
                "verdereActieOndernomen": referral is not None,
                "taal": "nld",
                "vertrouwelijk": False,
                "plaatsgevondenOp": when,
                "metadata": {},
            },
            _uuid(rng),
        )
        self.store.add(
            "betrokkenen",
            {
                "wasPartij": partij,
                "hadKlantcontact": kc,
                "contactnaam": contactnaam,
                "rol": "klant",
                "organisatienaam": organisatienaam,
                "initiator": True,
            },
            _uuid(rng),
        )
        if zaak is not None:
            self.store.add(
                "onderwerpobjecten",
                {
                    "klantcontact": kc,
                    "wasKlantcontact": None,
                    "onderwerpobjectidentificator": _zaak_identificator(zaak, rng),
                },
                _uuid(rng),
            )
        self.store.add(
            "actorklantcontacten",
            {"actor": rng.choice(self.medewerkers[:5]), "klantcontact": kc},
            _uuid(rng),
        )
        if referral is not None:
            team = self.teams[_team_for(zaak.zaaktype_omschrijving if zaak else "", rng)]
            closed = referral == "closed"
            afgehandeld = (
                format_datetime(
                    datetime.fromisoformat(when.replace("Z", "+00:00")) + timedelta(days=2)
                )
                if closed
                else None
            )
            self.store.add(
                "internetaken",
                {
                    "nummer": None,
                    "referentienummer": None,
                    "gevraagdeHandeling": rng.choice(REFERRALS),
                    "aanleidinggevendKlantcontact": kc,
                    "toegewezenAanActoren": [team],
                    "toelichting": "Inwoner is overdag bereikbaar op het bekende telefoonnummer.",
                    "status": "verwerkt" if closed else "te_verwerken",
                    "toegewezenOp": when,
                    "afgehandeldOp": afgehandeld,
                },
                _uuid(rng),
            )
        return kc


def seed_klantinteracties(
    store: KlantinteractiesStore,
    rng: random.Random,
    persons: Sequence[SeedPerson],
    zaken: Sequence[SeedZaak],
    companies: Sequence[SeedCompany],
) -> None:
    """Fill ``store`` with actors, partijen and earlier contacts for ``persons``/``companies``."""
    seeder = _Seeder(store, rng)
    persona_partij = ""
    seeder.actors()
    today = seeder.today
    by_bsn: dict[str, list[SeedZaak]] = {}
    by_kvk: dict[str, list[SeedZaak]] = {}
    for item in zaken:
        if item.initiator_bsn:
            by_bsn.setdefault(item.initiator_bsn, []).append(item)
        if item.initiator_kvk:
            by_kvk.setdefault(item.initiator_kvk, []).append(item)

    for person in persons:
        partij = seeder.partij_for_person(person)
        own = sorted(by_bsn.get(person.bsn, []), key=lambda z: z.startdatum)
        naam = _contactnaam(person)
        if person.bsn == PERSONA_BSN:
            _seed_persona(seeder, partij, own, naam, today)
            persona_partij = partij
            continue
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            zaak: SeedZaak | None = rng.choice(own) if own and rng.random() < 0.85 else None
            start = zaak.startdatum if zaak else today - timedelta(days=120)
            span = max(1, (today - start).days)
            day = start + timedelta(days=rng.randrange(span))
            referral = None
            if rng.random() < 0.3:
                referral = "open" if (today - day).days < 10 and rng.random() < 0.7 else "closed"
            seeder.contact(partij=partij, zaak=zaak, day=day, contactnaam=naam, referral=referral)

    for company in companies:
        partij = seeder.partij_for_company(company)
        own = by_kvk.get(company.kvk, [])
        if own and rng.random() < 0.6:
            company_zaak = rng.choice(own)
            span = max(1, (today - company_zaak.startdatum).days)
            seeder.contact(
                partij=partij,
                zaak=company_zaak,
                day=company_zaak.startdatum + timedelta(days=rng.randrange(span)),
                organisatienaam=company.naam[:200],
                referral="closed" if rng.random() < 0.3 else None,
            )

    if persona_partij:
        _seed_digitale_adressen(store, persona_partij)


def _seed_digitale_adressen(store: KlantinteractiesStore, partij: str) -> None:
    """The persona's phone numbers and e-mail, as another client stored them: in two notations
    and in mixed case (issue 14). Fixed uuids, so the seeded data before this is unchanged."""
    for index, (soort, adres, omschrijving) in enumerate(
        [
            ("telefoonnummer", PERSONA_PHONES[0], "mobiel"),
            ("telefoonnummer", PERSONA_PHONES[1], "werk"),
            ("email", PERSONA_EMAIL, "privé"),
        ]
    ):
        store.add(
            "digitaleadressen",
            {
                "verstrektDoorPartij": partij,
                "verstrektDoorBetrokkene": None,
                "adres": adres,
                "soortDigitaalAdres": soort,
                "isStandaardAdres": index != 1,
                "omschrijving": omschrijving,
                "referentie": "",
            },
            str(uuid_mod.uuid5(uuid_mod.NAMESPACE_URL, f"kcc-desk-demo/digitaal-adres/{index}")),
        )


def _seed_persona(
    seeder: _Seeder, partij: str, own: list[SeedZaak], naam: JsonDict, today: date
) -> None:
    """The training persona: a clear history the trainer can point at, ending with an open
    referral (callback) logged yesterday."""
    open_zaken = [z for z in own if z.is_open] or own
    first = own[0] if own else None
    latest = open_zaken[-1] if open_zaken else None
    seeder.contact(
        partij=partij,
        zaak=first,
        day=today - timedelta(days=42),
        contactnaam=naam,
        question=0,
    )
    seeder.contact(
        partij=partij,
        zaak=latest,
        day=today - timedelta(days=16),
        contactnaam=naam,
        referral="closed",
        question=2,
    )
    seeder.contact(
        partij=partij,
        zaak=latest,
        day=today - timedelta(days=1),
        contactnaam=naam,
        referral="open",
        question=1,
    )
