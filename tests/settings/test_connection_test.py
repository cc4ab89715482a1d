"""The connection test reports, in plain words, what is wrong with each API root."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from pathlib import Path

import httpx
import pytest

from kcc_desk.services import connection_test as ct
from kcc_desk.services.connection_test import CheckStatus
from tests.settings.fake_zgw import SECRET, TOKEN, FakeZgw, bound_port, make_app, start


async def _run(source: object, secret: str | None = SECRET) -> list[ct.CheckResult]:
    async with ct.new_test_client() as client:
        return await ct.test_source(source, secret, "jdevries", client)


async def test_all_good_and_the_agent_is_in_the_jwt(fake_zgw: FakeZgw) -> None:
    results = await _run(fake_zgw.source())
    assert [r.api for r in results] == ["Zaken API", "Catalogi API", "Documenten API"]
    assert all(r.status is CheckStatus.OK for r in results), [r.message for r in results]
    assert results[0].message == "in orde (versie 1.5.1)."
    assert results[0].line() == "Nep – Zaken API: in orde (versie 1.5.1)."
    assert ct.all_ok(results)
    claims = fake_zgw.behaviour.seen_claims[0]
    assert claims["user_id"] == claims["user_representation"] == "jdevries"
    assert claims["client_id"] == claims["iss"] == "kcc-desk-test"
    assert isinstance(claims["iat"], int)


async def test_403_is_explained_with_the_server_code(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "403"
    results = await _run(fake_zgw.source())
    assert not ct.all_ok(results)
    assert all("geen toegang (403)" in r.message for r in results)
    assert all("permission_denied" in r.message for r in results)
    assert results[0].code == "permission_denied"


async def test_wrong_secret_and_missing_secret(fake_zgw: FakeZgw) -> None:
    wrong = await _run(fake_zgw.source(), secret="not-the-secret-at-all-0123456789")
    assert "invalid-jwt-signature" in wrong[0].message
    assert "not-the-secret" not in wrong[0].message
    missing = await _run(fake_zgw.source(), secret=None)
    assert all(r.status is CheckStatus.ERROR for r in missing)
    assert "geen sleutel ingesteld" in missing[0].message


async def test_401(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "401"
    results = await _run(fake_zgw.source())
    assert "aanmelden mislukt (401)" in results[0].message


async def test_html_is_not_an_api(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "html"
    results = await _run(fake_zgw.source())
    assert results[0].message.startswith(
        "dit adres is geen Zaken API: het antwoord is een webpagina"
    )


async def test_redirect_is_reported_not_followed(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "redirect"
    results = await _run(fake_zgw.source())
    assert "stuurt door" in results[0].message
    assert "login.example" in results[0].message


async def test_unsupported_version(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "version2"
    results = await _run(fake_zgw.source())
    assert results[0].message.startswith("versie 2.0.0 wordt niet ondersteund")


async def test_wrong_api_in_the_field(fake_zgw: FakeZgw) -> None:
    swapped = fake_zgw.source(zaken_api=f"{fake_zgw.base}/catalogi/api/v1/")
    results = await _run(swapped)
    assert results[0].message.startswith("dit adres is geen Zaken API (het lijkt een Catalogi API)")
    assert results[1].ok
    not_found = await _run(fake_zgw.source(zaken_api=f"{fake_zgw.base}/zaken/"))
    assert "404" in not_found[0].message or "geen Zaken API" in not_found[0].message


async def test_500(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "500"
    results = await _run(fake_zgw.source())
    assert results[0].message.startswith("storing bij de bron (500)")


async def test_unreachable_and_unknown_host(fake_zgw: FakeZgw) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    base = f"http://127.0.0.1:{closed}"
    source = fake_zgw.source(
        zaken_api=f"{base}/zaken/api/v1/",
        catalogi_api=f"{base}/catalogi/api/v1/",
        documenten_api="https://doesnotexist.invalid/documenten/api/v1/",
    )
    results = await _run(source)
    assert results[0].message.startswith("niet bereikbaar: de server neemt geen verbinding aan")
    assert results[2].message.startswith("niet bereikbaar")


async def test_timeout(fake_zgw: FakeZgw) -> None:
    fake_zgw.behaviour.mode = "slow"
    results = await _run(fake_zgw.source(timeout_s=0.3))
    assert results[0].message.startswith("reageert niet binnen 0.3 seconden")


async def test_klantinteracties_token(fake_zgw: FakeZgw) -> None:
    url = f"{fake_zgw.base}/klantinteracties/api/v1/"
    async with ct.new_test_client() as client:
        good = await ct.test_klantinteracties(url, TOKEN, client)
        bad = await ct.test_klantinteracties(url, "wrong", client)
    assert good[0].ok, good[0].message
    assert good[0].message == "in orde (versie 0.9.0)."
    assert "aanmelden mislukt (401)" in bad[0].message
    assert "authentication_failed" in bad[0].message


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI needed for a test cert")
async def test_untrusted_certificate_and_ca_bundle(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    from tests.settings.fake_zgw import Behaviour

    runner = await start(make_app(Behaviour()), ssl_context=context)
    try:
        base = f"https://127.0.0.1:{bound_port(runner)}"
        source = FakeZgw(base, Behaviour()).source()
        untrusted = await _run(source)
        assert untrusted[0].message.startswith("certificaat wordt niet vertrouwd")
        # With the municipality's CA bundle configured, the same server is trusted.
        async with ct.new_test_client(str(cert)) as client:
            trusted = await ct.test_source(source, SECRET, "a", client)
        assert all(r.ok for r in trusted), [r.message for r in trusted]
    finally:
        await runner.cleanup()


def test_client_never_disables_verification() -> None:
    client = ct.new_test_client()
    assert isinstance(client, httpx.AsyncClient)
    assert not client.follow_redirects
