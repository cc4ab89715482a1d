"""How kcc-desk proves itself to the BRP, pluggable (CLIENT-NOTES §5).

The 2.7.0 OAS defines no security scheme. The proefomgeving and the mock take an API key in
``X-API-KEY``; RvIG's production API uses OAuth2 client credentials. A client asks its
``BrpAuth`` for headers before each request and tells it about a 401, so a token-based scheme can
fetch a fresh token and the request is tried once more.
"""

from __future__ import annotations

from typing import Protocol


class BrpAuth(Protocol):
    async def headers(self) -> dict[str, str]: ...

    async def refresh(self) -> bool:
        """After a 401: True when fresh credentials are worth one more try."""
        ...


class ApiKeyAuth:
    """``X-API-KEY: <key>``. A key cannot be refreshed: a 401 is final."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __repr__(self) -> str:
        return "ApiKeyAuth(<key>)"

    async def headers(self) -> dict[str, str]:
        return {"X-API-KEY": self._key}

    async def refresh(self) -> bool:
        return False
