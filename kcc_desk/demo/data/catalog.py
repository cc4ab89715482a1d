"""The zaaktypen a KCC is asked about, with their steps in plain Dutch (B1).

Each definition is static; ``cases.py`` gives every source its own copy with fresh UUIDs. The
``statustekst`` is what the agent may read out to the caller, so it is written for citizens.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatusDef:
    omschrijving: str
    statustekst: str
    doorlooptijd_days: int  # typical time from the previous step to this one


@dataclass(frozen=True, slots=True)
class ResultaatDef:
    omschrijving: str  # max 30 characters (ResultaatType.omschrijving)
    generiek: str
    toelichting: str


@dataclass(frozen=True, slots=True)
class ZaakTypeDef:
    key: str
    code: str
    omschrijving: str
    onderwerp: str
    doel: str
    handeling_initiator: str
    doorlooptijd_days: int
    vertrouwelijkheid: str
    statussen: tuple[StatusDef, ...]
    resultaten: tuple[ResultaatDef, ...]
    initiator: str  # "persoon", "bedrijf" or "beide"
    object_kind: str | None  # "woonadres" (the caller's address), "openbare_ruimte" or None
    documenten: tuple[tuple[str, str], ...]  # (titel, informatieobjecttype key)
    omschrijvingen: tuple[str, ...]  # case descriptions to pick from
    servicenorm_days: int | None = None
    verlenging_mogelijk: bool = False


_REG = StatusDef(
    "Geregistreerd",
    "We hebben uw aanvraag ontvangen en geregistreerd. U krijgt binnen een week bericht.",
    0,
)
_REG_MELDING = StatusDef(
    "Geregistreerd", "We hebben uw melding ontvangen. Dank u wel voor het doorgeven.", 0
)
_AANV_INFO = StatusDef(
    "Aanvullende informatie gevraagd",
    "We hebben meer informatie van u nodig. U heeft hierover een brief gekregen. "
    "Stuur de gevraagde stukken binnen 14 dagen op.",
    7,
)
_BESLUIT = StatusDef(
    "Besluit genomen",
    "Er is een besluit genomen. U krijgt de beslissing binnen enkele dagen per post of in uw "
    "Berichtenbox.",
    14,
)
_AFGEROND = StatusDef("Afgerond", "Uw aanvraag is afgehandeld. U heeft de beslissing ontvangen.", 3)

_VERLEEND = ResultaatDef("Verleend", "Toegekend", "De aanvraag is toegekend.")
_GEWEIGERD = ResultaatDef("Geweigerd", "Afgewezen", "De aanvraag is afgewezen.")
_INGETROKKEN = ResultaatDef(
    "Ingetrokken", "Ingetrokken", "De aanvrager heeft de aanvraag ingetrokken."
)

ZAAKTYPE_DEFS: tuple[ZaakTypeDef, ...] = (
    ZaakTypeDef(
        key="parkeervergunning",
        code="PARKEERVERG",
        omschrijving="Aanvraag parkeervergunning bewoners",
        onderwerp="Parkeervergunning",
        doel="Het verlenen van een parkeervergunning aan een bewoner.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=28,
        vertrouwelijkheid="openbaar",
        statussen=(
            _REG,
            StatusDef(
                "Geaccepteerd",
                "Uw aanvraag is compleet. We controleren nu uw kenteken en adres.",
                3,
            ),
            StatusDef(
                "In behandeling",
                "Een medewerker beoordeelt uw aanvraag. Er is plek op de wachtlijst van uw wijk.",
                10,
            ),
            _AFGEROND,
        ),
        resultaten=(_VERLEEND, _GEWEIGERD, _INGETROKKEN),
        initiator="persoon",
        object_kind="woonadres",
        documenten=(
            ("Aanvraagformulier parkeervergunning", "aanvraag"),
            ("Kentekenbewijs", "bijlage"),
        ),
        omschrijvingen=(
            "Parkeervergunning bewoner",
            "Parkeervergunning tweede auto",
            "Bezoekersvergunning",
        ),
    ),
    ZaakTypeDef(
        key="omgevingsvergunning",
        code="OMGVERG",
        omschrijving="Aanvraag omgevingsvergunning",
        onderwerp="Omgevingsvergunning",
        doel="Beslissen op een aanvraag voor een omgevingsvergunning (bouwen, verbouwen, kappen).",
        handeling_initiator="aanvragen",
        doorlooptijd_days=56,
        vertrouwelijkheid="openbaar",
        statussen=(
            _REG,
            StatusDef(
                "Ontvankelijk",
                "Uw aanvraag is compleet en wordt inhoudelijk bekeken.",
                7,
            ),
            _AANV_INFO,
            StatusDef(
                "In behandeling",
                "Uw aanvraag wordt getoetst aan het omgevingsplan. Soms vragen we advies aan de "
                "welstandscommissie.",
                21,
            ),
            _BESLUIT,
            StatusDef(
                "Afgerond",
                "Uw aanvraag is afgehandeld. Het besluit is gepubliceerd; bezwaar maken kan binnen "
                "6 weken.",
                3,
            ),
        ),
        resultaten=(
            _VERLEEND,
            _GEWEIGERD,
            _INGETROKKEN,
            ResultaatDef(
                "Buiten behandeling", "Buiten behandeling gesteld", "De aanvraag was niet compleet."
            ),
        ),
        initiator="beide",
        object_kind="woonadres",
        documenten=(
            ("Aanvraagformulier omgevingsvergunning", "aanvraag"),
            ("Bouwtekening", "bijlage"),
            ("Ontvangstbevestiging", "brief"),
            ("Besluit omgevingsvergunning", "besluit"),
        ),
        omschrijvingen=(
            "Dakkapel aan voorzijde",
            "Uitbouw achterzijde",
            "Kappen boom in voortuin",
            "Verbouwing winkelpand",
        ),
        servicenorm_days=56,
        verlenging_mogelijk=True,
    ),
    ZaakTypeDef(
        key="bezwaar_woz",
        code="BEZWOZ",
        omschrijving="Bezwaar WOZ-beschikking",
        onderwerp="Bezwaar WOZ",
        doel="Beslissen op een bezwaar tegen de WOZ-waarde.",
        handeling_initiator="indienen",
        doorlooptijd_days=84,
        vertrouwelijkheid="zaakvertrouwelijk",
        statussen=(
            StatusDef("Ontvangen", "We hebben uw bezwaar ontvangen.", 0),
            StatusDef("Taxatie", "Een taxateur bekijkt de waarde van uw woning opnieuw.", 21),
            StatusDef("Hoorzitting", "U bent uitgenodigd om uw bezwaar toe te lichten.", 21),
            StatusDef(
                "Uitspraak gedaan", "Er is een uitspraak op uw bezwaar. U krijgt die per post.", 21
            ),
            StatusDef("Afgerond", "Uw bezwaar is afgehandeld.", 3),
        ),
        resultaten=(
            ResultaatDef("Gegrond", "Gegrond", "De WOZ-waarde is verlaagd."),
            ResultaatDef("Ongegrond", "Ongegrond", "De WOZ-waarde blijft gelijk."),
            _INGETROKKEN,
        ),
        initiator="beide",
        object_kind="woonadres",
        documenten=(
            ("Bezwaarschrift", "aanvraag"),
            ("Taxatieverslag", "bijlage"),
            ("Uitspraak op bezwaar", "besluit"),
        ),
        omschrijvingen=("Bezwaar WOZ-waarde woning", "Bezwaar WOZ-waarde bedrijfspand"),
    ),
    ZaakTypeDef(
        key="bijzondere_bijstand",
        code="BIJZBIJST",
        omschrijving="Aanvraag bijzondere bijstand",
        onderwerp="Bijzondere bijstand",
        doel="Beslissen op een aanvraag bijzondere bijstand voor noodzakelijke kosten.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=56,
        vertrouwelijkheid="vertrouwelijk",
        statussen=(
            _REG,
            _AANV_INFO,
            StatusDef(
                "In behandeling",
                "Een consulent beoordeelt uw aanvraag. Misschien belt de consulent u voor een "
                "gesprek.",
                14,
            ),
            _BESLUIT,
            _AFGEROND,
        ),
        resultaten=(_VERLEEND, _GEWEIGERD),
        initiator="persoon",
        object_kind=None,
        documenten=(
            ("Aanvraagformulier bijzondere bijstand", "aanvraag"),
            ("Bankafschriften", "bijlage"),
            ("Beschikking", "besluit"),
        ),
        omschrijvingen=(
            "Bijzondere bijstand witgoed",
            "Bijzondere bijstand tandartskosten",
            "Bijzondere bijstand woninginrichting",
        ),
    ),
    ZaakTypeDef(
        key="melding_openbare_ruimte",
        code="MOR",
        omschrijving="Melding openbare ruimte",
        onderwerp="Melding openbare ruimte",
        doel="Het afhandelen van een melding over de openbare ruimte.",
        handeling_initiator="melden",
        doorlooptijd_days=14,
        vertrouwelijkheid="openbaar",
        statussen=(
            _REG_MELDING,
            StatusDef(
                "Beoordeeld",
                "We hebben uw melding bekeken en doorgezet naar het juiste team.",
                1,
            ),
            StatusDef("Ingepland", "Uw melding is ingepland bij de buitendienst.", 3),
            StatusDef("Afgerond", "Uw melding is opgelost. Dank u wel voor het doorgeven.", 7),
        ),
        resultaten=(
            ResultaatDef("Opgelost", "Afgehandeld", "De melding is verholpen."),
            ResultaatDef(
                "Doorgestuurd", "Doorgezonden", "De melding is doorgestuurd naar de eigenaar."
            ),
        ),
        initiator="beide",
        object_kind="openbare_ruimte",
        documenten=(("Foto bij melding", "bijlage"),),
        omschrijvingen=(
            "Losliggende stoeptegel",
            "Kapotte lantaarnpaal",
            "Zwerfafval bij container",
            "Omgevallen boom",
            "Gat in het wegdek",
        ),
    ),
    ZaakTypeDef(
        key="evenementenvergunning",
        code="EVENTVERG",
        omschrijving="Aanvraag evenementenvergunning",
        onderwerp="Evenementenvergunning",
        doel="Beslissen op een aanvraag voor een evenementenvergunning.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=56,
        vertrouwelijkheid="openbaar",
        statussen=(
            _REG,
            StatusDef(
                "Advies hulpdiensten",
                "Politie, brandweer en GHOR geven advies over uw evenement.",
                14,
            ),
            _AANV_INFO,
            _BESLUIT,
            _AFGEROND,
        ),
        resultaten=(_VERLEEND, _GEWEIGERD, _INGETROKKEN),
        initiator="beide",
        object_kind="openbare_ruimte",
        documenten=(
            ("Aanvraagformulier evenement", "aanvraag"),
            ("Veiligheidsplan", "bijlage"),
            ("Evenementenvergunning", "besluit"),
        ),
        omschrijvingen=("Buurtfeest", "Braderie", "Koningsdagmarkt", "Sportevenement"),
    ),
    ZaakTypeDef(
        key="verhuizing",
        code="VERHUIS",
        omschrijving="Verhuizing en adreswijziging",
        onderwerp="Verhuizing",
        doel="Het verwerken van een verhuizing in de BRP.",
        handeling_initiator="doorgeven",
        doorlooptijd_days=5,
        vertrouwelijkheid="intern",
        statussen=(
            StatusDef("Ontvangen", "We hebben uw verhuizing ontvangen.", 0),
            StatusDef("In behandeling", "Een medewerker verwerkt uw verhuizing.", 1),
            StatusDef("Adresonderzoek", "We controleren of u echt op het nieuwe adres woont.", 2),
            StatusDef("Verwerkt", "Uw nieuwe adres staat in de Basisregistratie Personen.", 2),
        ),
        resultaten=(ResultaatDef("Verwerkt", "Afgehandeld", "Het adres is gewijzigd."), _GEWEIGERD),
        initiator="persoon",
        object_kind="woonadres",
        documenten=(("Verhuisbericht", "aanvraag"),),
        omschrijvingen=("Verhuizing binnen de gemeente", "Verhuizing naar de gemeente"),
    ),
    ZaakTypeDef(
        key="kwijtschelding",
        code="KWIJTSCH",
        omschrijving="Kwijtschelding gemeentelijke belastingen",
        onderwerp="Kwijtschelding",
        doel="Beslissen op een verzoek om kwijtschelding van gemeentelijke belastingen.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=56,
        vertrouwelijkheid="vertrouwelijk",
        statussen=(
            _REG,
            StatusDef("Toetsing inkomen", "We berekenen of u kwijtschelding kunt krijgen.", 14),
            _AANV_INFO,
            _BESLUIT,
            _AFGEROND,
        ),
        resultaten=(
            ResultaatDef(
                "Volledig kwijtgescholden", "Toegekend", "De aanslag is helemaal kwijtgescholden."
            ),
            ResultaatDef(
                "Gedeeltelijk kwijtgescholden",
                "Deels toegekend",
                "Een deel van de aanslag is kwijtgescholden.",
            ),
            _GEWEIGERD,
        ),
        initiator="persoon",
        object_kind=None,
        documenten=(
            ("Verzoek kwijtschelding", "aanvraag"),
            ("Inkomensgegevens", "bijlage"),
            ("Beschikking kwijtschelding", "besluit"),
        ),
        omschrijvingen=("Kwijtschelding afvalstoffenheffing", "Kwijtschelding rioolheffing"),
    ),
    ZaakTypeDef(
        key="reisdocument",
        code="REISDOC",
        omschrijving="Aanvraag paspoort of ID-kaart",
        onderwerp="Reisdocument",
        doel="Het verstrekken van een paspoort of identiteitskaart.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=7,
        vertrouwelijkheid="intern",
        statussen=(
            StatusDef(
                "Aangevraagd", "Uw aanvraag is doorgestuurd naar de maker van het document.", 0
            ),
            StatusDef("In productie", "Uw document wordt gemaakt.", 2),
            StatusDef(
                "Klaar om op te halen",
                "Uw document ligt klaar. Maak een afspraak om het op te halen.",
                4,
            ),
            StatusDef("Uitgereikt", "U heeft uw document opgehaald.", 5),
        ),
        resultaten=(
            ResultaatDef("Uitgereikt", "Afgehandeld", "Het document is uitgereikt."),
            ResultaatDef("Vervallen", "Vervallen", "Het document is niet op tijd opgehaald."),
        ),
        initiator="persoon",
        object_kind=None,
        documenten=(("Aanvraag reisdocument", "aanvraag"),),
        omschrijvingen=("Paspoort", "Identiteitskaart", "Paspoort minderjarige"),
    ),
    ZaakTypeDef(
        key="subsidie",
        code="SUBSIDIE",
        omschrijving="Aanvraag subsidie",
        onderwerp="Subsidie",
        doel="Beslissen op een aanvraag voor een gemeentelijke subsidie.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=70,
        vertrouwelijkheid="zaakvertrouwelijk",
        statussen=(
            _REG,
            StatusDef("Beoordeling", "Een beleidsmedewerker beoordeelt uw aanvraag.", 21),
            _AANV_INFO,
            _BESLUIT,
            StatusDef("Vastgesteld", "De subsidie is vastgesteld en wordt uitbetaald.", 21),
            _AFGEROND,
        ),
        resultaten=(_VERLEEND, _GEWEIGERD),
        initiator="beide",
        object_kind=None,
        documenten=(
            ("Subsidieaanvraag", "aanvraag"),
            ("Begroting", "bijlage"),
            ("Subsidiebeschikking", "besluit"),
        ),
        omschrijvingen=(
            "Subsidie buurtinitiatief",
            "Subsidie isolatie woning",
            "Subsidie sportvereniging",
            "Subsidie groen dak",
        ),
    ),
    ZaakTypeDef(
        key="gehandicaptenparkeerkaart",
        code="GPK",
        omschrijving="Aanvraag gehandicaptenparkeerkaart",
        onderwerp="Gehandicaptenparkeerkaart",
        doel="Beslissen op een aanvraag voor een gehandicaptenparkeerkaart.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=56,
        vertrouwelijkheid="vertrouwelijk",
        statussen=(
            _REG,
            StatusDef(
                "Medische keuring",
                "Een onafhankelijke arts beoordeelt uw situatie. U krijgt een uitnodiging.",
                21,
            ),
            _BESLUIT,
            StatusDef("Kaart verstuurd", "Uw kaart is gemaakt en naar u verstuurd.", 7),
        ),
        resultaten=(_VERLEEND, _GEWEIGERD),
        initiator="persoon",
        object_kind=None,
        documenten=(("Aanvraagformulier GPK", "aanvraag"), ("Medisch advies", "bijlage")),
        omschrijvingen=(
            "Gehandicaptenparkeerkaart bestuurder",
            "Gehandicaptenparkeerkaart passagier",
        ),
    ),
    ZaakTypeDef(
        key="wmo",
        code="WMO",
        omschrijving="Wmo-maatwerkvoorziening",
        onderwerp="Wmo",
        doel="Beslissen op een melding en aanvraag voor een maatwerkvoorziening Wmo.",
        handeling_initiator="melden",
        doorlooptijd_days=56,
        vertrouwelijkheid="vertrouwelijk",
        statussen=(
            StatusDef(
                "Melding ontvangen",
                "We hebben uw hulpvraag ontvangen. Een consulent neemt contact met u op.",
                0,
            ),
            StatusDef(
                "Keukentafelgesprek",
                "U heeft een gesprek met de consulent over wat u nodig heeft.",
                14,
            ),
            StatusDef("Onderzoek", "De consulent zoekt uit welke ondersteuning past.", 14),
            StatusDef("Aanvraag ontvangen", "We hebben uw aanvraag ontvangen.", 7),
            _BESLUIT,
            StatusDef(
                "Voorziening geleverd",
                "De voorziening is geleverd of de ondersteuning is gestart.",
                21,
            ),
            _AFGEROND,
        ),
        resultaten=(_VERLEEND, _GEWEIGERD, _INGETROKKEN),
        initiator="persoon",
        object_kind=None,
        documenten=(("Gespreksverslag", "verslag"), ("Beschikking Wmo", "besluit")),
        omschrijvingen=("Huishoudelijke hulp", "Scootmobiel", "Traplift", "Begeleiding thuis"),
    ),
    ZaakTypeDef(
        key="afvalcontainer",
        code="AFVALCONT",
        omschrijving="Aanvraag of wijziging afvalcontainer",
        onderwerp="Afvalcontainer",
        doel="Het leveren, omwisselen of ophalen van een minicontainer.",
        handeling_initiator="aanvragen",
        doorlooptijd_days=14,
        vertrouwelijkheid="openbaar",
        statussen=(
            _REG,
            StatusDef("Besteld", "Uw container is besteld bij de leverancier.", 2),
            StatusDef("Ingepland", "De levering of ophaling van uw container is ingepland.", 3),
            StatusDef("Afgerond", "Uw container is geleverd of opgehaald.", 7),
        ),
        resultaten=(ResultaatDef("Geleverd", "Afgehandeld", "De container is geleverd."),),
        initiator="beide",
        object_kind="woonadres",
        documenten=(),
        omschrijvingen=(
            "Extra container GFT",
            "Kapotte container omwisselen",
            "Grotere container restafval",
        ),
    ),
)

ZAAKTYPE_BY_KEY: dict[str, ZaakTypeDef] = {z.key: z for z in ZAAKTYPE_DEFS}

# Informatieobjecttypen, one set per catalogue:
# key -> (omschrijving, categorie, vertrouwelijkheid).
INFORMATIEOBJECTTYPE_DEFS: dict[str, tuple[str, str, str]] = {
    "aanvraag": ("Aanvraag", "Aanvraag", "zaakvertrouwelijk"),
    "bijlage": ("Bijlage", "Bijlage", "zaakvertrouwelijk"),
    "brief": ("Brief", "Brief", "zaakvertrouwelijk"),
    "besluit": ("Besluit", "Besluit", "zaakvertrouwelijk"),
    "verslag": ("Verslag", "Verslag", "vertrouwelijk"),
}
