"""Fixed training personas, present for every seed (the rest of the data varies with the seed).

========================  ==================================================================
Persona                   What you find
========================  ==================================================================
BSN 999993653             Zoë van den Berg. Cases in both sources:
(``PERSONA_BSN``)         - source 1: parkeervergunning, *closed* with a resultaat;
                          - source 1: omgevingsvergunning, *overdue* (einddatumGepland in the
                            past, still open, status "In behandeling");
                          - source 2: bijzondere bijstand with *substatussen* (doelgroep
                            betrokkenen and intern), vertrouwelijkheid *vertrouwelijk*,
                            status "Aanvullende informatie gevraagd" (opgeschort);
                          - source 1 *and* source 2: bezwaar WOZ-beschikking with the same
                            identificatie ``PERSONA_SHARED_IDENTIFICATIE`` in both (merge it);
                          - source 2: Wmo-maatwerkvoorziening, vertrouwelijkheid *geheim*.
KVK 69599084              Bakkerij Çelik B.V. Source 1: evenementenvergunning (open) and
(``PERSONA_KVK``)         melding openbare ruimte (closed); source 2: subsidie (open).
                          Source 1 puts the KVK number in ``kvkNummer`` (innNnpId = RSIN);
                          source 2, like some other vendors, puts it in ``innNnpId``.
BSN 999990019             Jeroen Çelik: exactly 20 cases in source 1 over 3 zaaktypen
(``BENCHMARK_BSN_20``)    (parkeervergunning 7, melding openbare ruimte 7, omgevingsvergunning
                          6), in all stages. For benchmarks.
BSN 999990020             Ingrid Müller-de Wit: ``DemoServer(big_caller_cases=N)`` gives her
(``BENCHMARK_BSN_MANY``)  N cases in source 1 (none when N = 0, the default).
========================  ==================================================================

Source 1 numbers cases like ``ZAAK-2026-0001234``; source 2 ("another vendor") like
``BZ 2026/1234`` (a slash and a space: clients must URL-encode).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from kcc_desk.demo.data.cases import SourceBuilder
from kcc_desk.demo.data.model import Company, Person
from kcc_desk.demo.data.persons import make_company, make_person

PERSONA_BSN = "999993653"
PERSONA_KVK = "69599084"
BENCHMARK_BSN_20 = "999990019"
BENCHMARK_BSN_MANY = "999990020"
PERSONA_SHARED_IDENTIFICATIE_FORMAT = "ZAAK-{year}-0004711"

PERSONA_NAME = ("Zoë", "van den", "Berg", "v")
BENCHMARK_20_NAME = ("Jeroen", "", "Çelik", "m")
BENCHMARK_MANY_NAME = ("Ingrid", "", "Müller-de Wit", "v")
PERSONA_COMPANY_NAME = "Bakkerij Çelik B.V."


def shared_identificatie(today: date) -> str:
    """The identificatie of the persona case that exists in both sources."""
    return PERSONA_SHARED_IDENTIFICATIE_FORMAT.format(year=(today - timedelta(days=40)).year)


def make_persona_people(
    rng: random.Random, today: date, taken_bsn: set[str], taken_kvk: set[str]
) -> tuple[list[Person], Company]:
    persons = [
        make_person(rng, today, taken_bsn, PERSONA_BSN, PERSONA_NAME),
        make_person(rng, today, taken_bsn, BENCHMARK_BSN_20, BENCHMARK_20_NAME),
        make_person(rng, today, taken_bsn, BENCHMARK_BSN_MANY, BENCHMARK_MANY_NAME),
    ]
    company = make_company(rng, taken_kvk, PERSONA_KVK, PERSONA_COMPANY_NAME)
    return persons, company


def add_persona_cases(
    builders: list[SourceBuilder],
    persons: dict[str, Person],
    company: Company,
    today: date,
) -> None:
    first = builders[0]
    second = builders[1] if len(builders) > 1 else None
    zoe = persons[PERSONA_BSN]
    first.add_case("parkeervergunning", zoe, closed=True, omschrijving="Parkeervergunning bewoner")
    first.add_case(
        "omgevingsvergunning",
        zoe,
        stage=4,
        closed=False,
        overdue=True,
        omschrijving="Dakkapel aan voorzijde",
    )
    shared_start = today - timedelta(days=40)
    shared_id = shared_identificatie(today)
    first.add_case(
        "bezwaar_woz",
        zoe,
        stage=2,
        closed=False,
        startdatum=shared_start,
        identificatie=shared_id,
        omschrijving="Bezwaar WOZ-waarde woning",
    )
    substatus_host = second or first
    substatus_host.add_case(
        "bijzondere_bijstand",
        zoe,
        stage=2,
        closed=False,
        substatussen=True,
        vertrouwelijkheid="vertrouwelijk",
        omschrijving="Bijzondere bijstand witgoed",
    )
    if second is not None:
        second.add_case(
            "bezwaar_woz",
            zoe,
            stage=2,
            closed=False,
            startdatum=shared_start,
            identificatie=shared_id,
            omschrijving="Bezwaar WOZ-waarde woning",
        )
    substatus_host.add_case(
        "wmo",
        zoe,
        stage=3,
        closed=False,
        vertrouwelijkheid="geheim",
        omschrijving="Huishoudelijke hulp",
    )

    first.add_case("evenementenvergunning", company, stage=2, closed=False, omschrijving="Braderie")
    first.add_case(
        "melding_openbare_ruimte", company, closed=True, omschrijving="Zwerfafval bij container"
    )
    (second or first).add_case(
        "subsidie", company, stage=2, closed=False, omschrijving="Subsidie buurtinitiatief"
    )

    jeroen = persons[BENCHMARK_BSN_20]
    plan = ["parkeervergunning"] * 7 + ["melding_openbare_ruimte"] * 7 + ["omgevingsvergunning"] * 6
    for i, key in enumerate(plan):
        # Cycle through stages so every step of the timeline is represented.
        first.add_case(key, jeroen, closed=i % 3 == 0, stage=1 + i % 3 if i % 3 else None)


def add_big_caller_cases(builder: SourceBuilder, person: Person, count: int) -> None:
    for _ in range(count):
        builder.add_case(builder.pick_zaaktype(), person)
