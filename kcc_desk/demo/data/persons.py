"""Synthetic inhabitants, companies and staff of the fictional municipality Lindendal.

Every BSN is in the BRP test range 9999xxxxx and passes the elfproef; names are the mix a Dutch
municipality really has, including diacritics and compound surnames, so that the client's display
and search are exercised with them.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from kcc_desk.demo.data.model import Address, Company, Medewerker, Person

MUNICIPALITY = "Lindendal"
MUNICIPALITY_CODE = "1999"  # not a real CBS code

STREETS: tuple[str, ...] = (
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsweg",
    "Julianastraat",
    "Beatrixlaan",
    "Hoofdstraat",
    "Schoolstraat",
    "Wilhelminastraat",
    "Sportlaan",
    "Eikenlaan",
    "Berkenlaan",
    "Prins Bernhardlaan",
    "Van Goghstraat",
    "Rembrandtlaan",
    "Marktplein",
    "Havenkade",
    "Lindenhof",
    "Esdoornstraat",
    "Oranjesingel",
    "Tulpstraat",
    "Zuiderdijk",
    "Noorderweg",
    "Burgemeester de Jonghlaan",
    "Sint Jozefstraat",
    "Ambachtsweg",
    "Vlierbes",
    "Het Hoogt",
)

FIRST_NAMES_V: tuple[str, ...] = (
    "Zoë",
    "Anna",
    "Emma",
    "Sophie",
    "Fatima",
    "Ingrid",
    "Chloë",
    "Renée",
    "Désirée",
    "Hélène",
    "Anaïs",
    "Maria",
    "Julia",
    "Saskia",
    "Gülsen",
    "Çağla",
    "Yasmina",
    "Noor",
    "Lotte",
    "Fenna",
    "Marieke",
    "Agnieszka",
    "Mei",
    "Aïcha",
    "Esther",
    "Wilhelmina",
    "Petra",
    "Ilse",
    "Myrthe",
)
FIRST_NAMES_M: tuple[str, ...] = (
    "Jeroen",
    "Jan",
    "Pieter",
    "Mohamed",
    "Noël",
    "Joël",
    "Raphaël",
    "José",
    "Mevlüt",
    "Ömer",
    "Daan",
    "Sem",
    "Bram",
    "Thijs",
    "Kees",
    "Hendrik",
    "Youssef",
    "Piotr",
    "Duc",
    "Stijn",
    "Gerrit",
    "Ahmet",
    "René",
    "André",
    "Maarten",
    "Wouter",
    "Luuk",
    "Jörg",
    "Siebe",
)
# (voorvoegsel, geslachtsnaam)
SURNAMES: tuple[tuple[str, str], ...] = (
    ("van den", "Berg"),
    ("", "Çelik"),
    ("", "Müller-de Wit"),
    ("de", "Vries"),
    ("", "Jansen"),
    ("", "Bakker"),
    ("", "Yılmaz"),
    ("", "El Amrani"),
    ("", "Nguyễn"),
    ("", "Öztürk"),
    ("", "Janssen"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Dijk"),
    ("van der", "Linden"),
    ("", "Kaya"),
    ("", "Şahin"),
    ("", "Doğan"),
    ("", "Boukhari"),
    ("", "Pérez"),
    ("", "Kowalski"),
    ("", "Dijkstra"),
    ("", "Brouwer"),
    ("'t", "Hart"),
    ("van", "Beek"),
    ("", "Sánchez-Bos"),
    ("ter", "Horst"),
    ("", "Ouédraogo"),
    ("", "Wiśniewski"),
    ("van 't", "Hof"),
    ("", "Koç"),
    ("", "Bouzid"),
)

COMPANY_NAMES: tuple[str, ...] = (
    "Bakkerij Çelik",
    "Bouwbedrijf Van den Berg",
    "Café De Linde",
    "Stichting Buurtkracht",
    "Installatiebedrijf Müller",
    "Kapsalon Zoë",
    "Transport Öztürk",
    "Hoveniersbedrijf De Groen",
    "Restaurant Saïgon",
    "Garage Dijkstra",
    "Sportvereniging Lindendal",
    "Fietsenmaker Bos",
    "Bloemenhuis Renée",
    "Schildersbedrijf Smit",
    "Supermarkt Kaya",
    "Drukkerij Het Hoogt",
    "Evenementenbureau Feest!",
    "Dansschool Pérez",
    "Loodgieter Visser",
    "Slagerij Mulder",
    "Zorgboerderij De Eik",
    "Speeltuinvereniging Oranje",
    "Ijssalon Venezia",
    "Autorijschool Kees",
    "Tandartspraktijk Lindenhof",
    "Architectenbureau Noord",
    "Koffiebranderij Doğan",
    "Timmerbedrijf Peters",
    "Boekhandel De Vries",
    "Wasserette Schoon",
)
LEGAL_FORMS: tuple[str, ...] = (" B.V.", " V.O.F.", "", " B.V.", "")


def elfproef_ok(number: str) -> bool:
    """The 11-proef shared by BSN and RSIN (weights 9..2, last digit -1)."""
    if len(number) != 9 or not number.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def make_elfproef_number(prefix: str, rng: random.Random) -> str:
    """A 9-digit number starting with ``prefix`` whose last digit makes the 11-proef pass."""
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(8 - len(prefix)))
        weights = (9, 8, 7, 6, 5, 4, 3, 2)
        check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if check < 10:
            candidate = body + str(check)
            if elfproef_ok(candidate):
                return candidate


def make_address(rng: random.Random, street: str | None = None) -> Address:
    straat = street or rng.choice(STREETS)
    huisnummer = rng.randint(1, 180)
    huisletter = rng.choice(("", "", "", "", "a", "b"))
    digits = 3000 + STREETS.index(straat) * 7 + rng.randrange(5) if straat in STREETS else 3999
    letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    bag_id = MUNICIPALITY_CODE + "20" + "".join(str(rng.randrange(10)) for _ in range(10))
    return Address(straat, huisnummer, huisletter, f"{digits} {letters}", MUNICIPALITY, bag_id)


def make_person(
    rng: random.Random,
    today: date,
    taken: set[str],
    bsn: str | None = None,
    name: tuple[str, str, str, str] | None = None,
) -> Person:
    """One inhabitant; ``name`` is (voornamen, voorvoegsel, geslachtsnaam, geslacht)."""
    if bsn is None:
        bsn = make_elfproef_number("9999", rng)
        while bsn in taken:
            bsn = make_elfproef_number("9999", rng)
    taken.add(bsn)
    if name is None:
        geslacht = rng.choice(("m", "v"))
        pool = FIRST_NAMES_M if geslacht == "m" else FIRST_NAMES_V
        voornamen = rng.choice(pool)
        if rng.random() < 0.4:
            voornamen += " " + rng.choice(pool)
        voorvoegsel, geslachtsnaam = rng.choice(SURNAMES)
        name = (voornamen, voorvoegsel, geslachtsnaam, geslacht)
    age_days = rng.randint(18 * 365, 92 * 365)
    return Person(
        bsn=bsn,
        voornamen=name[0],
        voorvoegsel=name[1],
        geslachtsnaam=name[2],
        geslacht=name[3],
        geboortedatum=today - timedelta(days=age_days),
        address=make_address(rng),
    )


def make_company(
    rng: random.Random, taken_kvk: set[str], kvk: str | None = None, naam: str | None = None
) -> Company:
    if kvk is None:
        kvk = f"{rng.randint(10_000_000, 99_999_999)}"
        while kvk in taken_kvk:
            kvk = f"{rng.randint(10_000_000, 99_999_999)}"
    taken_kvk.add(kvk)
    if naam is None:
        naam = rng.choice(COMPANY_NAMES) + rng.choice(LEGAL_FORMS)
    return Company(
        kvk=kvk,
        rsin=make_elfproef_number("8", rng),
        vestigingsnummer="0000" + "".join(str(rng.randrange(10)) for _ in range(8)),
        naam=naam,
        address=make_address(rng),
    )


def make_medewerkers(rng: random.Random) -> list[Medewerker]:
    staff: list[Medewerker] = []
    for i, (voorletters, voorvoegsel, achternaam) in enumerate(
        (
            ("P.", "de", "Vries"),
            ("A.", "", "Bakker"),
            ("S.", "", "Yılmaz"),
            ("M.J.", "van", "Dijk"),
            ("E.", "", "Boukhari"),
            ("H.", "ter", "Horst"),
            ("L.", "", "Meijer"),
            ("R.", "", "Kowalski"),
            ("T.", "", "Nguyễn"),
            ("K.", "van der", "Linden"),
        )
    ):
        login = f"{voorletters.replace('.', '').lower()}.{achternaam.lower()}"
        staff.append(Medewerker(f"mdw{100 + i}-{login}"[:40], voorletters, voorvoegsel, achternaam))
    rng.shuffle(staff)
    return staff
