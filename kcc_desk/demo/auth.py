"""ZGW JWT verification as Open Zaak does it: HS256, ``client_id`` and ``iat`` required, tokens
live 3600 s, every failure is a 403 with a specific code (see the err_auth_* recordings)."""

from __future__ import annotations

import time
from collections.abc import Mapping

import jwt

from kcc_desk.demo.http_common import ApiError

JWT_EXPIRY_S = 3600
# Open Zaak accepted an iat 10 minutes in the future (auth_jwt_iat_10min_future_200); allow
# clock drift up to this much before calling the token not yet valid.
FUTURE_LEEWAY_S = 1800

_TITLE = "Je hebt geen toestemming om deze actie uit te voeren."


def _denied(code: str, detail: str) -> ApiError:
    return ApiError(403, code, _TITLE, detail)


def check_authorization(
    header: str | None, secrets: Mapping[str, str], now: float | None = None
) -> str:
    """Return the client_id of a valid token, else raise the 403 Open Zaak would give."""
    if not header or not header.startswith("Bearer "):
        raise _denied("permission_denied", _TITLE)
    token = header[len("Bearer ") :].strip()
    try:
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _denied(
            "jwt-decode-error",
            "Het JWT kon niet gedecodeerd worden. Mogelijks heb je een copy-paste fout gemaakt",
        ) from None
    client_id = unverified.get("client_id")
    if not client_id or not isinstance(client_id, str):
        raise _denied("missing-client-identifier", "Client identifier ontbreekt in het JWT")
    secret = secrets.get(client_id)
    if secret is None:
        raise _denied("invalid-client-identifier", "Client identifier bestaat niet")
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            # iat and expiry are checked below with Open Zaak's own rules and codes.
            options={"verify_iat": False, "verify_exp": False, "verify_nbf": False},
        )
    except jwt.PyJWTError:
        raise _denied("invalid-jwt-signature", "Client credentials zijn niet geldig") from None
    iat = claims.get("iat")
    if iat is None:
        raise _denied("jwt-missing-iat-claim", "Missing required iat claim")
    if not isinstance(iat, int | float):
        raise _denied("jwt-decode-error", "De iat-claim is geen getal")
    current = time.time() if now is None else now
    if current - iat > JWT_EXPIRY_S:
        raise _denied("jwt-expired", "De JWT die gebruikt is voor dit verzoek is verlopen")
    if iat - current > FUTURE_LEEWAY_S:
        raise _denied("jwt-immature", "De JWT is nog niet geldig (iat ligt in de toekomst)")
    return client_id
