"""One listening port of the demo server: bound here so a fault can close and reopen it (a
refused connection is then real)."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from aiohttp import web


@dataclass(slots=True)
class Listener:
    """One port: the runner, its current site (None while refusing) and the port number."""

    runner: web.AppRunner
    host: str
    port: int
    site: web.SockSite | None = None


def bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock
