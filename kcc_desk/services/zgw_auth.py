"""ZGW JWT (HS256) minting, cached well inside Open Zaak's one-hour expiry.

Open Zaak rejects a token ``JWT_EXPIRY`` (default 3600 s) after ``iat`` and answers clock skew with
403, so a token is re-minted after :data:`REMINT_AFTER_S` rather than near the limit.
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import jwt

try:
    from jwt.warnings import InsecureKeyLengthWarning
except ImportError:  # pyjwt before 2.10 does not warn at all
    InsecureKeyLengthWarning = UserWarning  # type: ignore[misc,assignment]

REMINT_AFTER_S = 300.0
# catch_warnings swaps process-wide filters: the connection test mints on a thread of its own.
_WARNINGS_LOCK = threading.Lock()


@dataclass(slots=True)
class _Minted:
    token: str
    minted_at: float


class JwtMinter:
    def __init__(self, agent_id: str, *, clock: Callable[[], float] = time.time) -> None:
        self._agent_id = agent_id
        self._clock = clock
        self._tokens: dict[tuple[str, str], _Minted] = {}

    def token(self, client_id: str, secret: str) -> str:
        key = (client_id, secret)
        now = self._clock()
        cached = self._tokens.get(key)
        if cached is not None and 0 <= now - cached.minted_at < REMINT_AFTER_S:
            return cached.token
        payload = {
            "iss": client_id,
            "iat": int(now),
            "client_id": client_id,
            "user_id": self._agent_id,
            "user_representation": self._agent_id,
        }
        with _WARNINGS_LOCK, warnings.catch_warnings():
            # Municipal secrets are often shorter than pyjwt's recommended 32 bytes; that is
            # for `sources test` to say in words (secret_length), not a library warning on stderr.
            warnings.simplefilter("ignore", InsecureKeyLengthWarning)
            token = jwt.encode(payload, secret, algorithm="HS256", headers={"typ": "JWT"})
        self._tokens[key] = _Minted(token, now)
        return token

    def authorization(self, client_id: str, secret: str) -> str:
        return f"Bearer {self.token(client_id, secret)}"
