"""The checks of a connection test, per kind of source: the ZGW source's three API roots (with a
ZGW JWT) and the Klantinteracties root (``Authorization: Token``).

Per API root two requests, both harmless and personal-data free:

1. ``GET <root>`` (with auth): reachability, TLS, the ``API-version`` header, and whether the
   JSON lists the resources this kind of API has (so a Catalogi URL typed into the Zaken field is
   caught).
2. ``GET <root><list>?identificatie=kcc-desk-verbindingstest`` (with auth): a list call that
   matches nothing, because Open Zaak may serve the root without checking the token. 2xx or 400
   (the request got past authentication) means the login works.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kcc_desk.services.config import SourceConfig
from kcc_desk.services.connection_result import (
    CATALOGI,
    DOCUMENTEN,
    KLANTINTERACTIES,
    KLANTINTERACTIES_NAME,
    ZAKEN,
    ApiKind,
    CheckResult,
    CheckStatus,
)
from kcc_desk.services.connection_words import Failed, check_shape, fetch
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message
from kcc_desk.services.secret_length import JWT_CHECK_LABEL, short_secret_advice
from kcc_desk.services.zgw_auth import JwtMinter

if TYPE_CHECKING:
    # Imported lazily at run time: views import CheckResult and must not load httpx.
    import httpx

log = logging.getLogger(__name__)


def new_test_client(ca_bundle: str | None = None) -> httpx.AsyncClient:
    """A client for connection tests (a redirect is reported, not followed)."""
    from kcc_desk.services.http_client import make_http_client

    return make_http_client(ca_bundle, headers={"Accept": "application/json"})


async def test_source(
    source: SourceConfig | Any,
    secret: str | None,
    agent_id: str,
    client: httpx.AsyncClient,
) -> list[CheckResult]:
    """Check the Zaken, Catalogi and Documenten API roots of ``source`` concurrently.

    ``source`` is a :class:`SourceConfig` or anything with the same attributes (the dialog's
    ``SourceSettings``). ``secret`` None means "none configured": reachability and version are
    still checked, and an authentication refusal is explained as the missing secret.
    """
    minter = JwtMinter(agent_id)

    def auth() -> dict[str, str]:
        if not secret:
            return {}
        return {"Authorization": minter.authorization(source.client_id, secret)}

    roots = [
        (kind, url)
        for kind, url in ((ZAKEN, source.zaken_api), (CATALOGI, source.catalogi_api),
                          (DOCUMENTEN, source.documenten_api))
        if url
    ]  # fmt: skip
    timeout = float(getattr(source, "timeout_s", 8.0))
    checks = [
        _check_root(
            client,
            source.name,
            kind=kind,
            root=_root(url),
            auth=auth,
            timeout_s=timeout,
            has_secret=bool(secret),
        )
        for kind, url in roots
    ]
    results = list(await asyncio.gather(*checks))
    if advice := short_secret_advice(secret):
        results.append(CheckResult(source.name, JWT_CHECK_LABEL, source.zaken_api,
                                   CheckStatus.WARNING, advice))  # fmt: skip
    return results


async def test_klantinteracties(
    url: str, token: str | None, client: httpx.AsyncClient, timeout_s: float = 8.0
) -> list[CheckResult]:
    """Check the Klantinteracties API root (``Authorization: Token``)."""

    def auth() -> dict[str, str]:
        return {"Authorization": f"Token {token}"} if token else {}

    result = await _check_root(
        client,
        KLANTINTERACTIES_NAME,
        kind=KLANTINTERACTIES,
        root=_root(url),
        auth=auth,
        timeout_s=timeout_s,
        has_secret=bool(token),
    )
    return [result]


# Not pytest tests, despite the names the issue asked for.
test_source.__test__ = False  # type: ignore[attr-defined]
test_klantinteracties.__test__ = False  # type: ignore[attr-defined]


def _root(url: str) -> str:
    url = url.strip()
    return url if url.endswith("/") else url + "/"


async def _check_root(
    client: httpx.AsyncClient,
    source: str,
    *,
    kind: ApiKind,
    root: str,
    auth: Callable[[], dict[str, str]],
    timeout_s: float,
    has_secret: bool,
) -> CheckResult:
    def result(status: CheckStatus, message: Message, **extra: Any) -> CheckResult:
        return CheckResult(source, kind.label, root, status, message, **extra)

    try:
        response = await fetch(client, root, {**kind.headers, **auth()}, timeout_s, result)
        version = response.headers.get("API-version")
        check_shape(response, kind, root, result, has_secret=has_secret)
        probe = await fetch(client, root + kind.probe, {**kind.headers, **auth()}, timeout_s,
                           result)  # fmt: skip
        if probe.status_code not in (400,) and not probe.is_success:
            check_shape(probe, kind, root, result, has_secret=has_secret)
        version = version or probe.headers.get("API-version")
    except Failed as failed:
        log.info("verbindingstest %s %s: %s", source, kind.label, failed.result.status.value)
        return failed.result

    if not version:
        return result(
            CheckStatus.WARNING,
            QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "bereikbaar en aangemeld, maar de server meldt geen API-versie. Controleer of dit "
                "adres echt een {api} is.",
            ).format(api=kind.label),
            http_status=response.status_code,
        )
    major = _major(version)
    if major is None or major not in kind.supported_majors:
        wanted = " / ".join(f"{m}.x" for m in kind.supported_majors)
        return result(
            CheckStatus.ERROR,
            QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "versie {version} wordt niet ondersteund (kcc-desk werkt met {api} {wanted}).",
            ).format(version=version, api=kind.label, wanted=wanted),
            http_status=response.status_code,
            api_version=version,
        )
    if not has_secret:
        return result(
            CheckStatus.ERROR,
            QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "bereikbaar (versie {version}), maar er is geen sleutel ingesteld. Stel die in "
                "met 'kcc-desk sources set-secret' of in Instellingen.",
            ).format(version=version),
            http_status=response.status_code,
            api_version=version,
        )
    return result(
        CheckStatus.OK,
        QT_TRANSLATE_NOOP("ConnectionTest", "in orde (versie {version}).").format(version=version),
        http_status=response.status_code,
        api_version=version,
    )


def _major(version: str) -> int | None:
    head = version.strip().split(".", 1)[0]
    return int(head) if head.isdigit() else None
