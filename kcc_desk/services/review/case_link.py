"""From a referral's zaak (the onderwerpobject's id: the zaak's URL or its uuid) to the zaak
itself: its number (what the queue shows and the workspace searches on) and its zaaktype.

One GET on the zaak in the configured source that holds it (by URL), or in each source in turn
(by uuid). ``zaaktypes.ZaakDetails`` keeps what it gave for the window's session.
"""

from __future__ import annotations

import logging
from typing import Any

from kcc_desk.services.errors import KccError
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)


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
