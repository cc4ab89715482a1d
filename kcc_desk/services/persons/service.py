"""``PersonService``: find the persons behind one search-box query (issue 14).

- surname + date of birth, postcode + house number: the BRP (``[brp]`` in the configuration);
- phone number, e-mail: Klantinteracties (digitaal adres → partij → BSN), then the BRP for the
  name, date of birth, address and secrecy. When the BRP is not set up or fails, the BSN and the
  name Klantinteracties holds are still shown: the phone search does not depend on the BRP.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from kcc_desk.services.closing import AsyncClosing
from kcc_desk.services.config import AppConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.errors import KccError
from kcc_desk.services.http_client import make_http_client
from kcc_desk.services.identifiers import Query
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.person_query import (
    EmailAddress,
    NameAndBirthDate,
    PhoneNumber,
    PostcodeAndNumber,
)
from kcc_desk.services.persons.auth import ApiKeyAuth, BrpAuth
from kcc_desk.services.persons.brp import BrpClient
from kcc_desk.services.persons.digital import DigitalAddressSearch, PartyPerson
from kcc_desk.services.persons.errors import BrpError, BrpNotConfigured
from kcc_desk.services.persons.models import PersonMatch

log = logging.getLogger(__name__)

BRP_SOURCE = "BRP"
KLANTINTERACTIES_SOURCE = "Klantinteracties"


class KlantinteractiesNotConfigured(KccError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Brp",
                "Zoeken op telefoonnummer of e-mail kan niet: Klantinteracties is niet ingesteld.",
            )
        )


@dataclass(frozen=True, slots=True)
class PersonResult:
    query: Query
    persons: tuple[PersonMatch, ...]
    source: str  # what was asked: "BRP" or "Klantinteracties" (for the audit log)
    brp_problem: str = ""  # a phone/e-mail search that could not add the BRP's data: why


class PersonService(AsyncClosing):
    def __init__(
        self,
        config: AppConfig,
        credentials: Credentials | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        brp_auth: BrpAuth | None = None,
    ) -> None:
        self._config = config
        self._credentials = credentials or Credentials(config)
        timeout = config.brp.timeout_s if config.brp else 8.0
        self._owns_http = http is None
        self._http = http or make_http_client(
            config.ca_bundle, timeout_s=timeout, connect_timeout_s=min(timeout, 5.0)
        )
        self._brp_auth = brp_auth

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    @property
    def brp_configured(self) -> bool:
        return self._config.brp is not None

    async def _brp(self) -> BrpClient:
        brp = self._config.brp
        if brp is None:
            raise BrpNotConfigured()
        auth = self._brp_auth or ApiKeyAuth(await self._credentials.abrp_api_key())
        return BrpClient(self._http, brp.url, auth)

    async def find(self, query: Query) -> PersonResult:
        criteria = query.criteria
        if isinstance(criteria, NameAndBirthDate | PostcodeAndNumber):
            persons = await (await self._brp()).search(criteria)
            log.info("brp-zoekvraag %s: %d personen", query.kind.value, len(persons))
            return PersonResult(query, tuple(persons), BRP_SOURCE)
        if isinstance(criteria, PhoneNumber | EmailAddress):
            return await self._by_digital_address(query, criteria)
        raise ValueError("not a person query")

    async def _by_digital_address(
        self, query: Query, criteria: PhoneNumber | EmailAddress
    ) -> PersonResult:
        klant = self._config.klantinteracties
        if klant is None:
            raise KlantinteractiesNotConfigured()
        search = DigitalAddressSearch(
            self._http, klant.url, await self._credentials.aklantinteracties_token()
        )
        parties = await search.persons_for(criteria)
        log.info("digitaal-adres-zoekvraag %s: %d personen", query.kind.value, len(parties))
        if not parties:
            return PersonResult(query, (), KLANTINTERACTIES_SOURCE)
        fallback = tuple(PersonMatch(bsn=p.bsn, naam=p.naam) for p in parties)
        if not self.brp_configured:
            return PersonResult(query, fallback, KLANTINTERACTIES_SOURCE)
        try:
            found = await (await self._brp()).by_bsn([p.bsn for p in parties])
        except BrpError as error:
            log.warning("brp bij digitaal adres: %s", type(error).__name__)
            return PersonResult(query, fallback, KLANTINTERACTIES_SOURCE, error.message)
        return PersonResult(query, _merge(parties, found), KLANTINTERACTIES_SOURCE)


def _merge(parties: list[PartyPerson], found: list[PersonMatch]) -> tuple[PersonMatch, ...]:
    """The BRP's record where it has one, else what Klantinteracties holds (in that order)."""
    by_bsn = {p.bsn: p for p in found}
    return tuple(by_bsn.get(p.bsn) or PersonMatch(bsn=p.bsn, naam=p.naam) for p in parties)
