"""Training mode ("Oefenomgeving"): start the embedded demo server and point the app at it."""

from __future__ import annotations

import logging
from typing import Any

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.config import AppConfig, parse_config

logger = logging.getLogger(__name__)

TRAINING_AGENT_ID = "oefen.medewerker"

# Reason templates for the training server's teams, as a municipality would configure them.
TRAINING_REFERRAL_REASONS: dict[str, tuple[str, ...]] = {
    "Team Vergunningen": (
        "Vraag wanneer er een besluit komt over de vergunning",
        "Inwoner wil aanvullende stukken nasturen",
    ),
    "Team Belastingen": (
        "Vraag over de WOZ-waarde of het bezwaar",
        "Vraag over kwijtschelding",
    ),
    "Team Wmo": (
        "Vraag over de voortgang van de Wmo-aanvraag",
        "Inwoner wil de consulent spreken",
    ),
    "Team Parkeren": ("Vraag over de parkeervergunning",),
    "Team Openbare ruimte": ("Vraag over de afhandeling van de melding",),
}


def start_training_server(sources: int = 2, seed: int = 1) -> DemoServer:
    server = DemoServer(sources=sources, seed=seed, host="127.0.0.1", port=0)
    server.start()
    # Cases move on while the agent practises, so watching a case shows something (issue 17).
    server.start_training_clock()
    logger.info("Training server started with %d sources", sources)
    return server


def training_config(server: DemoServer, agent_id: str = TRAINING_AGENT_ID) -> AppConfig:
    """The same config `demo-server --write-config` writes, built in memory (nothing on disk)."""
    raw: dict[str, Any] = {
        "agent_id": agent_id,
        "sources": [
            {
                "name": source.name,
                "zaken_api": source.zaken_api,
                "catalogi_api": source.catalogi_api,
                "documenten_api": source.documenten_api,
                "client_id": source.client_id,
                "secret": source.secret,
                "timeout_s": 8,
            }
            for source in server.sources
        ],
        "klantinteracties": {
            "url": server.klantinteracties_url,
            "token": server.klantinteracties_token,
        },
    }
    if server.brp_url:  # issue 14: the training BRP, for name and postcode searches
        raw["brp"] = {"url": server.brp_url, "api_key": server.brp_api_key}
    return parse_config(raw)
