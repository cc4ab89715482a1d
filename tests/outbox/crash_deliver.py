"""Deliver an outbox and SIGKILL ourselves at a chosen point (run as a subprocess by the tests).

    python -m tests.outbox.crash_deliver DB BASE_URL TOKEN EVENT:STEP [separate]

EVENT:STEP is e.g. ``after_send:internetaak`` (the server committed, we did not record it).
Exit code 0 means the point was never reached and delivery finished.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import httpx

from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import Outbox


def main() -> int:
    db, base_url, token, target = sys.argv[1:5]
    separate = len(sys.argv) > 5 and sys.argv[5] == "separate"

    def hook(event: str, step: str) -> None:
        if f"{event}:{step}" == target:
            os.kill(os.getpid(), signal.SIGKILL)

    async def run() -> int:
        async with httpx.AsyncClient(timeout=5.0) as http:
            client = KlantinteractiesClient(
                http, base_url, token, use_maak_klantcontact=not separate
            )
            with Outbox(db, step_hook=hook) as outbox:
                report = await deliver_pending(outbox, client)
        return 0 if report.ok else 3

    return asyncio.run(run())


if __name__ == "__main__":
    sys.exit(main())
