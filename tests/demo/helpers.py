"""Small helpers for talking to the demo server like a ZGW client would."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt

from kcc_desk.demo.server import DemoSource

CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
BSN_PARAM = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


def make_token(source: DemoSource, **claims: Any) -> str:
    payload: dict[str, Any] = {
        "iss": source.client_id,
        "iat": int(time.time()),
        "client_id": source.client_id,
        "user_id": "j.jansen",
        "user_representation": "J. Jansen",
    }
    payload.update(claims)
    payload = {k: v for k, v in payload.items() if v is not None}
    return jwt.encode(payload, source.secret, algorithm="HS256")


def auth_headers(source: DemoSource, crs: bool = True) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {make_token(source)}", "Accept": "application/json"}
    if crs:
        headers.update(CRS)
    return headers


def client(source: DemoSource, crs: bool = True, timeout: float = 10.0) -> httpx.Client:
    return httpx.Client(headers=auth_headers(source, crs), timeout=timeout)
