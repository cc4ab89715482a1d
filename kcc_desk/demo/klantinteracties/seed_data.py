"""The made-up people, teams, questions and referral reasons the demo Klantinteracties is seeded
with (no real person: names and numbers are synthetic)."""

from __future__ import annotations

PERSONA_BSN = "999993653"

MEDEWERKERS: tuple[tuple[str, str, str], ...] = (
    # naam, gebruikersnaam, functie
    ("Petra de Vries", "pdevries", "KCC-medewerker"),
    ("Jan Bakker", "jbakker", "KCC-medewerker"),
    ("Fatima El Amrani", "felamrani", "KCC-medewerker"),
    ("Sanne Visser", "svisser", "Teamleider KCC"),
    ("Mehmet Yilmaz", "myilmaz", "KCC-medewerker"),
    ("Kees van Dijk", "kvandijk", "Vergunningverlener"),
    ("Anouk Jansen", "ajansen", "Consulent Wmo"),
    ("Ruud Smit", "rsmit", "Medewerker belastingen"),
)

TEAMS: tuple[tuple[str, str, str, bool], ...] = (
    # naam, code, omschrijving, actief
    ("Team Vergunningen", "VERG", "Afdeling Vergunningen, Toezicht en Handhaving", True),
    ("Team Belastingen", "BELA", "Gemeentelijke belastingen en WOZ", True),
    ("Team Wmo", "WMO", "Wet maatschappelijke ondersteuning", True),
    ("Team Parkeren", "PARK", "Parkeervergunningen en -handhaving", True),
    ("Team Openbare ruimte", "OPR", "Meldingen openbare ruimte", True),
    ("Team Burgerzaken (tot 2025)", "BZOUD", "Opgeheven; taken naar Team Burgerzaken", False),
)

# zaaktype keyword -> team code
TEAM_FOR_KEYWORD: tuple[tuple[str, str], ...] = (
    ("parkeer", "PARK"),
    ("vergunning", "VERG"),
    ("omgeving", "VERG"),
    ("bouw", "VERG"),
    ("belasting", "BELA"),
    ("woz", "BELA"),
    ("bezwaar", "BELA"),
    ("wmo", "WMO"),
    ("hulp", "WMO"),
    ("zorg", "WMO"),
    ("melding", "OPR"),
    ("openbare", "OPR"),
)

QUESTIONS: tuple[tuple[str, str], ...] = (
    (
        "Vraag over status {zt}",
        "Inwoner vroeg hoe ver de behandeling van zaak {id} is. Status en verwachte termijn "
        "uitgelegd.",
    ),
    (
        "Wanneer besluit {zt}?",
        "Inwoner wil weten wanneer het besluit op zaak {id} komt. Uiterlijke datum genoemd.",
    ),
    (
        "Aanvullende stukken {zt}",
        "Inwoner vroeg welke stukken nog ontbreken voor zaak {id}. Uitgelegd hoe hij ze "
        "digitaal aanlevert.",
    ),
    (
        "Adreswijziging doorgegeven",
        "Inwoner meldde een nieuw correspondentieadres; verwezen naar Mijn Gemeente.",
    ),
    (
        "Klacht over doorlooptijd {zt}",
        "Inwoner is ontevreden over hoe lang zaak {id} duurt. Excuses gemaakt en uitgelegd.",
    ),
)

REFERRALS: tuple[str, ...] = (
    "Terugbellen over de status van de aanvraag",
    "Inwoner terugbellen over ontbrekende stukken",
    "Graag contact opnemen over de klacht",
    "Terugbellen over de verwachte besluitdatum",
)
