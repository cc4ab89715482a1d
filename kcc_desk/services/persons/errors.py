"""The BRP's failures, each with a message for the agent (never personal data)."""

from __future__ import annotations

from kcc_desk.services.errors import KccError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message


class BrpError(KccError):
    """Any failure of a person search through the BRP; ``status`` is the HTTP status, if any."""

    def __init__(self, message: Message, *, status: int | None = None, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class BrpNotConfigured(BrpError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Brp",
                "Zoeken op naam of adres kan niet: de BRP is niet ingesteld. Zoek op BSN, "
                "KVK-nummer of zaaknummer.",
            )
        )


class BrpUnavailable(BrpError):
    """Down, too slow, or a server error: the other searches still work."""


class BrpAuthError(BrpError):
    """401 or 403: the key (or the authorisation) is not right."""


class BrpRejected(BrpError):
    """400: the BRP refused the question (too many results, or a parameter it does not take)."""


UNREACHABLE = QT_TRANSLATE_NOOP(
    "Brp",
    "De BRP is niet bereikbaar. Zoeken op naam of adres kan nu niet; zoeken op BSN, "
    "KVK-nummer of zaaknummer werkt wel.",
)
TIMEOUT = QT_TRANSLATE_NOOP(
    "Brp",
    "De BRP reageert niet op tijd. Zoeken op naam of adres kan nu niet; zoeken op BSN, "
    "KVK-nummer of zaaknummer werkt wel.",
)
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "Brp",
    "De BRP heeft een storing ({status}). Zoeken op naam of adres kan nu niet; zoeken op BSN, "
    "KVK-nummer of zaaknummer werkt wel.",
)
INVALID_ANSWER = QT_TRANSLATE_NOOP("Brp", "De BRP gaf een ongeldig antwoord.")
UNAUTHENTICATED = QT_TRANSLATE_NOOP(
    "Brp", "De BRP weigert de toegang (401). Controleer de API-sleutel van de BRP."
)
FORBIDDEN = QT_TRANSLATE_NOOP(
    "Brp",
    "De BRP weigert deze vraag (403): u bent er niet voor geautoriseerd. Meld het de beheerder.",
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "Brp", "Meer dan 10 personen gevonden. Vraag om meer gegevens en zoek preciezer."
)
REJECTED = QT_TRANSLATE_NOOP("Brp", "De BRP weigerde de vraag ({status}): controleer {fields}.")
