"""The wording of a connection test: what went wrong with one request, in one or two plain
sentences for an agent or administrator (what is wrong and what to do).

``fetch`` turns a network or TLS failure into words; ``check_shape`` an answer that is not the
JSON root of the expected API (refused, redirected, a web page, 404, 5xx, another API). Both
stop the check of that root with :class:`Failed`. Messages quote the configured URL, never a
secret.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from kcc_desk.services.connection_result import (
    CATALOGI,
    DOCUMENTEN,
    KLANTINTERACTIES,
    ZAKEN,
    ApiKind,
    CheckResult,
    CheckStatus,
)
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message, verbatim

if TYPE_CHECKING:
    import httpx


class Failed(Exception):
    """Internal: stop checking this root, with this result."""

    def __init__(self, result: CheckResult) -> None:
        super().__init__(result.message)
        self.result = result


async def fetch(
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
        raise Failed(
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
        raise Failed(result(CheckStatus.ERROR, _connect_error_words(exc))) from None
    except httpx.HTTPError as exc:
        raise Failed(
            result(
                CheckStatus.ERROR,
                QT_TRANSLATE_NOOP(
                    "ConnectionTest", "niet bereikbaar: de verbinding liep mis ({problem})."
                ).format(problem=type(exc).__name__),
            )
        ) from None
    except ssl.SSLError:
        raise Failed(result(CheckStatus.ERROR, _CERTIFICATE_WORDS)) from None


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


def check_shape(
    response: httpx.Response,
    kind: ApiKind,
    root: str,
    result: Callable[..., CheckResult],
    *,
    has_secret: bool = True,
) -> None:
    """Raise :class:`Failed` unless ``response`` is the JSON root of a ``kind`` API."""
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
        raise Failed(result(CheckStatus.ERROR, message, **extra))
    if 300 <= status < 400:
        target = response.headers.get("Location", "")
        raise Failed(
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
        raise Failed(
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
        raise Failed(
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
        raise Failed(
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
        raise Failed(
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
        raise Failed(
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
        raise Failed(result(CheckStatus.ERROR, message, **extra))


def _which_api(body: object) -> str | None:
    if not isinstance(body, dict):
        return None
    for kind in (ZAKEN, CATALOGI, DOCUMENTEN, KLANTINTERACTIES):
        if any(r in body for r in kind.resources):
            return kind.label
    return None
