"""What the Klantinteracties side is made of, without the HTTP client: its errors and the records
the UI lists (earlier contacts, referrals, referral targets) and the outbox writes (drafts).

httpx-free, so presenters and models can import it before the client has loaded (start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

# Where an item is, for the history list: on the server (""), still in the local outbox, or
# refused by the server and kept locally until an administrator fixes the cause.
DELIVERY_SENDING = "sending"
DELIVERY_REFUSED = "refused"

# Where the full client-generated reference is kept (referentienummer holds only 10 digits);
# it tells our klantcontact from another client's with the same number.
METADATA_REFERENCE_KEY = "kccDeskReferentie"


# -- data --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CallerName:
    voorletters: str = ""
    voornaam: str = ""
    voorvoegsel_achternaam: str = ""
    achternaam: str = ""

    def as_contactnaam(self) -> dict[str, str]:
        return {
            "voorletters": self.voorletters[:10],
            "voornaam": self.voornaam[:200],
            "voorvoegselAchternaam": self.voorvoegsel_achternaam[:10],
            "achternaam": self.achternaam[:200],
        }


@dataclass(frozen=True, slots=True)
class KlantcontactDraft:
    """What goes into ``POST /klantcontacten`` (already within maxLengths)."""

    kanaal: str
    onderwerp: str
    inhoud: str
    plaatsgevonden_op: datetime
    referentienummer: str
    reference: str  # full client reference, kept in metadata
    indicatie_contact_gelukt: bool = True
    vertrouwelijk: bool = False
    taal: str = "nld"

    def as_json(self) -> dict[str, Any]:
        return {
            "kanaal": self.kanaal,
            "onderwerp": self.onderwerp,
            "inhoud": self.inhoud,
            "indicatieContactGelukt": self.indicatie_contact_gelukt,
            "taal": self.taal,
            "vertrouwelijk": self.vertrouwelijk,
            "plaatsgevondenOp": self.plaatsgevonden_op.isoformat(),
            "referentienummer": self.referentienummer,
            "metadata": {METADATA_REFERENCE_KEY: self.reference},
        }


@dataclass(frozen=True, slots=True)
class KlantcontactRef:
    """A klantcontact we wrote, with the uuids of what hangs under it."""

    uuid: str
    betrokkenen: tuple[str, ...] = ()
    onderwerpobjecten: tuple[str, ...] = ()
    internetaken: tuple[str, ...] = ()
    actoren: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferralRecord:
    """An interne taak (referral / callback request) as the UI lists it."""

    uuid: str
    date: datetime | None  # toegewezenOp
    kanaal: str  # of the contact that led to it
    onderwerp: str  # gevraagdeHandeling
    toelichting: str
    who: str  # names of the actors it is assigned to
    status: str  # te_verwerken | verwerkt
    afgehandeld_op: datetime | None
    klantcontact_uuid: str
    actor_uuids: tuple[str, ...] = ()  # whom it is assigned to
    delivery: str = ""  # "" on the server, DELIVERY_SENDING or DELIVERY_REFUSED (local)

    @property
    def is_open(self) -> bool:
        return self.status == "te_verwerken"

    @property
    def status_text(self) -> str:
        return "Open" if self.is_open else "Afgehandeld"


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """An earlier klantcontact as the UI lists it."""

    uuid: str
    date: datetime | None  # plaatsgevondenOp
    kanaal: str
    onderwerp: str
    inhoud: str
    who: str  # the agent(s) who handled it
    status: str  # "Gelukt" / "Niet gelukt" / ""
    zaak_ids: tuple[str, ...] = ()  # onderwerpobject ids of zaken (uuid or URL)
    referrals: tuple[ReferralRecord, ...] = ()
    delivery: str = ""  # "" on the server, DELIVERY_SENDING or DELIVERY_REFUSED (local)
    problem: str = ""  # why the server refused it (DELIVERY_REFUSED), in Dutch


@dataclass(frozen=True, slots=True)
class ReferralTarget:
    """Someone a referral can be assigned to."""

    uuid: str
    naam: str
    soort: str  # organisatorische_eenheid | medewerker | geautomatiseerde_actor
    configured: bool = False
