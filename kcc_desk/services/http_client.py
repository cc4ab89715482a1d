"""The one way kcc-desk makes an HTTP client: TLS verification always on (with the municipality's
own CA bundle as an ``ssl.SSLContext`` when configured; httpx deprecates a path in ``verify``), no
redirects followed (a redirect is checked by hand, never to another host), and explicit timeouts.

The lookup, the contacts side, the connection test and the headless commands all build their
client here, so a TLS rule is changed in one place.
"""

from __future__ import annotations

import os
import ssl
import threading
from collections.abc import Mapping
from os import PathLike
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # httpx loads with the first client, not with this module (start-up)
    import httpx

DEFAULT_TIMEOUT_S = 10.0


# One context per trust store, shared by every client: loading a store takes ~20 ms, and
# windows build their clients on the GUI thread (warm_up makes the first one in a worker).
# A bundle file that changes is a new key (its mtime); the system store is read once per run.
_CONTEXTS: dict[tuple[str, int] | None, ssl.SSLContext] = {}
_CONTEXTS_LOCK = threading.Lock()


def tls_verify(ca_bundle: str | PathLike[str] | None) -> ssl.SSLContext:
    """The system's trust store, or the given CA bundle's: verification is never off.

    Raises OSError when the bundle cannot be read, as ``ssl.create_default_context`` does."""
    key = (str(ca_bundle), os.stat(ca_bundle).st_mtime_ns) if ca_bundle else None
    with _CONTEXTS_LOCK:
        known = _CONTEXTS.get(key)
    if known is not None:
        return known
    context = (
        ssl.create_default_context(cafile=str(ca_bundle))
        if ca_bundle
        else ssl.create_default_context()
    )
    with _CONTEXTS_LOCK:
        return _CONTEXTS.setdefault(key, context)


def make_http_client(
    ca_bundle: str | PathLike[str] | None = None,
    *,
    timeout_s: float | None = DEFAULT_TIMEOUT_S,
    connect_timeout_s: float | None = None,
    max_connections: int | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.AsyncClient:
    """``connect_timeout_s``: a shorter wait for the connection alone (default: ``timeout_s``),
    so an unreachable server is reported before a slow answer would be."""
    import httpx

    limits = (
        httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        if max_connections
        else httpx.Limits()
    )
    return httpx.AsyncClient(
        verify=tls_verify(ca_bundle),
        timeout=httpx.Timeout(
            timeout_s, connect=connect_timeout_s if connect_timeout_s is not None else timeout_s
        ),
        follow_redirects=False,
        limits=limits,
        headers=dict(headers or {}),
    )
