"""The write schemas of the demo Klantinteracties API: a declarative mirror of
``klantinteracties-api-0.9.0-openklant-2.18.0.yaml`` (required fields, maxLengths, enums, patterns),
with the rules the real Open Klant adds that the file does not say (recorded): ``nummer`` and
``referentienummer`` are digits only and unique."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

PHONE_PATTERN = re.compile(r"^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$")
BSN_PATTERN = re.compile(r"^[0-9]{9}$")
# Django's validate_integer, which Open Klant puts on every nummer/referentienummer (a CharField):
# the OpenAPI file says only "string, maxLength 10"; the recordings show letters are refused.
INTEGER_PATTERN = re.compile(r"^-?\d+\Z")
INTEGER_REASON = "Voer een geldig geheel getal in."
# Unique fields (Open Klant's model: unique=True), with Django's Dutch reason per resource.
UNIQUE_FIELDS: dict[str, dict[str, str]] = {
    "klantcontacten": {
        "nummer": "Er bestaat al een klantcontact met eenzelfde nummer.",
        "referentienummer": "Er bestaat al een klantcontact met eenzelfde referentienummer.",
    },
    "internetaken": {
        "nummer": "Er bestaat al een interne taak met eenzelfde nummer.",
        "referentienummer": "Er bestaat al een interne taak met eenzelfde referentienummer.",
    },
}


@dataclass(frozen=True, slots=True)
class F:
    """One field of a write schema."""

    kind: str  # str | bool | datetime | fk | fk_list | obj | str_map | any
    max_length: int | None = None
    required: bool = False
    nullable: bool = False
    choices: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    allow_blank: bool = True
    integer: bool = False  # digits only (Django's validate_integer), e.g. referentienummer
    children: Mapping[str, F] = field(default_factory=dict)
    resource: str = ""  # for fk / fk_list


def _contactnaam() -> dict[str, F]:
    return {
        "voorletters": F("str", 10),
        "voornaam": F("str", 200),
        "voorvoegselAchternaam": F("str", 10),
        "achternaam": F("str", 200),
    }


def _identificator() -> dict[str, F]:
    return {name: F("str", 200) for name in ("objectId", "codeObjecttype", "codeRegister")} | {
        "codeSoortObjectId": F("str", 200)
    }


def _address() -> dict[str, F]:
    # Open Klant itself serves "" for empty address parts, so "" is accepted for patterned ones.
    return {
        "nummeraanduidingId": F("str", 16),
        "straatnaam": F("str", 255),
        "huisnummer": F("any", nullable=True),
        "huisnummertoevoeging": F("str", 20),
        "postcode": F("str", 7),
        "stad": F("str", 255),
        "adresregel1": F("str", 80),
        "adresregel2": F("str", 80),
        "adresregel3": F("str", 80),
        "land": F("str", 2),
    }


KLANTCONTACT: dict[str, F] = {
    "nummer": F("str", 10, nullable=True, integer=True),
    "referentienummer": F("str", 10, nullable=True, integer=True),
    "kanaal": F("str", 50, required=True, allow_blank=False),
    "onderwerp": F("str", 200, required=True, allow_blank=False),
    "inhoud": F("str", 1000),
    "reactie": F("str", 4000),
    "indicatieContactGelukt": F("bool", nullable=True),
    "hoofdOnderwerpType": F("str", 200),
    "verdereActieOndernomen": F("bool"),
    "taal": F("str", 3, required=True, allow_blank=False),
    "vertrouwelijk": F("bool", required=True),
    "plaatsgevondenOp": F("datetime"),
    "metadata": F("str_map", 255),
}

BETROKKENE: dict[str, F] = {
    "wasPartij": F("fk", nullable=True, resource="partijen"),
    "hadKlantcontact": F("fk", required=True, resource="klantcontacten"),
    "bezoekadres": F("obj", nullable=True, children=_address()),
    "correspondentieadres": F("obj", nullable=True, children=_address()),
    "contactnaam": F("obj", nullable=True, children=_contactnaam()),
    "rol": F("str", required=True, choices=("vertegenwoordiger", "klant")),
    "organisatienaam": F("str", 200),
    "initiator": F("bool", required=True),
}

ONDERWERPOBJECT: dict[str, F] = {
    "klantcontact": F("fk", nullable=True, resource="klantcontacten"),
    "wasKlantcontact": F("fk", nullable=True, resource="klantcontacten"),
    "onderwerpobjectidentificator": F("obj", nullable=True, children=_identificator()),
}

ACTOR_IDENTIFICATIE: dict[str, dict[str, F]] = {
    "medewerker": {
        "functie": F("str", 40, required=True),
        "emailadres": F("str", 254),
        "telefoonnummer": F("str", 20, required=True, pattern=PHONE_PATTERN),
    },
    "organisatorische_eenheid": {
        "omschrijving": F("str", 200),
        "emailadres": F("str", 254),
        "faxnummer": F("str", 20),
        "telefoonnummer": F("str", 20, pattern=PHONE_PATTERN),
    },
    "geautomatiseerde_actor": {
        "functie": F("str", 40, required=True),
        "omschrijving": F("str", 200),
    },
}

ACTOR: dict[str, F] = {
    "naam": F("str", 200, required=True, allow_blank=False),
    "soortActor": F(
        "str",
        required=True,
        choices=("medewerker", "geautomatiseerde_actor", "organisatorische_eenheid"),
    ),
    "indicatieActief": F("bool"),
    "actoridentificator": F("obj", nullable=True, children=_identificator()),
    "actorIdentificatie": F("any", nullable=True),  # checked per soortActor below
}

ACTORKLANTCONTACT: dict[str, F] = {
    "actor": F("fk", required=True, resource="actoren"),
    "klantcontact": F("fk", required=True, resource="klantcontacten"),
}

INTERNETAAK: dict[str, F] = {
    "nummer": F("str", 10, nullable=True, integer=True),
    "referentienummer": F("str", 10, nullable=True, integer=True),
    "gevraagdeHandeling": F("str", 200, required=True, allow_blank=False),
    "aanleidinggevendKlantcontact": F("fk", required=True, resource="klantcontacten"),
    "toegewezenAanActor": F("fk", nullable=True, resource="actoren"),
    "toegewezenAanActoren": F("fk_list", resource="actoren"),
    "toelichting": F("str", 1000),
    "status": F("str", required=True, choices=("te_verwerken", "verwerkt")),
    "afgehandeldOp": F("datetime", nullable=True),
}

PARTIJ: dict[str, F] = {
    "nummer": F("str", 10, nullable=True),
    "interneNotitie": F("str", 1000),
    "soortPartij": F("str", required=True, choices=("contactpersoon", "persoon", "organisatie")),
    "indicatieGeheimhouding": F("bool", nullable=True),
    "voorkeurstaal": F("str", 3),
    "indicatieActief": F("bool", required=True),
    "bezoekadres": F("obj", nullable=True, children=_address()),
    "correspondentieadres": F("obj", nullable=True, children=_address()),
    "partijIdentificatie": F("any", nullable=True),  # checked per soortPartij below
}

PARTIJ_IDENTIFICATIE: dict[str, dict[str, F]] = {
    "persoon": {"contactnaam": F("obj", nullable=True, children=_contactnaam())},
    "contactpersoon": {"contactnaam": F("obj", nullable=True, children=_contactnaam())},
    "organisatie": {"naam": F("str", 200)},
}

PARTIJ_IDENTIFICATOR: dict[str, F] = {
    "identificeerdePartij": F("fk", nullable=True, resource="partijen"),
    "anderePartijIdentificator": F("str", 200),
    "partijIdentificator": F(
        "obj",
        required=True,
        children={
            "codeObjecttype": F(
                "str",
                required=True,
                choices=("natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"),
            ),
            "codeSoortObjectId": F(
                "str", required=True, choices=("bsn", "vestigingsnummer", "kvk_nummer", "rsin")
            ),
            "objectId": F("str", 200, required=True, allow_blank=False),
            "codeRegister": F("str", required=True, choices=("brp", "hr")),
        },
    ),
    "subIdentificatorVan": F("fk", nullable=True, resource="partij-identificatoren"),
}

DIGITAAL_ADRES_SOORTEN = ("email", "overig", "telefoonnummer")
DIGITAAL_ADRES: dict[str, F] = {
    "verstrektDoorBetrokkene": F("fk", nullable=True, resource="betrokkenen"),
    "verstrektDoorPartij": F("fk", nullable=True, resource="partijen"),
    "adres": F("str", 80, required=True, allow_blank=False),
    "soortDigitaalAdres": F("str", required=True, choices=DIGITAAL_ADRES_SOORTEN),
    "isStandaardAdres": F("bool"),
    "omschrijving": F("str", 40, required=True),
    "referentie": F("str", 200),
}

SCHEMAS: dict[str, dict[str, F]] = {
    "partijen": PARTIJ,
    "partij-identificatoren": PARTIJ_IDENTIFICATOR,
    "klantcontacten": KLANTCONTACT,
    "betrokkenen": BETROKKENE,
    "onderwerpobjecten": ONDERWERPOBJECT,
    "actoren": ACTOR,
    "actorklantcontacten": ACTORKLANTCONTACT,
    "internetaken": INTERNETAAK,
    "digitaleadressen": DIGITAAL_ADRES,
}
