"""Behaviour of the demo Klantinteracties API beyond the spec: seed data, filters, rules."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from kcc_desk.demo.faults import Fault
from kcc_desk.demo.klantinteracties import KlantinteractiesStore, seed_klantinteracties
from kcc_desk.demo.seedtypes import SeedPerson, SeedZaak
from tests.klantinteracties.harness import PERSONA_BSN, RunningKI, demo_seed


def _big_seed() -> tuple[list[SeedPerson], list[SeedZaak]]:
    persons, zaken, _ = demo_seed()
    rng = random.Random(5)
    for n in range(40):
        bsn = f"{100000009 + n * 11:09d}"  # any nine digits: the seed does not re-check them
        persons.append(SeedPerson(bsn, f"Voornaam{n}", "", f"Achternaam{n}", "A."))
        uuid = f"2d0b7c8e-1111-4a5b-9c6d-{n:012d}"
        zaken.append(
            SeedZaak(
                f"http://127.0.0.1:9/zaken/api/v1/zaken/{uuid}",
                uuid,
                f"ZAAK-2026-{n:07d}",
                rng.choice(("Parkeervergunning", "Melding openbare ruimte", "Wmo-maatwerk")),
                date.today() - timedelta(days=rng.randint(5, 90)),
                True,
                bsn,
                None,
            )
        )
    return persons, zaken


def _dump(store: KlantinteractiesStore) -> dict[str, list[dict[str, object]]]:
    return {
        name: sorted((dict(r) for r in store.all(name)), key=lambda r: str(r["uuid"]))
        for name in ("partijen", "klantcontacten", "internetaken", "actoren", "onderwerpobjecten")
    }


def test_seed_is_deterministic_and_uses_both_zaak_conventions() -> None:
    persons, zaken = _big_seed()
    stores = []
    for _ in range(2):
        store = KlantinteractiesStore()
        seed_klantinteracties(store, random.Random(11), persons, zaken, demo_seed()[2])
        stores.append(store)
    assert _dump(stores[0]) == _dump(stores[1])
    idents = [o["onderwerpobjectidentificator"] for o in stores[0].all("onderwerpobjecten")]
    conventions = {(i["codeObjecttype"], i["codeRegister"]) for i in idents}
    assert conventions == {("zgw-Zaak", "openzaak"), ("zaak", "open-zaak")}
    assert any(i["objectId"].startswith("http") for i in idents)
    assert any(not i["objectId"].startswith("http") for i in idents)
    teams = {
        a["naam"] for a in stores[0].all("actoren") if a["soortActor"] == "organisatorische_eenheid"
    }
    assert {
        "Team Vergunningen",
        "Team Belastingen",
        "Team Wmo",
        "Team Parkeren",
        "Team Openbare ruimte",
    } <= teams
    statuses = {t["status"] for t in stores[0].all("internetaken")}
    assert statuses == {"te_verwerken", "verwerkt"}
    kanalen = {k["kanaal"] for k in stores[0].all("klantcontacten")}
    assert kanalen == {"telefoon", "balie"}


async def test_persona_has_history_with_an_open_referral_from_yesterday(
    ki: RunningKI, http: httpx.AsyncClient
) -> None:
    headers = {"Authorization": f"Token {ki.token}"}
    response = await http.get(
        ki.base_url + "klantcontacten",
        params={
            "hadBetrokkene__wasPartij__partijIdentificator__objectId": PERSONA_BSN,
            "expand": "leiddeTotInterneTaken",
        },
        headers=headers,
    )
    contacts = response.json()["results"]
    assert len(contacts) == 3
    assert contacts[0]["plaatsgevondenOp"] > contacts[-1]["plaatsgevondenOp"]  # newest first
    tasks = [t for kc in contacts for t in kc["_expand"]["leiddeTotInterneTaken"]]
    open_tasks = [t for t in tasks if t["status"] == "te_verwerken"]
    assert len(open_tasks) == 1
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    assert open_tasks[0]["toegewezenOp"].startswith(yesterday)
    assert all(kc["hadBetrokkenActoren"][0]["soortActor"] == "medewerker" for kc in contacts)


async def test_filters(ki: RunningKI, http: httpx.AsyncClient) -> None:
    headers = {"Authorization": f"Token {ki.token}"}

    async def results(resource: str, **params: str) -> list[dict[str, Any]]:
        response = await http.get(ki.base_url + resource, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    teams = await results("actoren", soortActor="organisatorische_eenheid")
    active = await results("actoren", soortActor="organisatorische_eenheid", indicatieActief="true")
    assert len(active) == len(teams) - 1  # one disbanded team
    verg = await results("actoren", actoridentificatorObjectId="VERG")
    assert [a["naam"] for a in verg] == ["Team Vergunningen"]
    open_tasks = await results("internetaken", status="te_verwerken")
    assert open_tasks
    actor = open_tasks[0]["toegewezenAanActoren"][0]
    by_actor = await results(
        "internetaken", status="te_verwerken", toegewezenAanActor__uuid=actor["uuid"]
    )
    assert open_tasks[0]["uuid"] in {t["uuid"] for t in by_actor}
    naam = next(a["naam"] for a in teams if a["uuid"] == actor["uuid"])
    assert await results("internetaken", actoren__naam=naam)
    partijen = await results(
        "partijen",
        partijIdentificator__codeSoortObjectId="bsn",
        partijIdentificator__objectId=PERSONA_BSN,
    )
    assert len(partijen) == 1
    assert partijen[0]["partijIdentificatie"]["volledigeNaam"] == "Jan Jansen"
    kc = open_tasks[0]["aanleidinggevendKlantcontact"]["uuid"]
    betrokkenen = await results("betrokkenen", hadKlantcontact__uuid=kc)
    assert len(betrokkenen) == 1
    register_new = await results(
        "klantcontacten", onderwerpobject__onderwerpobjectidentificatorCodeRegister="openzaak"
    )
    register_old = await results(
        "klantcontacten", onderwerpobject__onderwerpobjectidentificatorCodeRegister="open-zaak"
    )
    assert not {k["uuid"] for k in register_new} & {k["uuid"] for k in register_old}
    assert await results("klantcontacten", referentienummer="GEEN") == []


async def test_rules_beyond_the_schema(ki: RunningKI, http: httpx.AsyncClient) -> None:
    headers = {"Authorization": f"Token {ki.token}"}

    async def post(resource: str, body: dict[str, object]) -> httpx.Response:
        return await http.post(ki.base_url + resource, json=body, headers=headers)

    partij = (await post("partijen", {"soortPartij": "persoon", "indicatieActief": True})).json()
    bad_bsn = await post(
        "partij-identificatoren",
        {
            "identificeerdePartij": {"uuid": partij["uuid"]},
            "partijIdentificator": {
                "codeObjecttype": "natuurlijk_persoon",
                "codeSoortObjectId": "bsn",
                "objectId": "123456789",
                "codeRegister": "brp",
            },
        },
    )
    assert bad_bsn.status_code == 400
    assert bad_bsn.json()["invalidParams"][0]["name"] == "partijIdentificator.objectId"
    kc = (
        await post(
            "klantcontacten",
            {"kanaal": "telefoon", "onderwerp": "x", "taal": "nld", "vertrouwelijk": False},
        )
    ).json()
    actor = next(a for a in ki.store.all("actoren"))["uuid"]
    both = await post(
        "internetaken",
        {
            "aanleidinggevendKlantcontact": {"uuid": kc["uuid"]},
            "gevraagdeHandeling": "x",
            "status": "te_verwerken",
            "toegewezenAanActor": {"uuid": actor},
            "toegewezenAanActoren": [{"uuid": actor}],
        },
    )
    assert both.status_code == 400
    early = await post(
        "internetaken",
        {
            "aanleidinggevendKlantcontact": {"uuid": kc["uuid"]},
            "gevraagdeHandeling": "x",
            "status": "te_verwerken",
            "toegewezenAanActoren": [{"uuid": actor}],
            "afgehandeldOp": "2026-11-29T09:00:00Z",
        },
    )
    assert early.status_code == 400
    assert early.json()["invalidParams"][0]["name"] == "afgehandeldOp"


async def test_fault_middleware_applies(ki: RunningKI, http: httpx.AsyncClient) -> None:
    headers = {"Authorization": f"Token {ki.token}"}
    ki.faults.fault = Fault.HTTP_500
    assert (await http.get(ki.base_url + "actoren", headers=headers)).status_code == 500
    ki.faults.fault = Fault.UNAUTHORIZED_401
    assert (await http.get(ki.base_url + "actoren", headers=headers)).status_code == 401
    ki.faults.fault = None
    assert (await http.get(ki.base_url + "actoren", headers=headers)).status_code == 200
