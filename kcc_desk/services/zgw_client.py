"""One shared HTTP client for every ZGW source: JWT auth by URL, CRS headers, timeouts, bounded
retries, size limits and turning every failure into a typed :class:`SourceError`.

Resource URLs are absolute and may point anywhere; credentials are picked by matching the URL to a
configured API root, and a URL outside every root is refused (a token is never sent to a host the
configuration does not name).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.errors import (
    InvalidResponseError,
    ResponseTooLargeError,
    SourceError,
    SourceTimeoutError,
    UnreachableError,
)
from kcc_desk.services.http_client import make_http_client
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.problems import api_error, decode_json, try_json
from kcc_desk.services.zgw_auth import JwtMinter

log = logging.getLogger(__name__)
# httpx logs full URLs at INFO/DEBUG, and our query strings carry BSNs: keep it quiet.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)

CRS = "EPSG:4326"
RETRY_STATUSES = frozenset({502, 503, 504})
RETRY_DELAYS_S = (0.15, 0.4)  # two retries of an idempotent GET, then give up
MAX_REDIRECTS = 3
# At most this many requests in flight per source, whatever asks (searches, pages of a list,
# case details, documents, the catalogue): the one place that protects a server from a burst.
# Before, each bound covered one kind of request (8 per-case fetches per lookup, 6 documents
# per case, pages of a list unbounded) and together they allowed more than this; 16 lets the CLI
# open every case of a caller at once (5 requests a case) in one or two waves.
SOURCE_CONCURRENCY = 16

Params = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class JsonResponse:
    status: int
    body: Any  # parsed JSON; None for 304
    etag: str | None
    api_version: str | None
    url: str


def same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


class ZgwClient:
    def __init__(
        self,
        config: AppConfig,
        credentials: Credentials,
        *,
        http: httpx.AsyncClient | None = None,
        minter: JwtMinter | None = None,
    ) -> None:
        self._config = config
        self._credentials = credentials
        self._minter = minter or JwtMinter(config.agent_id)
        self._max_bytes = int(config.max_response_mb * 1024 * 1024)
        self._owns_http = http is None
        # Each request sets its source's timeout; redirects are checked by hand (never to
        # another host): see http_client.
        self._http = http or make_http_client(config.ca_bundle, max_connections=64)
        self._limits: dict[str, asyncio.Semaphore] = {}

    @property
    def config(self) -> AppConfig:
        return self._config

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    def source_for(self, url: str) -> SourceConfig | None:
        """The source whose API root is the longest prefix of ``url``."""
        best: tuple[int, SourceConfig] | None = None
        for source in self._config.sources:
            for root in source.api_roots:
                if url.startswith(root) and (best is None or len(root) > best[0]):
                    best = (len(root), source)
        return best[1] if best else None

    async def _auth_headers(self, url: str, source_name: str) -> dict[str, str]:
        source = self.source_for(url)
        if source is None:
            log.warning("%s: verwijzing naar een niet-ingestelde server geweigerd", source_name)
            raise InvalidResponseError(
                source_name,
                QT_TRANSLATE_NOOP(
                    "SourceError", "ongeldig antwoord (verwijzing naar onbekende server)"
                ),
            )
        secret = await self._credentials.asecret_for(source)  # keyring: not on the GUI thread
        return {
            "Authorization": self._minter.authorization(source.client_id, secret),
            "Accept": "application/json",
            "Accept-Crs": CRS,
            # Content-Crs without a body: the VNG specs (1.0, 1.5.1) list it as required on
            # GET /zaken(/{uuid}) and servers ignore it elsewhere (CLIENT-NOTES §2).
            "Content-Crs": CRS,
        }

    def _limit(self, url: str) -> asyncio.Semaphore:
        source = self.source_for(url)
        key = source.name if source is not None else ""
        limit = self._limits.get(key)
        if limit is None:
            limit = self._limits[key] = asyncio.Semaphore(SOURCE_CONCURRENCY)
        return limit

    def _timeout(self, url: str) -> httpx.Timeout:
        source = self.source_for(url)
        return httpx.Timeout(source.timeout_s if source else 8.0)

    async def get_json(
        self,
        url: str,
        params: Params | None = None,
        *,
        source_name: str,
        etag: str | None = None,
    ) -> JsonResponse:
        """GET a JSON resource; 304 (only when ``etag`` is given) comes back with ``body=None``."""
        status, headers, content, final_url = await self._get(url, params, source_name, etag)
        if status == 304 and etag is not None:
            return JsonResponse(304, None, headers.get("etag") or etag, None, final_url)
        if status >= 400:
            raise api_error(source_name, status, try_json(content))
        body = decode_json(content, source_name)
        if status != 200:
            raise InvalidResponseError(
                source_name,
                QT_TRANSLATE_NOOP("SourceError", "onverwacht antwoord ({status})").format(
                    status=status
                ),
            )
        return JsonResponse(
            status, body, headers.get("etag"), headers.get("api-version"), final_url
        )

    async def get_bytes(self, url: str, *, source_name: str, max_bytes: int) -> bytes:
        """GET raw content (document download), bounded by ``max_bytes``."""
        status, _, content, _ = await self._get(url, None, source_name, None, max_bytes)
        if status >= 400:
            raise api_error(source_name, status, try_json(content))
        if status != 200:
            raise InvalidResponseError(
                source_name,
                QT_TRANSLATE_NOOP("SourceError", "onverwacht antwoord ({status})").format(
                    status=status
                ),
            )
        return content

    async def _get(
        self,
        url: str,
        params: Params | None,
        source_name: str,
        etag: str | None,
        max_bytes: int | None = None,
    ) -> tuple[int, httpx.Headers, bytes, str]:
        limit = max_bytes if max_bytes is not None else self._max_bytes
        current_url, current_params = url, params
        for _ in range(MAX_REDIRECTS + 1):
            headers = await self._auth_headers(current_url, source_name)
            if etag is not None:
                headers["If-None-Match"] = etag
            status, resp_headers, content = await self._get_with_retry(
                current_url, current_params, headers, source_name, limit
            )
            if status in (301, 302, 303, 307, 308):
                location = resp_headers.get("location", "")
                target = str(httpx.URL(current_url).join(location)) if location else ""
                if not target or not same_origin(target, current_url):
                    raise InvalidResponseError(
                        source_name,
                        QT_TRANSLATE_NOOP(
                            "SourceError", "ongeldig antwoord (doorverwijzing naar andere server)"
                        ),
                    )
                current_url, current_params = target, None
                continue
            return status, resp_headers, content, current_url
        raise InvalidResponseError(
            source_name,
            QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (te veel doorverwijzingen)"),
        )

    async def _get_with_retry(
        self,
        url: str,
        params: Params | None,
        headers: dict[str, str],
        source_name: str,
        limit: int,
    ) -> tuple[int, httpx.Headers, bytes]:
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                async with self._limit(url):  # held while sending, not while waiting to retry
                    status, resp_headers, content = await self._send_once(
                        url, params, headers, source_name, limit
                    )
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError) as exc:
                if attempt >= len(RETRY_DELAYS_S) or _is_tls_failure(exc):
                    raise _network_error(source_name, exc) from None
            else:
                elapsed = int((time.monotonic() - started) * 1000)
                log.debug("%s: GET %s -> %s in %d ms", source_name, _path(url), status, elapsed)
                if status not in RETRY_STATUSES or attempt >= len(RETRY_DELAYS_S):
                    return status, resp_headers, content
            await asyncio.sleep(RETRY_DELAYS_S[attempt])
            attempt += 1
            log.info("%s: opnieuw geprobeerd (poging %d)", source_name, attempt + 1)

    async def _send_once(
        self,
        url: str,
        params: Params | None,
        headers: dict[str, str],
        source_name: str,
        limit: int,
    ) -> tuple[int, httpx.Headers, bytes]:
        try:
            async with self._http.stream(
                "GET",
                url,
                params=params,
                headers=headers,
                timeout=self._timeout(url),
                follow_redirects=False,  # checked by hand: never to another host
            ) as resp:
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise ResponseTooLargeError(source_name)
                chunks: list[bytes] = []
                size = 0
                async for chunk in resp.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise ResponseTooLargeError(source_name)
                    chunks.append(chunk)
                return resp.status_code, resp.headers, b"".join(chunks)
        except httpx.TimeoutException:
            raise SourceTimeoutError(source_name) from None
        except httpx.DecodingError:
            raise InvalidResponseError(source_name) from None
        except httpx.InvalidURL:
            raise InvalidResponseError(
                source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (ongeldige URL)")
            ) from None
        except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError):
            raise
        except httpx.HTTPError as exc:
            raise _network_error(source_name, exc) from None


def _path(url: str) -> str:
    return urlsplit(url).path  # never the query: it may contain a BSN


def _is_tls_failure(exc: Exception) -> bool:
    return "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in type(exc.__cause__).__name__


def _network_error(source_name: str, exc: Exception) -> SourceError:
    if _is_tls_failure(exc):
        return UnreachableError(
            source_name,
            QT_TRANSLATE_NOOP("SourceError", "niet bereikbaar (certificaat niet vertrouwd)"),
        )
    return UnreachableError(source_name, detail=type(exc).__name__)
