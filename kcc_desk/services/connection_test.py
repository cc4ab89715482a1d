""" "Test verbinding": can kcc-desk reach each API root, log in, and speak its version?

Per API root two requests, both harmless and personal-data free:

1. ``GET <root>`` (with auth): reachability, TLS, the ``API-version`` header, and whether the
   JSON lists the resources this kind of API has (so a Catalogi URL typed into the Zaken field is
   caught).
2. ``GET <root><list>?identificatie=kcc-desk-verbindingstest`` (with auth): a list call that
   matches nothing, because Open Zaak may serve the root without checking the token. 2xx or 400
   (the request got past authentication) means the login works.

Every finding is a :class:`CheckResult` with one plain-language sentence (a translatable
:class:`Message`) for an agent or administrator: what is wrong and what to do. Messages quote the
configured URL, never a secret.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kcc_desk.services.config import SourceConfig
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message, verbatim
from kcc_desk.services.secret_length import JWT_CHECK_LABEL, short_secret_advice
from kcc_desk.services.zgw_auth import JwtMinter

if TYPE_CHECKING:
    # Imported lazily at run time: views import CheckResult from here and must not load httpx.
    import httpx

log = logging.getLogger(__name__)

PROBE_VALUE = "kcc-desk-verbindingstest"
KLANTINTERACTIES_NAME = "Klantinteracties"


class CheckStatus(StrEnum):
    OK = "ok"
    WARNING = "waarschuwing"
    ERROR = "fout"


@dataclass(frozen=True, slots=True)
class ApiKind:
    label: str  # "Zaken API"
    resources: tuple[str, ...]  # resource names its root lists; one is enough to recognise it
    probe: str  # relative list URL that matches nothing
    supported_majors: tuple[int, ...]
    headers: Mapping[str, str]


ZAKEN = ApiKind(
    label="Zaken API",
    resources=("zaken", "statussen"),
    probe=f"zaken?identificatie={PROBE_VALUE}",
    supported_majors=(1,),
    headers={"Accept-Crs": "EPSG:4326"},  # Open Zaak answers 412 on /zaken without it
)
CATALOGI = ApiKind(
    label="Catalogi API",
    resources=("zaaktypen", "catalogussen"),
    probe=f"zaaktypen?identificatie={PROBE_VALUE}",
    supported_majors=(1,),
    headers={},
)
DOCUMENTEN = ApiKind(
    label="Documenten API",
    resources=("enkelvoudiginformatieobjecten",),
    probe=f"enkelvoudiginformatieobjecten?identificatie={PROBE_VALUE}",
    supported_majors=(1,),
    headers={},
)
# Open Klant 2 serves Klantinteracties 0.x (0.9.0 in 2.18); a 1.x is expected to stay compatible.
KLANTINTERACTIES = ApiKind(
    label="Klantinteracties API",
    resources=("klantcontacten", "partijen"),
    probe=f"klantcontacten?nummer={PROBE_VALUE}",
    supported_majors=(0, 1),
    headers={},
)


@dataclass(frozen=True, slots=True)
class CheckResult:
    source: str  # source name, or "Klantinteracties"
    api: str  # "Zaken API", ...
    url: str  # the API root that was checked
    status: CheckStatus
    ui_message: Message  # one plain sentence (or two); translate where it is shown
    http_status: int | None = None
    api_version: str | None = None
    code: str | None = None  # the server's problem ``code``, for the administrator

    @property
    def message(self) -> str:
        """The sentence in Dutch (CLI, logs)."""
        return str(self.ui_message)

    @property
    def ok(self) -> bool:
        return self.status is not CheckStatus.ERROR

    def line_message(self) -> Message:
        """``Open Zaak – Zaken API: in orde (versie 1.5.1).`` — for the dialog (translated)."""
        return QT_TRANSLATE_NOOP("ConnectionTest", "{source} – {api}: {message}").format(
            source=self.source, api=self.api, message=self.ui_message
        )

    def line(self) -> str:
        """The same in Dutch, for the CLI."""
        return str(self.line_message())


class _Failed(Exception):
    """Internal: stop checking this root, with this result."""

    def __init__(self, result: CheckResult) -> None:
        super().__init__(result.message)
        self.result = result


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
        response = await _get(client, root, {**kind.headers, **auth()}, timeout_s, result)
        version = response.headers.get("API-version")
        _check_shape(response, kind, root, result, has_secret=has_secret)
        probe = await _get(client, root + kind.probe, {**kind.headers, **auth()}, timeout_s,
                           result)  # fmt: skip
        if probe.status_code not in (400,) and not probe.is_success:
            _check_shape(probe, kind, root, result, has_secret=has_secret)
        version = version or probe.headers.get("API-version")
    except _Failed as failed:
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


async def _get(
    client: httpx.AsyncClient,
    url: str,
    headers: Mapping[str, str],
    timeout_s: float,
    result: Callable[..., CheckResult],
) -> httpx.Response:
    import httpx

    try:
        return await client.get(url, headers=dict(headers), timeout=timeout_s)
    except httpx.TimeoutException:
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest",
                    "reageert niet binnen {seconds} seconden. Probeer het later opnieuw of "
                    "vraag de beheerder van de bron of de server werkt.",
                ).format(seconds=f"{timeout_s:g}"),
            )
        ) from None
    except httpx.ConnectError as exc:
        raise _Failed(result(CheckStatus.ERROR, _connect_error_words(exc))) from None
    except httpx.HTTPError as exc:
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest", "niet bereikbaar: de verbinding liep mis ({problem})."
                ).format(problem=type(exc).__name__),
            )
        ) from None
    except ssl.SSLError:
        raise _Failed(result(CheckStatus.ERROR, _CERTIFICATE_WORDS)) from None


_CERTIFICATE_WORDS = QT_TRANSLATE_NOOP(
    "ConnectionTest",
    "certificaat wordt niet vertrouwd: de server laat een certificaat zien dat deze computer "
    "niet kan controleren. Vraag de beheerder om het CA-bestand van de gemeente en stel dat in "
    "bij Instellingen → Algemeen → CA-bestand.",
)


def _connect_error_words(exc: httpx.ConnectError) -> Message:
    text = _exception_chain_text(exc)
    if any(isinstance(e, ssl.SSLError) for e in _exception_chain(exc)) or (
        "certificate" in text.lower() or "ssl" in text.lower()
    ):
        if "hostname" in text.lower() or "doesn't match" in text.lower():
            return QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "certificaat wordt niet vertrouwd: het certificaat hoort bij een andere "
                "servernaam. Controleer het adres.",
            )
        return _CERTIFICATE_WORDS
    lowered = text.lower()
    if any(
        marker in lowered
        for marker in ("name or service not known", "nodename nor servname", "getaddrinfo",
                       "no address associated", "temporary failure in name resolution")
    ):  # fmt: skip
        return QT_TRANSLATE_NOOP(
            "ConnectionTest", "niet bereikbaar: de servernaam is onbekend. Controleer het adres."
        )
    return QT_TRANSLATE_NOOP(
        "ConnectionTest",
        "niet bereikbaar: de server neemt geen verbinding aan. Controleer het adres en de "
        "netwerkverbinding, of vraag de beheerder van de bron of de server draait.",
    )


def _exception_chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _exception_chain_text(exc: BaseException) -> str:
    return " | ".join(str(e) for e in _exception_chain(exc))


def _problem_code(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        return None
    code = body.get("code") if isinstance(body, dict) else None
    return str(code)[:80] if code else None


def _is_json(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return content_type == "application/json" or content_type.endswith("+json")


def _check_shape(
    response: httpx.Response,
    kind: ApiKind,
    root: str,
    result: Callable[..., CheckResult],
    *,
    has_secret: bool = True,
) -> None:
    """Raise :class:`_Failed` unless ``response`` is the JSON root of a ``kind`` API."""
    status = response.status_code
    version = response.headers.get("API-version")
    code = _problem_code(response) if _is_json(response) else None
    extra: dict[str, Any] = {"http_status": status, "api_version": version, "code": code}
    code_words = (
        QT_TRANSLATE_NOOP("ConnectionTest", " (code van de server: {code})").format(code=code)
        if code
        else verbatim("")
    )
    if status in (401, 403):
        if not has_secret:
            message = QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "de bron vraagt om aanmelding ({status}), maar er is geen sleutel ingesteld. "
                "Stel die in met 'kcc-desk sources set-secret' of in Instellingen.",
            ).format(status=status)
        elif status == 401:
            message = QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "aanmelden mislukt (401): de bron kent deze sleutel of dit token niet"
                "{code_words}. Controleer de client-id en de sleutel.",
            ).format(code_words=code_words)
        else:
            message = QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "geen toegang (403): de bron weigert deze client-id, deze sleutel of de tijd van "
                "deze computer{code_words}. Controleer de client-id, de sleutel en de klok. "
                "Vraag de beheerder van de bron om rechten voor kcc-desk.",
            ).format(code_words=code_words)
        raise _Failed(result(CheckStatus.ERROR, message, **extra))
    if 300 <= status < 400:
        target = response.headers.get("Location", "")
        raise _Failed(
            result(
                CheckStatus.ERROR,
                (
                    QT_TRANSLATE_NOOP(
                        "ConnectionTest",
                        "dit adres is geen {api}: de server stuurt door ({status}) naar "
                        "{target}. Vul het adres in waar de API echt staat.",
                    )
                    if target
                    else QT_TRANSLATE_NOOP(
                        "ConnectionTest",
                        "dit adres is geen {api}: de server stuurt door ({status}). "
                        "Vul het adres in waar de API echt staat.",
                    )
                ).format(api=kind.label, status=status, target=target[:200]),
                **extra,
            )
        )
    if not _is_json(response):
        what = (
            QT_TRANSLATE_NOOP("ConnectionTest", "een webpagina (HTML)")
            if "html" in response.headers.get("Content-Type", "")
            else QT_TRANSLATE_NOOP("ConnectionTest", "geen JSON")
        )
        # A 5xx web page is often a proxy or gateway in trouble rather than a wrong address.
        advice = (
            QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "Controleer het adres (het eindigt meestal op /api/v1/). Klopt het, dan is er "
                "een storing bij de server of een proxy ertussen. Meld het bij de beheerder "
                "van de bron.",
            )
            if status >= 500
            else QT_TRANSLATE_NOOP(
                "ConnectionTest", "Controleer het adres. Het eindigt meestal op /api/v1/."
            )
        )
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest",
                    "dit adres is geen {api}: het antwoord is {what} (status {status}). {advice}",
                ).format(api=kind.label, what=what, status=status, advice=advice),
                **extra,
            )
        )
    if status == 404:
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest",
                    "dit adres is geen {api} (404 niet gevonden). Controleer het adres. Het "
                    "eindigt meestal op /api/v1/.",
                ).format(api=kind.label),
                **extra,
            )
        )
    if status >= 500:
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest",
                    "storing bij de bron ({status}){code_words}. Probeer het later opnieuw of "
                    "meld het bij de beheerder van de bron.",
                ).format(status=status, code_words=code_words),
                **extra,
            )
        )
    if status >= 400:
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest", "de bron weigert het verzoek ({status}){code_words}."
                ).format(status=status, code_words=code_words),
                **extra,
            )
        )
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        raise _Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest",
                    "ongeldig antwoord: de server stuurt geen geldige JSON (status {status}).",
                ).format(status=status),
                **extra,
            )
        ) from None
    # The root lists resource URLs; a list call has "results" (or is an array for some APIs).
    looks_right = (
        isinstance(body, dict) and (any(r in body for r in kind.resources) or "results" in body)
    ) or isinstance(body, list)
    if not looks_right:
        other = _which_api(body)
        if other and other != kind.label:
            message = QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "dit adres is geen {api} (het lijkt een {other}). Controleer of u het juiste "
                "adres in het juiste veld hebt gezet.",
            ).format(api=kind.label, other=other)
        else:
            message = QT_TRANSLATE_NOOP(
                "ConnectionTest",
                "dit adres is geen {api}. Controleer of u het juiste adres in het juiste veld "
                "hebt gezet.",
            ).format(api=kind.label)
        raise _Failed(result(CheckStatus.ERROR, message, **extra))


def _which_api(body: object) -> str | None:
    if not isinstance(body, dict):
        return None
    for kind in (ZAKEN, CATALOGI, DOCUMENTEN, KLANTINTERACTIES):
        if any(r in body for r in kind.resources):
            return kind.label
    return None


def _major(version: str) -> int | None:
    head = version.strip().split(".", 1)[0]
    return int(head) if head.isdigit() else None


def all_ok(results: Sequence[CheckResult]) -> bool:
    """True when nothing is an error (warnings are allowed)."""
    return all(result.ok for result in results)


def make_test_runners(
    agent_id: str,
    ca_bundle: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> tuple[
    Callable[[Any], Awaitable[list[CheckResult]]],
    Callable[[str, str | None], Awaitable[list[CheckResult]]],
]:
    """The two async callables the settings presenter is given: test a source as typed in the
    dialog, and test the Klantinteracties endpoint. A secret passed in (typed, not saved yet)
    wins; otherwise the same order as ``credentials``: environment, keyring/session, inline."""
    import os

    from kcc_desk.services.credentials import (
        KEYRING_SERVICE,
        KLANTINTERACTIES_ENV,
        KLANTINTERACTIES_USER,
        keyring_user,
        secret_env_var,
    )
    from kcc_desk.services.keyring_safety import lookup_secret

    env = os.environ if environ is None else environ

    async def run_source(settings: Any) -> list[CheckResult]:
        secret = (
            getattr(settings, "secret", None)
            or env.get(secret_env_var(settings.name))
            or lookup_secret(KEYRING_SERVICE, keyring_user(settings.name))
        )
        async with new_test_client(ca_bundle) as client:
            return await test_source(settings, secret, agent_id, client)

    async def run_klantinteracties(url: str, token: str | None) -> list[CheckResult]:
        token = (
            token
            or env.get(KLANTINTERACTIES_ENV)
            or lookup_secret(KEYRING_SERVICE, KLANTINTERACTIES_USER)
        )
        async with new_test_client(ca_bundle) as client:
            return await test_klantinteracties(url, token, client)

    return run_source, run_klantinteracties
