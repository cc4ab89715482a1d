"""From a referral's zaak (the onderwerpobject's id: the zaak's URL or its uuid) to the zaak
number the workspace searches on, so the team lead can open the case from the queue.

One GET on the zaak in the configured source that holds it (by URL), or in each source in turn
(by uuid). Nothing is cached: the number is asked for only when a row is opened.
"""

from __future__ import annotations

import logging
from typing import Any

from kcc_desk.services.errors import KccError
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)


async def zaak_number(zgw: ZgwClient, zaak_id: str) -> str | None:
    body = await zaak_body(zgw, zaak_id)
    number = body.get("identificatie") if body is not None else None
    return number if isinstance(number, str) and number else None


async def zaak_body(zgw: ZgwClient, zaak_id: str) -> dict[str, Any] | None:
    """The zaak itself, from the source that holds it (None: in none of them)."""
    if "://" in zaak_id:
        urls = [zaak_id]
    else:
        urls = [f"{s.zaken_api.rstrip('/')}/zaken/{zaak_id}" for s in zgw.config.sources]
    for url in urls:
        source = zgw.source_for(url)
        if source is None:
            continue
        try:
            response = await zgw.get_json(url, source_name=source.name)
        except KccError as exc:
            log.info("zaak niet gevonden in %s (%s)", source.name, type(exc).__name__)
            continue
        if isinstance(response.body, dict):
            return response.body
    return None
