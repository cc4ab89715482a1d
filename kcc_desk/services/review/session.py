"""The review window's connection: one httpx client and a ReviewService, built from the app's
configuration and credentials, closed with the window.

Training mode keeps no per-day cache (nothing of a training run stays on disk); daily work
keeps it in the user's cache folder (see ``cache``).
"""

from __future__ import annotations

from datetime import datetime

from kcc_desk.services.config import AppConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.errors import ConfigError
from kcc_desk.services.http_client import make_http_client
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.review.cache import DayCache
from kcc_desk.services.review.kpi import Actor, Report
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.service import ReviewService
from kcc_desk.services.review.zaaktypes import ZaakDetails, ZaakInfo
from kcc_desk.services.zgw_client import ZgwClient


class ReviewSession:
    def __init__(self, config: AppConfig, credentials: Credentials, *, training: bool) -> None:
        klant = config.klantinteracties
        if klant is None:
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Klantinteracties is niet ingesteld: zonder die bron is er geen overzicht.",
                )
            )
        self._config, self._credentials = config, credentials
        self._training = training
        # Made when first needed: the zaken of the queue (number, zaaktype), a case opened.
        self._zgw: ZgwClient | None = None
        self._zaken_read: ZaakDetails | None = None
        self._http = make_http_client(config.ca_bundle, timeout_s=30.0)
        self._service: ReviewService | None = None

    async def service(self) -> ReviewService:
        """Made at first use: the token may come from the keyring, asked in a worker thread
        (this is built when the window opens, on the GUI thread)."""
        if self._service is None:
            klant = self._config.klantinteracties
            assert klant is not None  # checked in __init__
            token = await self._credentials.aklantinteracties_token()
            if self._service is None:
                self._service = ReviewService(
                    self._http,
                    klant.url,
                    token,
                    cache=None if self._training else DayCache(klant.url),
                    term_hours=self._config.referral_term_hours,
                )
        return self._service

    async def report(
        self, period: Period, *, as_of: datetime | None = None, team: str | None = None
    ) -> Report:
        return await (await self.service()).report(period, as_of=as_of, team=team)

    async def masked_bsns(self, contact_uuids: list[str]) -> dict[str, str]:
        return await (await self.service()).masked_bsns(contact_uuids)

    async def my_actors(self, agent_id: str) -> set[str]:
        return await (await self.service()).my_actors(agent_id)

    async def teams(self) -> list[Actor]:
        return await (await self.service()).teams()

    def _zaken(self) -> ZaakDetails:
        if self._zaken_read is None:
            self._zgw = ZgwClient(self._config, self._credentials)
            self._zaken_read = ZaakDetails(self._zgw)
        return self._zaken_read

    async def zaak_number(self, zaak_id: str) -> str | None:
        return await self._zaken().number(zaak_id)

    async def zaken(self, zaak_ids: list[str]) -> dict[str, ZaakInfo]:
        """Number and zaaktype name per zaak id (None where not known here)."""
        return await self._zaken().details(zaak_ids)

    async def aclose(self) -> None:
        if self._zgw is not None:
            await self._zgw.aclose()
        await self._http.aclose()
