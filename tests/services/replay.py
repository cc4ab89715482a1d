"""A tiny aiohttp server that replays the recorded real Open Zaak 1.30 exchanges.

Requests are matched on method + path + query (the recorded host ``http://127.0.0.1:8000`` is
rewritten to this server's base, in bodies and in query values). When no exact match exists the
query is compared without ``expand``/``pageSize``/``ordering``, so the client's own choice of
expand still gets the recorded real response shape. Tests can force a recording with ``prefer``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from aiohttp import web

from tests.fixtures import paths

RECORDED_DIR = paths.RECORDED_DIR
RECORDED_BASE = "http://127.0.0.1:8000"
LENIENT_KEYS = {"expand", "pageSize", "ordering"}


@dataclass(frozen=True)
class Recording:
    name: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    request_headers: dict[str, str]
    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    recording: str | None


def load_recordings() -> list[Recording]:
    recordings = []
    for path in sorted(RECORDED_DIR.glob("*.json")):
        data = json.loads(path.read_text())
        if "request" not in data:
            continue
        url = urlsplit(data["request"]["url"])
        recordings.append(
            Recording(
                name=data["name"],
                method=data["request"]["method"],
                path=url.path,
                query=tuple(sorted(parse_qsl(url.query, keep_blank_values=True))),
                request_headers={k.lower(): v for k, v in data["request"]["headers"].items()},
                status=data["response"]["status"],
                headers={k.lower(): v for k, v in data["response"]["headers"].items()},
                body=data["response"]["body"],
            )
        )
    return recordings


@dataclass
class ReplayServer:
    recordings: list[Recording] = field(default_factory=load_recordings)
    prefer: set[str] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    base: str = ""
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def _find(self, request: web.Request) -> Recording | None:
        query = tuple(
            sorted((k, v.replace(self.base, RECORDED_BASE)) for k, v in request.query.items())
        )
        lenient = tuple(kv for kv in query if kv[0] not in LENIENT_KEYS)
        conditional = "if-none-match" in {k.lower() for k in request.headers}
        exact, loose = [], []
        for rec in self.recordings:
            if rec.method != request.method or rec.path != request.path:
                continue
            if rec.query == query:
                exact.append(rec)
            elif tuple(kv for kv in rec.query if kv[0] not in LENIENT_KEYS) == lenient:
                loose.append(rec)
        for candidates in (exact, loose):
            if not candidates:
                continue
            candidates.sort(
                key=lambda r: (
                    r.name not in self.prefer,
                    ("if-none-match" in r.request_headers) != conditional,
                    r.status >= 400,  # errors only when asked for
                    r.name.startswith(("err_auth", "auth_")),
                    "expand" not in r.name,
                    r.name,
                )
            )
            return candidates[0]
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        rec = self._find(request)
        self.seen.append(
            Seen(
                request.method,
                request.path,
                dict(request.query),
                dict(request.headers),
                rec.name if rec else None,
            )
        )
        if rec is None:
            return web.json_response(
                {
                    "status": 404,
                    "code": "not_found",
                    "title": "Niet gevonden.",
                    "detail": "Geen opname.",
                    "type": "",
                    "instance": "",
                },
                status=404,
            )
        headers = {
            k: v
            for k, v in rec.headers.items()
            if k in ("etag", "api-version", "content-disposition")
        }
        if rec.status == 304:
            return web.Response(status=304, headers=headers)
        if isinstance(rec.body, str):
            ctype = rec.headers.get("content-type", "application/octet-stream")
            return web.Response(
                status=rec.status,
                body=rec.body.encode(),
                headers={**headers, "Content-Type": ctype},
            )
        text = json.dumps(rec.body).replace(RECORDED_BASE, self.base)
        return web.Response(
            status=rec.status, text=text, content_type="application/json", headers=headers
        )
