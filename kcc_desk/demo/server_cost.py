"""A model of what each request costs a real Open Zaak 1.30, for benchmarks (``--server-cost``).

The demo server answers in microseconds whatever it is asked; a real Open Zaak spends most of a
lookup serialising what ``expand`` asks for. With the model on, every answer is held back for
the modelled server time and carries it in a ``Server-Timing: app;dur=…`` header, so a benchmark
can add up the server work a client causes, not only count its round trips.

The figures are calibrated on zgw-recorded/README.md ("Measured again on 2026-12-05", 20 cases
of the benchmark caller, 7 of them with a resultaat) and reproduce that table for that caller:

==============================================================  ===========  ==========
``/zaken?rol__…inpBsn=`` (20 cases) with                        measured     modelled
==============================================================  ===========  ==========
no expand                                                       100–138 ms   120 ms
``expand=status``                                               184–212 ms   198 ms
``expand=status,resultaat``                                     204 ms       204 ms
``expand=status,status.statustype``                             356–376 ms   366 ms
``…,resultaat,resultaat.resultaattype``                         440–472 ms   456 ms
``expand=zaaktype,status,status.statustype,resultaat,rollen``   822–896 ms   ≈ 860 ms
``statustypen?zaaktype=`` / ``resultaattypen?zaaktype=``        18–26 / 68   22 / 68 ms
``zaaktypen`` (3 types) / a detail answered 304                 76 / 11      76 / 11 ms
==============================================================  ===========  ==========

The per-object costs of zaaktype and rollen, and the figures for requests the table does not
list (other lists and details), are estimates in the same proportion (zaaktype ≈ 1.6× a status
with its statustype, from the older table in the same README).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any

from aiohttp import web


class ServerCost(StrEnum):
    OPENZAAK = "openzaak"  # Open Zaak 1.30 on the 2-core machine of the recordings


# ms per request, and per object in the answer
ZAKEN_LIST_MS, PER_ZAAK_MS = 20.0, 5.0
ZAAK_DETAIL_MS = 40.0
PER_EXPANDED_MS = {
    "status": 3.9,
    "statustype": 8.4,
    "resultaat": 0.9,
    "resultaattype": 12.9,
    "zaaktype": 19.5,
    "rol": 2.5,
    "roltype": 5.0,
    "other": 3.0,  # zaakinformatieobjecten, zaakobjecten, ...
}
# Catalogi lists: (per request, per item)
CATALOGI_LISTS_MS = {
    "statustypen": (12.0, 2.0),
    "resultaattypen": (56.0, 4.0),
    "zaaktypen": (16.0, 20.0),
}
CATALOGI_DETAIL_MS = {"zaaktypen": 30.0}
CATALOGI_OTHER_DETAIL_MS = 15.0
OTHER_LIST_MS, PER_OTHER_ITEM_MS = 20.0, 3.0
OTHER_DETAIL_MS = 25.0
NOT_MODIFIED_MS = 11.0
ERROR_MS = 5.0

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def modelled_ms(path: str, status: int, body: bytes) -> float:
    """The server time Open Zaak 1.30 would take for this answer."""
    if status == 304:
        return NOT_MODIFIED_MS
    if status >= 400:
        return ERROR_MS
    try:
        data: Any = json.loads(body) if body else None
    except ValueError:
        return OTHER_DETAIL_MS
    parts = [p for p in path.split("/") if p]
    is_list = isinstance(data, list) or (isinstance(data, dict) and "results" in data)
    items: list[Any] = (
        data if isinstance(data, list) else data.get("results", []) if is_list else [data]
    )
    objects = [i for i in items if isinstance(i, dict)]
    if "catalogi" in parts:
        resource = parts[parts.index("catalogi") + 3] if len(parts) > 3 else ""
        if is_list:
            base, per = CATALOGI_LISTS_MS.get(resource, (OTHER_LIST_MS, PER_OTHER_ITEM_MS))
            return base + per * len(objects)
        return CATALOGI_DETAIL_MS.get(resource, CATALOGI_OTHER_DETAIL_MS)
    zaken = len(parts) > 3 and parts[0] == "zaken" and parts[3] == "zaken"
    if zaken:
        base = ZAKEN_LIST_MS + PER_ZAAK_MS * len(objects) if is_list else ZAAK_DETAIL_MS
        return base + sum(_expanded_ms(o.get("_expand")) for o in objects)
    if is_list:
        return OTHER_LIST_MS + PER_OTHER_ITEM_MS * len(objects)
    return OTHER_DETAIL_MS


def _expanded_ms(expand: Any) -> float:
    if not isinstance(expand, dict):
        return 0.0
    total = 0.0
    for key, value in expand.items():
        if key == "status" and isinstance(value, dict):
            total += PER_EXPANDED_MS["status"] + _nested(value, "statustype")
        elif key == "resultaat" and isinstance(value, dict):
            total += PER_EXPANDED_MS["resultaat"] + _nested(value, "resultaattype")
        elif key == "zaaktype" and value:
            total += PER_EXPANDED_MS["zaaktype"]
        elif key == "rollen" and isinstance(value, list):
            total += sum(PER_EXPANDED_MS["rol"] + _nested(r, "roltype") for r in value)
        elif isinstance(value, list):
            total += PER_EXPANDED_MS["other"] * len(value)
        elif value:
            total += PER_EXPANDED_MS["other"]
    return total


def _nested(parent: Any, key: str) -> float:
    inner = parent.get("_expand") if isinstance(parent, dict) else None
    return PER_EXPANDED_MS[key] if isinstance(inner, dict) and inner.get(key) else 0.0


def make_cost_middleware(enabled: Callable[[], ServerCost | None]) -> Any:
    """Hold each answer back for its modelled time and report it in ``Server-Timing``."""

    @web.middleware
    async def cost_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        response = await handler(request)
        if enabled() is None or not isinstance(response, web.Response):
            return response
        body = response.body if isinstance(response.body, bytes) else b""
        ms = modelled_ms(request.path, response.status, body)
        await asyncio.sleep(ms / 1000)
        response.headers["Server-Timing"] = f"app;dur={ms:.1f}"
        return response

    return cost_middleware
