"""The outbox over real HTTP against the demo Klantinteracties API."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import httpx
import pytest

from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.errors import InvalidContactRequest
from kcc_desk.services.contacts.private_file import sidecar_paths
from kcc_desk.services.contacts.queue import (
    DeliveryReport,
    ItemState,
    Outbox,
    default_outbox_path,
)
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest
from kcc_desk.services.contacts.worker import OutboxWorker
from tests.fixtures.waiting import until
from tests.klantinteracties.harness import RunningKI
from tests.outbox.helpers import answered, assert_complete_once, contacts_for, referral


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_path_is_in_user_data_dir_and_owner_only(isolated_user_dirs: Path) -> None:
    old = os.umask(0o022)  # a typical, permissive umask must not leak into the file mode
    try:
        with Outbox() as outbox:
            outbox.enqueue(answered())
            path = outbox.path
            assert path == default_outbox_path()
            assert str(path).startswith(str(isolated_user_dirs / "data"))
            assert _mode(path) == 0o600
            wal, shm = sidecar_paths(path)
            for side in (wal, shm):
                assert side.exists()
                assert _mode(side) == 0o600
    finally:
        os.umask(old)


def test_loose_mode_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    with Outbox(path) as outbox:
        assert _mode(outbox.path) == 0o600
        with outbox._db:
            assert outbox._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_invalid_requests_are_refused_before_queueing(tmp_path: Path) -> None:
    with Outbox(tmp_path / "o.db") as outbox:
        bad = [
            ContactLogRequest(ContactKind.STATUS_ANSWERED, "a", "email", "x"),
            ContactLogRequest(ContactKind.STATUS_ANSWERED, "a", "telefoon", "x", caller_bsn="123"),
            ContactLogRequest(ContactKind.REFERRAL, "a", "telefoon", "x", reason="r"),
            ContactLogRequest(
                ContactKind.STATUS_ANSWERED, "a", "telefoon", "x", zaak_url="http://x/zaken/1"
            ),
            ContactLogRequest(
                ContactKind.STATUS_ANSWERED, "a", "telefoon", "x", callback_phone="bel me"
            ),
        ]
        for request in bad:
            with pytest.raises(InvalidContactRequest) as info:
                outbox.enqueue(request)
            assert info.value.message
            assert "999" not in info.value.message
        assert outbox.pending() == []


async def test_delivers_contact_and_referral_in_order(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    with Outbox(tmp_path / "o.db") as outbox:
        first, second = answered(1), referral(ki.store, 2)
        ids = [outbox.enqueue(first), outbox.enqueue(second)]
        assert [i.id for i in outbox.pending()] == ids
        report = await deliver_pending(outbox, client)
        assert report.ok and report.delivered == tuple(ids) and report.pending == 0
        assert_complete_once(ki.store, first)
        assert_complete_once(ki.store, second)
        item = outbox.get(ids[1])
        assert item is not None and item.state is ItemState.DELIVERED
        assert item.request is None  # personal data dropped after delivery
        assert set(item.done) >= {"partij", "klantcontact", "internetaak", "actorklantcontact"}
        # long free text is cut with an ellipsis, the referral text keeps the callback number
        kc = contacts_for(ki.store, second.reference)[0]
        # Open Klant's rule (recorded): 10 digits, unique; the task carries the same number
        assert kc["referentienummer"] == second.referentienummer
        assert kc["referentienummer"].isdigit() and len(kc["referentienummer"]) == 10
        task = ki.store.children("internetaken", "aanleidinggevendKlantcontact", kc["uuid"])[0]
        assert task["referentienummer"] == second.referentienummer
        assert task["toelichting"].startswith("Terugbelnummer: 0612345678.")
        assert task["toelichting"].count("0612345678") == 1


async def test_long_text_is_truncated_not_refused(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    request = ContactLogRequest(
        ContactKind.STATUS_ANSWERED, "agent-007", "telefoon", "o" * 500, inhoud="i" * 5000
    )
    with Outbox(tmp_path / "o.db") as outbox:
        outbox.enqueue(request)
        assert (await deliver_pending(outbox, client)).ok
    kc = contacts_for(ki.store, request.reference)[0]
    assert len(kc["onderwerp"]) == 200 and kc["onderwerp"].endswith("…")
    assert len(kc["inhoud"]) == 1000 and kc["inhoud"].endswith("…")


async def test_api_down_then_up_delivers_exactly_once(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    reports: list[DeliveryReport] = []
    with Outbox(tmp_path / "o.db") as outbox:
        worker = OutboxWorker(
            outbox, client, base_delay=0.05, max_delay=0.2, on_report=reports.append
        )
        await ki.down()  # real ECONNREFUSED
        worker.start()
        requests = [referral(ki.store, n) for n in range(3)] + [answered(9)]
        for request in requests:
            worker.submit(request)  # the app keeps working: submit returns at once
        await until(lambda: worker.failures >= 2, what="two failed deliveries (backing off)")
        assert len(outbox.pending()) == 4
        assert reports and reports[-1].error and "niet bereikbaar" in reports[-1].error
        assert not any(contacts_for(ki.store, r.reference) for r in requests)
        await ki.up()
        await until(lambda: not outbox.pending(), what="the outbox to empty once the API is up")
        await worker.stop()
        assert outbox.pending() == []
    for request in requests:
        assert_complete_once(ki.store, request)


async def test_backoff_is_exponential_and_capped(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    import random

    with Outbox(tmp_path / "o.db") as outbox:
        client = KlantinteractiesClient(http, ki.base_url, ki.token)  # not used: no run
        worker = OutboxWorker(
            outbox,
            client,
            base_delay=2,
            max_delay=60,
            rng=random.Random(1),
        )
        delays = []
        for failures in range(1, 10):
            worker.failures = failures
            delays.append(worker.next_delay())
        assert 1.6 <= delays[0] <= 2.4
        assert 3.2 <= delays[1] <= 4.8
        assert all(d <= 60 for d in delays) and delays[-1] >= 48


async def test_server_refusal_marks_item_failed_and_continues(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    bad = ContactLogRequest(
        ContactKind.REFERRAL,
        "agent-007",
        "telefoon",
        "Doorverwijzing naar onbekend team",
        referral_actor_uuids=("00000000-0000-4000-8000-000000000000",),
        reason="Terugbellen",
        zaak_uuid="1d0b7c8e-1111-4a5b-9c6d-000000000002",
    )
    good = answered(3)
    with Outbox(tmp_path / "o.db") as outbox:
        bad_id = outbox.enqueue(bad)
        outbox.enqueue(good)
        report = await deliver_pending(outbox, client)
        assert report.failed == (bad_id,)
        assert len(report.delivered) == 1
        failed = outbox.failed()
        assert [f.id for f in failed] == [bad_id]
        assert "toegewezenAanActoren" in failed[0].last_error
        assert "klantcontact" in failed[0].done  # kept, so a retry completes it
    assert_complete_once(ki.store, good)


async def test_auth_failure_is_retryable_and_says_so(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    client = KlantinteractiesClient(http, ki.base_url, "wrong-token")
    with Outbox(tmp_path / "o.db") as outbox:
        outbox.enqueue(answered())
        report = await deliver_pending(outbox, client)
        assert report.error is not None and "token" in report.error
        assert len(outbox.pending()) == 1


async def test_second_deliverer_is_kept_out(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    path = tmp_path / "o.db"
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    with Outbox(path) as first, Outbox(path) as second:
        first.enqueue(answered())
        assert first._process_lock.try_acquire()
        try:
            report = await deliver_pending(second, client)
        finally:
            first._process_lock.release()
        assert report.busy and report.pending == 1
        assert (await deliver_pending(second, client)).delivered


async def test_worker_purges_old_delivered_bookkeeping(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    from datetime import timedelta

    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    with Outbox(tmp_path / "o.db") as outbox:
        old = outbox.enqueue(answered(1))
        assert (await deliver_pending(outbox, client)).delivered == (old,)
        worker = OutboxWorker(outbox, client, keep_delivered=timedelta(0))
        worker.start()
        worker.submit(answered(2))
        await until(lambda: outbox.get(old) is None, what="the delivered item to be purged")
        await worker.stop()
        assert outbox.pending() == []
        assert worker.last_report is not None and worker.last_report.ok
