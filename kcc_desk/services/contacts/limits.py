"""Open Klant's field limits and how free text is fitted into them: one place for the client,
the outbox and the referral dialog (which shows them as the agent types)."""

from __future__ import annotations

ELLIPSIS = "…"

# maxLengths from klantinteracties-api-0.9.0-openklant-2.18.0.yaml
MAX_KANAAL = 50
MAX_ONDERWERP = 200
MAX_INHOUD = 1000
MAX_REFERENTIENUMMER = 10
MAX_GEVRAAGDE_HANDELING = 200
MAX_TOELICHTING = 1000
MAX_OBJECT_ID = 200
MAX_METADATA_VALUE = 255
MAX_ACTOR_NAAM = 200
MAX_AGENT_ID = 200  # the medewerker's actoridentificator objectId


def truncate(text: str, limit: int) -> str:
    """Shorten free text to ``limit`` characters, marking the cut with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS
