"""The kind of a case's documents (their informatieobjecttype's ``omschrijving``), without a wave
of its own.

A document's type is only known once the document itself has arrived, which is already the second
wave of opening a case (zaakinformatieobjecten, then each enkelvoudiginformatieobject). Asking for
an unknown type only then would make a third. The zaaktype says which informatieobjecttypen its
documents can have (Open Zaak refuses a zaakinformatieobject whose type the zaaktype lacks), so
they are asked for in the first wave, next to the zaakinformatieobjecten: each type the zaaktype
lists that the catalogue does not know, all at once. (Catalogi 1.3 has no ``zaaktype`` filter on
``/informatieobjecttypen``, and Open Zaak 1.30 answers an unknown parameter with 400, as recorded
in ``tests/fixtures/zgw-recorded/err_400_unknown_query_param.json``.) The zaaktype itself comes
from the catalogue, which the search filled. Nothing is asked when the catalogue (kept between
runs) already holds every type the zaaktype lists, and a zaaktype's types are asked for once per
session. The types go into the catalogue cache, where documents find them.
"""

from __future__ import annotations

import asyncio
import logging

from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.errors import KccError
from kcc_desk.services.parsing import url_list
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

KIND = "informatieobjecttypen"


class DocumentKinds:
    def __init__(self, client: ZgwClient, catalog: CatalogCache) -> None:
        self._client = client
        self._catalog = catalog
        # Per zaaktype, the one fetch of its types (shared by every case opened at once).
        self._fetches: dict[str, asyncio.Future[None]] = {}

    def prefetch(self, zaaktype_url: str, *, source_name: str) -> asyncio.Future[None]:
        """Start getting the zaaktype's informatieobjecttypen (if needed); await the result
        before looking a document's type up. Never raises: a type still missing is fetched on
        its own, as before."""
        if self._known(zaaktype_url) or "/zaaktypen/" not in zaaktype_url:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        fetch = self._fetches.get(zaaktype_url)
        if fetch is None or (fetch.done() and fetch.cancelled()):
            fetch = asyncio.ensure_future(self._fetch(zaaktype_url, source_name))
            self._fetches[zaaktype_url] = fetch
        return fetch

    def _known(self, zaaktype_url: str) -> bool:
        zaaktype = self._catalog.peek(zaaktype_url)
        if zaaktype is None or KIND not in zaaktype:
            return False
        return all(self._catalog.peek(u) is not None for u in url_list(zaaktype, KIND))

    async def _fetch(self, zaaktype_url: str, source_name: str) -> None:
        try:
            zaaktype = await self._catalog.get(zaaktype_url, source_name=source_name)
            missing = [u for u in url_list(zaaktype, KIND) if self._catalog.peek(u) is None]
            await self._catalog.get_many(missing, source_name=source_name)
        except KccError as exc:
            log.info("%s: documentsoorten niet vooraf op te halen (%s)", source_name, exc.message)
            self._fetches.pop(zaaktype_url, None)  # try again with the next case
