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


async def serve(app: web.Application, host: str, sock: socket.socket) -> Listener:
    """Serve ``app`` on the already bound ``sock`` (its URL was known before the app was built)."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    listener = Listener(runner, host, sock.getsockname()[1])
    listener.site = web.SockSite(runner, sock)
    await listener.site.start()
    return listener


async def close(listener: Listener) -> None:
    """Stop listening (``Fault.REFUSE``): new connections are refused by the OS."""
    if listener.site is not None:
        await listener.site.stop()
        listener.site = None


async def reopen(listener: Listener) -> None:
    """Listen again on the same port."""
    if listener.site is None:
        listener.site = web.SockSite(listener.runner, bind(listener.host, listener.port))
        await listener.site.start()
