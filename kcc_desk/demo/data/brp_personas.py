"""Training personas for finding a caller without a BSN (issue 14), fixed for every seed.

========================  ==================================================================
Persona                   What you find
========================  ==================================================================
BSN 999900109, 999900110  Daan de Vries and Dirk Jan de Vries, both born 12 March 1980: search
(``NAMESAKE_BSNS``)       "de Vries 12-3-1980" and pick one from the list. One case each.
BSN 999900122             Fenna Bakker, born 15 June 1972, with **geheimhouding** (BRP
(``SECRET_BSN``)          geheimhoudingPersoonsgegevens). She lives at Lindenhof 12, 3119 LA,
                          with Daan de Vries: "3119 LA 12" finds both. One case.
Zoë van den Berg          (``PERSONA_BSN``) phone 0612345678 and +31612345679, e-mail
                          Zoe.vandenBerg@Voorbeeld.NL in Klantinteracties (stored as given).
999991036, 999993872      Official BRP test persons Frederik Meijden and Peter-Jan van der
                          Meijden (geheimhouding, Goudsesingel 72, 3011 KD): in the demo BRP
                          only, no cases.
========================  ==================================================================

They are added after the seeded data is generated, so the rest of the data set is unchanged.
"""

from __future__ import annotations

from datetime import date

from kcc_desk.demo.data.cases import SourceBuilder
from kcc_desk.demo.data.model import Address, Person
from kcc_desk.demo.data.persons import MUNICIPALITY

NAMESAKE_BSNS = ("999900109", "999900110")
SECRET_BSN = "999900122"  # noqa: S105 - a BSN, not a password
NAMESAKE_BIRTH = date(1980, 3, 12)
PERSONA_PHONES = ("0612345678", "+31612345679")
PERSONA_EMAIL = "Zoe.vandenBerg@Voorbeeld.NL"
RESERVED_BSNS = (*NAMESAKE_BSNS, SECRET_BSN)

_LINDENHOF_12 = Address("Lindenhof", 12, "", "3119 LA", MUNICIPALITY, "1999200000000112")


def make_brp_personas() -> list[Person]:
    return [
        Person(NAMESAKE_BSNS[0], "Daan", "de", "Vries", "m", NAMESAKE_BIRTH, _LINDENHOF_12),
        Person(
            NAMESAKE_BSNS[1],
            "Dirk Jan",
            "de",
            "Vries",
            "m",
            NAMESAKE_BIRTH,
            Address("Molenweg", 7, "a", "3014 MV", MUNICIPALITY, "1999200000000207"),
        ),
        Person(
            SECRET_BSN,
            "Fenna",
            "",
            "Bakker",
            "v",
            date(1972, 6, 15),
            _LINDENHOF_12,
            geheimhouding=True,
        ),
    ]


def make_official_test_persons() -> list[Person]:
    """Two of RvIG's test persons (brp-specs/test-personen.json): same address, geheimhouding."""
    goudsesingel = Address("Goudsesingel", 72, "", "3011 KD", "Rotterdam", "0599200000063526")
    return [
        Person("999991036", "Frederik", "", "Meijden", "m", date(1959, 4, 17), goudsesingel, True),
        Person(
            "999993872",
            "Peter-Jan",
            "van der",
            "Meijden",
            "m",
            date(1959, 4, 17),
            goudsesingel,
            True,
        ),
    ]


def add_brp_persona_cases(first: SourceBuilder, personas: list[Person]) -> None:
    daan, dirk, fenna = personas
    first.add_case(
        "parkeervergunning", daan, stage=2, closed=False, omschrijving="Parkeervergunning"
    )
    first.add_case("afvalcontainer", dirk, stage=1, closed=False, omschrijving="Extra container")
    first.add_case("verhuizing", fenna, stage=2, closed=False, omschrijving="Adreswijziging")
