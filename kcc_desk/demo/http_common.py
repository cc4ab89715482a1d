"""What every endpoint shares: problem responses, query validation, pagination, ETags.

Shapes and Dutch texts are copied from Open Zaak 1.30 (vng-api-common / DRF) as recorded in
/work/shared/zgw-recorded: problem bodies are served as ``application/json``, not
``application/problem+json``; the ``type`` names the exception class.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

from aiohttp import web

Json = dict[str, Any]
T = TypeVar("T")

MAX_PAGE_SIZE = 500  # Open Zaak caps pageSize here (larger values are silently capped)

_TYPE_NAMES = {
    400: "ValidationError",
    401: "NotAuthenticated",
    403: "PermissionDenied",
    404: "NotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    412: "PreconditionFailed",
    415: "UnsupportedMediaType",
    500: "APIException",
}


class ApiError(Exception):
    """Raised by handlers; the error middleware turns it into a problem response."""

    def __init__(
        self,
        status: int,
        code: str,
        title: str,
        detail: str | None = None,
        *,
        invalid_params: list[dict[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
        type_name: str | None = None,
    ) -> None:
        super().__init__(code)
        self.type_name = type_name  # the problem's type; by default the status's usual one
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail or title
        self.invalid_params = invalid_params
        self.headers = dict(headers or {})


def validation_error(name: str, code: str, reason: str) -> ApiError:
    return ApiError(
        400,
        "invalid",
        "Ongeldige invoer.",
        invalid_params=[{"name": name, "code": code, "reason": reason}],
    )


def not_found(detail: str = "Niet gevonden.") -> ApiError:
    return ApiError(404, "not_found", "Niet gevonden.", detail)


def problem_body(base: str, error: ApiError) -> Json:
    type_name = error.type_name or _TYPE_NAMES.get(error.status, "APIException")
    body: Json = {
        "type": f"{base}/ref/fouten/{type_name}/",
        "code": error.code,
        "title": error.title,
        "status": error.status,
        "detail": error.detail,
        "instance": f"urn:uuid:{uuid_mod.uuid4()}",
    }
    if error.invalid_params is not None:
        body["invalidParams"] = error.invalid_params
    return body


def dumps(body: object) -> bytes:
    # DRF renders compact UTF-8 JSON (UNICODE_JSON): diacritics stay as they are.
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(
    body: object, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    return web.Response(
        status=status,
        body=dumps(body),
        content_type="application/json",
        headers=headers,
    )


def detail_response(
    request: web.Request, body: Json, headers: Mapping[str, str] | None = None
) -> web.Response:
    """A detail resource with an ETag; 304 (empty, no API-version) when If-None-Match matches."""
    payload = dumps(body)
    etag = f'"{hashlib.md5(payload, usedforsecurity=False).hexdigest()}"'
    all_headers = {"ETag": etag, **(headers or {})}
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        candidates = {c.strip() for c in if_none_match.split(",")}
        weak = {c[2:] for c in candidates if c.startswith("W/")}
        if "*" in candidates or etag in candidates or etag in weak:
            # Empty body; the middleware leaves API-version off, as in the recordings.
            return web.Response(status=304, headers=all_headers)
    return web.Response(
        status=200,
        body=payload,
        content_type="application/json",
        headers=all_headers,
    )


# --- Query parameter validation --------------------------------------------------------------

Validator = Callable[[str], tuple[str, str] | None]  # None when fine, else (code, reason)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def any_value(value: str) -> tuple[str, str] | None:
    del value
    return None


def max_length(limit: int) -> Validator:
    def check(value: str) -> tuple[str, str] | None:
        if len(value) > limit:
            return ("max_length", "De waarde is te lang.")
        return None

    return check


def url_value(value: str) -> tuple[str, str] | None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ("invalid", "Voer een geldige URL in.")
    return None


def date_value(value: str) -> tuple[str, str] | None:
    if not _DATE.match(value):
        return ("invalid", "Voer een geldige datum in.")
    try:
        date.fromisoformat(value)
    except ValueError:
        return ("invalid", "Voer een geldige datum in.")
    return None


BOOL_VALUES = {"true": True, "True": True, "1": True, "false": False, "False": False, "0": False}


def bool_value(value: str) -> tuple[str, str] | None:
    if value not in BOOL_VALUES:
        return ("invalid", "Selecteer een geldige keuze.")
    return None


def choice(values: Sequence[str]) -> Validator:
    allowed = frozenset(values)

    def check(value: str) -> tuple[str, str] | None:
        if value not in allowed:
            return (
                "invalid_choice",
                f"Selecteer een geldige keuze. {value} is geen beschikbare keuze.",
            )
        return None

    return check


def multi_choice(values: Sequence[str]) -> Validator:
    """Comma-separated values, each from ``values`` (``expand``, ``ordering``)."""
    single = choice(values)

    def check(value: str) -> tuple[str, str] | None:
        for item in value.split(","):
            if not item.strip():
                continue
            problem = single(item.strip())
            if problem:
                return problem
        return None

    return check


def validate_query(query: Mapping[str, str], allowed: Mapping[str, Validator]) -> dict[str, str]:
    """400 ``unknown-parameters`` for names not in ``allowed``, else 400 for bad values.

    Returns the parameters that filter: like django-filter, an empty value (``?zaak=``) means
    "no filter" -- so ``?rol__...__inpBsn=`` really lists every zaak, as on Open Zaak.
    """
    unknown = [name for name in query if name not in allowed]
    if unknown:
        raise validation_error(
            "nonFieldErrors",
            "unknown-parameters",
            f"Onbekende query parameters: {', '.join(unknown)}",
        )
    errors = []
    for name, value in query.items():
        if value == "":
            continue
        problem = allowed[name](value)
        if problem:
            errors.append({"name": name, "code": problem[0], "reason": problem[1]})
    if errors:
        raise ApiError(400, "invalid", "Ongeldige invoer.", invalid_params=errors)
    return {name: value for name, value in query.items() if value != ""}


PAGE_PARAMS: dict[str, Validator] = {"page": any_value, "pageSize": any_value}


def request_query(request: web.Request) -> dict[str, str]:
    """The query string as one value per name (the first, as Django's ``QueryDict[name]``)."""
    return {k: request.query[k] for k in request.query}


def validated_query(request: web.Request, allowed: Mapping[str, Validator]) -> dict[str, str]:
    """:func:`validate_query` on the request's own query string."""
    return validate_query(request_query(request), allowed)


def api_root(base: str, api_path: str, names: Iterable[str]) -> web.Response:
    """An API's root: each resource's name and list URL."""
    return json_response({name: f"{base}{api_path}/{name}" for name in names})


# --- Pagination ------------------------------------------------------------------------------


def _page_url(base: str, path: str, query: Mapping[str, str], page: int | None) -> str:
    # DRF replace_query_param/remove_query_param: parameters sorted by name.
    params = {k: v for k, v in query.items() if k != "page"}
    if page is not None:
        params["page"] = str(page)
    encoded = urlencode(sorted(params.items()))
    return f"{base}{path}?{encoded}" if encoded else f"{base}{path}"


def paginate(
    request: web.Request,
    base: str,
    items: Sequence[T],
    serialize: Callable[[T], Json],
    default_page_size: int,
    *,
    allow_page_size: bool = True,
) -> Json:
    """``{count, next, previous, results}`` as DRF PageNumberPagination (404 out of range)."""
    query = request.query
    size = default_page_size
    if allow_page_size and "pageSize" in query:
        raw = query["pageSize"]
        if raw.isdigit() and int(raw) > 0:
            size = min(int(raw), MAX_PAGE_SIZE)
    raw_page = query.get("page") or "1"
    if raw_page == "last":
        raw_page = str(max(1, math.ceil(len(items) / size)))
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise not_found("Ongeldige pagina.")
    page = int(raw_page)
    pages = max(1, math.ceil(len(items) / size))
    if page > pages:
        raise not_found("Ongeldige pagina.")
    start = (page - 1) * size
    chunk = items[start : start + size]
    flat = {k: query[k] for k in query}
    return {
        "count": len(items),
        "next": _page_url(base, request.path, flat, page + 1) if page < pages else None,
        "previous": (
            None
            if page == 1
            else _page_url(base, request.path, flat, None if page == 2 else page - 1)
        ),
        "results": [serialize(item) for item in chunk],
    }
