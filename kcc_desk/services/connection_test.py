""" "Test verbinding": can kcc-desk reach each API root, log in, and speak its version?

This module is the runner and the public face; the work is split by job:

- ``connection_result``: what a test finds (:class:`CheckResult`) and the kinds of API;
- ``connection_checks``: the checks per kind of source (ZGW source, Klantinteracties);
- ``connection_words``: a failed request or an unexpected answer in plain words.

``make_test_runners`` gives the settings presenter its two async callables; they find the
secret in the one order of ``secret_lookup`` in a worker thread (the keyring may block and
they run on the GUI's loop).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from kcc_desk.services.connection_checks import (
    new_test_client,
    test_klantinteracties,
    test_source,
)
from kcc_desk.services.connection_result import (
    KLANTINTERACTIES_NAME,
    PROBE_VALUE,
    ApiKind,
    CheckResult,
    CheckStatus,
    all_ok,
)
from kcc_desk.services.secret_lookup import SecretLookup, klantinteracties_ref, source_ref

__all__ = [
    "KLANTINTERACTIES_NAME",
    "PROBE_VALUE",
    "ApiKind",
    "CheckResult",
    "CheckStatus",
    "all_ok",
    "make_test_runners",
    "new_test_client",
    "test_klantinteracties",
    "test_source",
]


def make_test_runners(
    agent_id: str,
    ca_bundle: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> tuple[
    Callable[[Any], Awaitable[list[CheckResult]]],
    Callable[[str, str | None], Awaitable[list[CheckResult]]],
]:
    """The two async callables the settings presenter is given: test a source as typed in the
    dialog, and test the Klantinteracties endpoint. A secret passed in (typed, not saved yet,
    or the inline demo secret) wins; otherwise the one order of ``secret_lookup``."""
    lookup = SecretLookup(environ=environ)

    async def run_source(settings: Any) -> list[CheckResult]:
        typed = getattr(settings, "secret", None)
        secret = await lookup.value_off_thread(source_ref(settings), typed)
        async with new_test_client(ca_bundle) as client:
            return await test_source(settings, secret, agent_id, client)

    async def run_klantinteracties(url: str, token: str | None) -> list[CheckResult]:
        token = await lookup.value_off_thread(klantinteracties_ref(url), token)
        async with new_test_client(ca_bundle) as client:
            return await test_klantinteracties(url, token, client)

    return run_source, run_klantinteracties
