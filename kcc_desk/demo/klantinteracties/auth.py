"""Open Klant's token authentication, as recorded: ``Authorization: Token <key>``; 401
``not_authenticated`` without it or with a Bearer JWT (DRF ignores other schemes), 401
``authentication_failed`` for a wrong or malformed key, always with ``WWW-Authenticate: Token``."""

from __future__ import annotations

import hmac

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from kcc_desk.demo.klantinteracties.responses import problem


def make_token_middleware(token: str) -> Middleware:
    @web.middleware
    async def token_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
        header = request.headers.get("Authorization", "")
        parts = header.split()
        auth_headers = {"WWW-Authenticate": "Token"}
        if not parts or parts[0].lower() != "token":
            # DRF TokenAuthentication ignores other schemes: a ZGW Bearer JWT is "no token".
            return problem(
                request,
                401,
                "NotAuthenticated",
                "not_authenticated",
                "Authenticatiegegevens zijn niet opgegeven.",
                headers=auth_headers,
            )
        if len(parts) != 2:
            detail = (
                "Ongeldige token header. Geen credentials gegeven."
                if len(parts) == 1
                else "Ongeldige token header. Token mag geen spaties bevatten."
            )
            return problem(
                request,
                401,
                "AuthenticationFailed",
                "authentication_failed",
                "Ongeldige authenticatiegegevens.",
                detail,
                headers=auth_headers,
            )
        if not hmac.compare_digest(parts[1].encode(), token.encode()):
            return problem(
                request,
                401,
                "AuthenticationFailed",
                "authentication_failed",
                "Ongeldige authenticatiegegevens.",
                "Ongeldige token.",
                headers=auth_headers,
            )
        response: web.StreamResponse = await handler(request)
        return response

    return token_auth
