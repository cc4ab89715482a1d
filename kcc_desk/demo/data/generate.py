"""Generate the complete, deterministic training data set for a seed and a reference date."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from kcc_desk.demo.data.brp_personas import (
    RESERVED_BSNS,
    add_brp_persona_cases,
    make_brp_personas,
    make_official_test_persons,
)
from kcc_desk.demo.data.cases import SourceBuilder
from kcc_desk.demo.data.catalog import ZAAKTYPE_DEFS
from kcc_desk.demo.data.model import Company, Medewerker, Person
from kcc_desk.demo.data.personas import (
    BENCHMARK_BSN_MANY,
    add_big_caller_cases,
    add_persona_cases,
    make_persona_people,
)
from kcc_desk.demo.data.persons import (
    make_company,
    make_elfproef_number,
    make_medewerkers,
    make_person,
)
from kcc_desk.demo.data.source import SourceData, SourceProfile
from kcc_desk.demo.seedtypes import SeedCompany, SeedPerson

N_PERSONS = 300  # besides the personas
N_COMPANIES = 30  # including the persona company

_GENERAL_WEIGHTS = {
    "parkeervergunning": 10,
    "omgevingsvergunning": 8,
    "bezwaar_woz": 5,
    "bijzondere_bijstand": 3,
    "melding_openbare_ruimte": 12,
    "evenementenvergunning": 3,
    "verhuizing": 6,
    "kwijtschelding": 3,
    "reisdocument": 8,
    "subsidie": 3,
    "gehandicaptenparkeerkaart": 2,
    "wmo": 3,
    "afvalcontainer": 6,
}
_SOCIAL_WEIGHTS = {
    "bezwaar_woz": 6,
    "bijzondere_bijstand": 10,
    "kwijtschelding": 10,
    "subsidie": 4,
    "gehandicaptenparkeerkaart": 5,
    "wmo": 10,
    "melding_openbare_ruimte": 1,
}
_COMPANY_KEYS = tuple(z.key for z in ZAAKTYPE_DEFS if z.initiator in ("bedrijf", "beide"))


def source_profile(index: int, rng: random.Random) -> SourceProfile:
    if index == 0:
        return SourceProfile(
            name="Open Zaak (oefen)",
            bronorganisatie="002220647",
            catalogus_domein="LIND",
            zaaknummer_format="ZAAK-{year}-{seq:07d}",
            document_prefix="DOCUMENT",
            zaaktype_prefix="",
            weights=_GENERAL_WEIGHTS,
        )
    if index == 1:
        return SourceProfile(
            name="Sociaal Domein (oefen)",
            bronorganisatie="001005650",
            catalogus_domein="SOC",
            zaaknummer_format="BZ {year}/{seq:04d}",
            document_prefix="SD-DOC",
            zaaktype_prefix="SD-",
            weights=_SOCIAL_WEIGHTS,
            kvk_in_inn_nnp_id=True,
        )
    return SourceProfile(
        name=f"Bron {index + 1} (oefen)",
        bronorganisatie=make_elfproef_number("00", rng),
        catalogus_domein=f"BR{index + 1}",
        zaaknummer_format=f"Z{index + 1}-{{year}}-{{seq:06d}}",
        document_prefix=f"B{index + 1}-DOC",
        zaaktype_prefix=f"B{index + 1}-",
        weights=_GENERAL_WEIGHTS,
    )


@dataclass(slots=True)
class DemoData:
    seed: int
    today: date
    persons: list[Person]
    companies: list[Company]
    medewerkers: list[Medewerker]
    sources: list[SourceData]
    person_by_bsn: dict[str, Person] = field(default_factory=dict)
    # Issue 14's personas (namesakes, geheimhouding): cases and BRP, no Klantinteracties partij
    # (kept apart so the seeded contact history of everyone else stays as it was).
    extra_persons: list[Person] = field(default_factory=list)
    # Only in the demo BRP (official test persons): no cases.
    brp_only_persons: list[Person] = field(default_factory=list)
    company_by_kvk: dict[str, Company] = field(default_factory=dict)

    def seed_persons(self) -> Sequence[SeedPerson]:
        return [p.seed() for p in self.persons]

    def seed_companies(self) -> Sequence[SeedCompany]:
        return [c.seed() for c in self.companies]


def generate_demo_data(
    seed: int, today: date, sources: int = 2, big_caller_cases: int = 0
) -> DemoData:
    """Same ``seed``, ``today`` and arguments give identical data (one ``random.Random``)."""
    if sources < 1:
        raise ValueError("sources must be at least 1")
    rng = random.Random(seed)
    medewerkers = make_medewerkers(rng)
    taken_bsn: set[str] = set()
    taken_kvk: set[str] = set()
    personas, persona_company = make_persona_people(rng, today, taken_bsn, taken_kvk)
    taken_bsn.update(RESERVED_BSNS)
    people = [make_person(rng, today, taken_bsn) for _ in range(N_PERSONS)]
    companies = [persona_company] + [make_company(rng, taken_kvk) for _ in range(N_COMPANIES - 1)]
    builders = [
        SourceBuilder(i, source_profile(i, rng), rng, today, medewerkers) for i in range(sources)
    ]
    persons = personas + people
    person_by_bsn = {p.bsn: p for p in persons}
    add_persona_cases(builders, person_by_bsn, persona_company, today)
    for person in people:
        for index, builder in enumerate(builders):
            count = rng.choice((0, 1, 1, 2, 3) if index == 0 else (0, 0, 1, 1, 2))
            for _ in range(count):
                key = builder.pick_zaaktype()
                builder.add_case(key, person)
    for company in companies[1:]:
        for index, builder in enumerate(builders):
            for _ in range(rng.choice((0, 1, 2) if index == 0 else (0, 1))):
                builder.add_case(builder.pick_zaaktype(_COMPANY_KEYS), company)
    # After the seeded cases, so every case generated above keeps its number and its data
    # (and before the big caller's, which must only add cases).
    extra = make_brp_personas()
    add_brp_persona_cases(builders[0], extra)
    if big_caller_cases:
        add_big_caller_cases(builders[0], person_by_bsn[BENCHMARK_BSN_MANY], big_caller_cases)
    person_by_bsn.update({p.bsn: p for p in extra})
    brp_only = [p for p in make_official_test_persons() if p.bsn not in person_by_bsn]
    return DemoData(
        seed=seed,
        today=today,
        persons=persons,
        companies=companies,
        medewerkers=medewerkers,
        sources=[b.data for b in builders],
        person_by_bsn=person_by_bsn,
        extra_persons=extra,
        brp_only_persons=brp_only,
        company_by_kvk={c.kvk: c for c in companies},
    )
