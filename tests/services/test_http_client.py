"""The one HTTP client factory: TLS verification as an SSLContext, the connect time-out apart
from the answer's (the person search reports an unreachable BRP within 5 seconds)."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

import certifi
import pytest

from kcc_desk.services.http_client import make_http_client, tls_verify


async def test_connect_timeout_is_its_own() -> None:
    client = make_http_client(timeout_s=8.0, connect_timeout_s=5.0)
    try:
        assert client.timeout.connect == 5.0
        assert client.timeout.read == 8.0
        assert client.follow_redirects is False
    finally:
        await client.aclose()


async def test_connect_timeout_follows_the_answer_by_default() -> None:
    client = make_http_client(timeout_s=3.0)
    try:
        assert client.timeout.connect == 3.0 and client.timeout.read == 3.0
    finally:
        await client.aclose()


async def test_ca_bundle_is_loaded_as_ssl_context(tmp_path: Path) -> None:
    # A bundle that is not a certificate file is refused at once, not at the first request.
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(ssl.SSLError):
        make_http_client(bad)
    client = make_http_client(certifi.where())
    await client.aclose()


def test_one_tls_context_per_trust_store(tmp_path: Path) -> None:
    """Loading a trust store takes ~20 ms on the GUI thread: every client of a store shares one
    context, and a CA bundle that is replaced on disk is read again."""
    assert tls_verify(None) is tls_verify(None)
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    first = tls_verify(bundle)
    assert first is tls_verify(str(bundle))
    assert first is not tls_verify(None)
    for context in (first, tls_verify(None)):
        assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    stat = bundle.stat()
    os.utime(bundle, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert tls_verify(bundle) is not first
    bundle.unlink()
    with pytest.raises(OSError):
        tls_verify(bundle)
