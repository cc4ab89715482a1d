"""How the demo Klantinteracties API answers: JSON with Open Klant's ``API-version`` header, and
problems in the shape the ZGW side uses too (``demo/http_common``), with Open Klant's type names
(``NotAuthenticated``, ``AuthenticationFailed``, ``ValidationError``, ``ParseError`` ...)."""

from __future__ import annotations

from aiohttp import web

from kcc_desk.demo.http_common import ApiError, json_response, problem_body
from kcc_desk.demo.klantinteracties.validation import InvalidParam

API_VERSION = "0.9.0"


def problem(  # noqa: PLR0917 - mirrors the problem body's fields one to one
    request: web.Request,
    status: int,
    name: str,
    code: str,
    title: str,
    detail: str = "",
    invalid_params: list[InvalidParam] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    error = ApiError(
        status, code, title, detail, invalid_params=invalid_params, headers=headers, type_name=name
    )
    return json_ok(problem_body(f"{request.scheme}://{request.host}", error), status, headers)


def json_ok(body: object, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON answer with Open Klant's API-version header (compact UTF-8, as DRF renders it)."""
    return json_response(body, status, {"API-version": API_VERSION, **(headers or {})})


def validation_error(request: web.Request, params: list[InvalidParam]) -> web.Response:
    return problem(
        request, 400, "ValidationError", "invalid", "Ongeldige invoerwaarde.", "", params
    )


def not_found(request: web.Request, detail: str = "") -> web.Response:
    return problem(request, 404, "NotFound", "not_found", "Niet gevonden.", detail)
