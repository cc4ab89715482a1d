"""The HTTP side of the Klantinteracties client (Open Klant 2.18.0, API 0.9.0): one API root,
``Authorization: Token <key>``, errors turned into typed, translatable exceptions, paginated lists.

Qt-free. The ``httpx.AsyncClient`` is passed in (one shared client per app, set up with the
timeouts, CA bundle and limits the app wants). The token never goes to another host, whatever a
response's ``next`` says.

Privacy: no BSN, name, phone number or free text ever goes into a log line or an exception
message; logs name the resource and the status code only (query strings hold BSNs).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from kcc_desk.services.contacts.errors import (
    KlantinteractiesAuthError,
    KlantinteractiesNotFound,
    KlantinteractiesRejected,
    KlantinteractiesUnavailable,
)
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.parsing import parse_datetime

log = logging.getLogger(__name__)

MAX_PAGES = 20  # a caller's history longer than 20 pages is not something an agent reads

INVALID_ANSWER = QT_TRANSLATE_NOOP(
    "Klantinteracties", "Klantinteracties gaf een ongeldig antwoord."
)


# One rule for ISO date-times in every API (naive values are UTC): services.parsing's.
parse_dt = parse_datetime


def uuid_of(ref: object) -> str:
    if isinstance(ref, Mapping):
        value = ref.get("uuid")
        if isinstance(value, str):
            return value
        url = ref.get("url")
        if isinstance(url, str):
            return url.rstrip("/").rsplit("/", 1)[-1]
    return ""


def _resource_of(url: str) -> str:
    """The resource part of an API URL, for logging without ids or query strings."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    for index, part in enumerate(parts):
        if part == "v1" and index + 1 < len(parts):
            return parts[index + 1]
    return parts[-1] if parts else "?"


class KlantinteractiesTransport:
    """Requests to one Klantinteracties API root (e.g. ``https://…/klantinteracties/api/v1/``)."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, token: str) -> None:
        self._http = http
        self.base_url = base_url.rstrip("/") + "/"
        self._origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.base_url))
        self._headers = {"Authorization": f"Token {token}", "Accept": "application/json"}

    async def _request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
        decode: bool = True,
    ) -> Any:
        """The decoded JSON body (None for an empty one); with ``decode=False`` the raw bytes,
        for a caller that parses a large body off the event loop."""
        url = path_or_url if "://" in path_or_url else self.base_url + path_or_url
        if not url.startswith(self._origin + "/"):
            # Never send the token to another host, whatever a response's "next" says.
            raise KlantinteractiesUnavailable(INVALID_ANSWER)
        resource = _resource_of(url)
        try:
            response = await self._http.request(
                method, url, params=params, json=json, headers=self._headers
            )
        except httpx.TimeoutException:
            log.warning("klantinteracties %s %s: time-out", method, resource)
            raise KlantinteractiesUnavailable(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties reageert niet op tijd. Probeer het later opnieuw.",
                )
            ) from None
        except httpx.TransportError as exc:
            log.warning("klantinteracties %s %s: %s", method, resource, type(exc).__name__)
            raise KlantinteractiesUnavailable(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties is niet bereikbaar. Probeer het later opnieuw.",
                )
            ) from None
        except httpx.HTTPError as exc:  # decoding, redirects: the answer was unusable
            log.warning("klantinteracties %s %s: %s", method, resource, type(exc).__name__)
            raise KlantinteractiesUnavailable(INVALID_ANSWER) from None
        status = response.status_code
        log.debug("klantinteracties %s %s -> %s", method, resource, status)
        if 200 <= status < 300:
            if status == 204 or not response.content:
                return None
            if not decode:
                return response.content
            try:
                return response.json()
            except ValueError:
                log.warning("klantinteracties %s %s: geen JSON", method, resource)
                raise KlantinteractiesUnavailable(INVALID_ANSWER) from None
        self._raise_for(method, resource, response)
        raise AssertionError("unreachable")

    def _raise_for(self, method: str, resource: str, response: httpx.Response) -> None:
        status = response.status_code
        body: Any = None
        try:
            body = response.json()
        except ValueError:
            body = None
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        log.warning("klantinteracties %s %s: HTTP %s %s", method, resource, status, code)
        if status in (401, 403):
            raise KlantinteractiesAuthError(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties weigert de toegang ({status}). Controleer het token.",
                ).format(status=status),
                status=status,
                code=code,
            )
        if status == 404:
            raise KlantinteractiesNotFound(
                QT_TRANSLATE_NOOP("Klantinteracties", "Klantinteracties kent dit niet (404)."),
                status=status,
                code=code,
            )
        if status in (408, 429) or status >= 500 or not isinstance(body, dict):
            raise KlantinteractiesUnavailable(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties heeft een storing ({status}). Probeer het later opnieuw.",
                ).format(status=status),
                status=status,
                code=code,
            )
        params: list[tuple[str, str]] = []
        for item in body.get("invalidParams") or ():
            if isinstance(item, dict):
                params.append((str(item.get("name", "")), str(item.get("code", ""))))
        fields = ", ".join(sorted({name for name, _ in params if name}))
        if fields:
            message = QT_TRANSLATE_NOOP(
                "Klantinteracties",
                "Klantinteracties weigerde het verzoek ({status}): controleer {fields}.",
            ).format(status=status, fields=fields)
        else:
            message = QT_TRANSLATE_NOOP(
                "Klantinteracties", "Klantinteracties weigerde het verzoek ({status})."
            ).format(status=status)
        raise KlantinteractiesRejected(
            message, status=status, code=code, invalid_params=tuple(params)
        )

    async def _list(
        self, resource: str, params: Mapping[str, str], *, max_pages: int = MAX_PAGES
    ) -> list[dict[str, Any]]:
        """All results of a paginated list (following absolute ``next`` URLs)."""
        results: list[dict[str, Any]] = []
        body = await self._request("GET", resource, params=params)
        for _ in range(max_pages):
            if isinstance(body, list):  # tolerate servers that answer plain arrays
                results.extend(r for r in body if isinstance(r, dict))
                break
            if not isinstance(body, dict):
                raise KlantinteractiesUnavailable(INVALID_ANSWER)
            results.extend(r for r in body.get("results") or () if isinstance(r, dict))
            next_url = body.get("next")
            if not isinstance(next_url, str) or not next_url:
                break
            body = await self._request("GET", next_url)
        return results

    async def _create(self, resource: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        body = await self._request("POST", resource, json=payload)
        if not isinstance(body, dict) or not isinstance(body.get("uuid"), str):
            raise KlantinteractiesUnavailable(INVALID_ANSWER)
        return body
