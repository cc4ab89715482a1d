"""ZGW error bodies and JSON decoding: turn what came back into typed errors.

Open Zaak serves problem bodies (``Fout``/``ValidatieFout``) as ``application/json``, not
``application/problem+json``: an error is recognised by status and shape, never by media type.
"""

from __future__ import annotations

import json
from typing import Any

from kcc_desk.services.errors import ApiError, InvalidResponseError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP


def decode_json(content: bytes, source_name: str) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        raise InvalidResponseError(
            source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (geen JSON)")
        ) from None


def try_json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def api_error(source_name: str, status: int, body: Any) -> ApiError:
    """Status + problem shape (ZGW ``Fout``), whatever the media type says."""
    if not isinstance(body, dict):
        return ApiError(source_name, status)
    message = body.get("detail") or body.get("title") or ""
    code = body.get("code") or ""
    params: list[tuple[str, str, str]] = []
    raw_params = body.get("invalidParams")
    if isinstance(raw_params, list):
        for item in raw_params:
            if isinstance(item, dict):
                params.append(
                    (
                        str(item.get("name", "")),
                        str(item.get("code", "")),
                        str(item.get("reason", "")),
                    )
                )
    return ApiError(
        source_name,
        status,
        server_message=message if isinstance(message, str) else "",
        code=code if isinstance(code, str) else "",
        invalid_params=tuple(params),
    )
