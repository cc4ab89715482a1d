"""SIGKILL the delivering process at each step of a multi-request referral; on restart exactly one
complete referral exists on the server (nothing lost, nothing twice)."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import httpx
import pytest

from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import Outbox
from tests.klantinteracties.harness import RunningKI
from tests.outbox.helpers import assert_complete_once, contacts_for, referral

ROOT = Path(__file__).resolve().parents[2]

STEPS_SEPARATE = (
    "partij",
    "klantcontact",
    "betrokkene",
    "onderwerpobject",
    "actor",
    "actorklantcontact",
    "internetaak",
)
POINTS = [
    ("separate", f"{event}:{step}")
    for step in STEPS_SEPARATE
    for event in ("before_send", "after_send")
]
POINTS += [("separate", "after_record:delivered")]
# With /maak-klantcontact the klantcontact, betrokkene and onderwerpobject are one atomic call.
POINTS += [("maak", "after_send:klantcontact")]


def _new_bsn(n: int) -> str:
    """A valid (11-proef) BSN not in the seed, so the partij is created in the run."""
    base = 100_000_000 + n * 1_000
    for candidate in range(base, base + 1_000):
        text = f"{candidate:09d}"
        total = sum(int(d) * w for d, w in zip(text, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
        if total % 11 == 0:
            return text
    raise AssertionError


@pytest.mark.parametrize(("mode", "point"), POINTS, ids=[f"{m}-{p}" for m, p in POINTS])
async def test_killed_at_each_step_completes_exactly_once(
    mode: str, point: str, tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    db = tmp_path / "outbox.sqlite3"
    request = referral(ki.store, bsn=_new_bsn(POINTS.index((mode, point))))
    with Outbox(db) as outbox:
        outbox.enqueue(request)

    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.outbox.crash_deliver",
        str(db),
        ki.base_url,
        ki.token,
        point,
        mode,
        cwd=ROOT,
    )
    assert await asyncio.wait_for(proc.wait(), 30) == -signal.SIGKILL

    if point.startswith("after_send"):
        # The server committed that step but the outbox never heard: the dangerous case.
        assert contacts_for(ki.store, request.reference) or point == "after_send:partij"

    # Restart: a fresh process state delivers the rest.
    client = KlantinteractiesClient(
        http, ki.base_url, ki.token, use_maak_klantcontact=mode == "maak"
    )
    with Outbox(db) as outbox:
        report = await deliver_pending(outbox, client)
        already = point == "after_record:delivered"  # died after the last bookkeeping
        assert report.ok and len(report.delivered) == (0 if already else 1)
        assert outbox.pending() == []
    assert_complete_once(ki.store, request)
    partijen = [
        p
        for p in ki.store.all("partij-identificatoren")
        if p["partijIdentificator"]["objectId"] == request.caller_bsn
    ]
    assert len(partijen) == 1
