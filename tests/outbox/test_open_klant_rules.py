"""What a real Open Klant 2.18 enforces and the outbox relies on (recorded in zgw-recorded):
referentienummer digits-only and unique; an item belongs to the server it was logged for; old
outbox files are upgraded and their items still delivered."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import ItemState, Outbox
from kcc_desk.services.contacts.reference import is_referentienummer, legacy_referentienummer
from kcc_desk.services.contacts.schema import SCHEMA_VERSION, OutboxVersionError
from tests.fixtures.paths import RECORDED_DIR
from tests.klantinteracties.harness import RunningKI
from tests.outbox.helpers import answered, assert_complete_once, contacts_for, referral


def _recorded(name: str) -> dict[str, object]:
    exchange: dict[str, object] = json.loads((RECORDED_DIR / f"{name}.json").read_text("utf-8"))
    return exchange


@pytest.mark.parametrize(
    ("recording", "path"),
    [
        ("ok_create_klantcontact_referentienummer_letters", "klantcontacten"),
        ("ok_maak_klantcontact_referentienummer_letters", "maak-klantcontact"),
    ],
)
async def test_demo_refuses_letters_in_referentienummer_as_recorded(
    ki: RunningKI, http: httpx.AsyncClient, recording: str, path: str
) -> None:
    exchange = _recorded(recording)
    request, expected = exchange["request"], exchange["response"]
    assert isinstance(request, dict) and isinstance(expected, dict)
    response = await http.post(
        ki.base_url + path, json=request["json"], headers={"Authorization": f"Token {ki.token}"}
    )
    assert response.status_code == expected["status"] == 400
    body, recorded = response.json(), expected["body"]
    assert isinstance(recorded, dict)
    assert body["code"] == recorded["code"]
    assert body["invalidParams"] == recorded["invalidParams"]


async def test_demo_keeps_referentienummer_unique_as_recorded(
    ki: RunningKI, http: httpx.AsyncClient
) -> None:
    headers = {"Authorization": f"Token {ki.token}"}
    first = _recorded("ok_create_klantcontact_referentienummer_digits")["request"]
    second = _recorded("ok_create_klantcontact_referentienummer_duplicate")
    assert isinstance(first, dict)
    made = await http.post(ki.base_url + "klantcontacten", json=first["json"], headers=headers)
    assert made.status_code == 201 and made.json()["referentienummer"] == "4711000123"
    again = await http.post(
        ki.base_url + "klantcontacten",
        json=second["request"]["json"],
        headers=headers,  # type: ignore[index]
    )
    assert again.status_code == 400
    assert again.json()["invalidParams"] == second["response"]["body"]["invalidParams"]  # type: ignore[index]
    found = await http.get(
        ki.base_url + "klantcontacten", params={"referentienummer": "4711000123"}, headers=headers
    )
    assert [kc["uuid"] for kc in found.json()["results"]] == [made.json()["uuid"]]


def test_every_contact_gets_its_own_digits_only_number() -> None:
    numbers = {answered(n).referentienummer for n in range(200)}
    assert len(numbers) == 200
    assert all(is_referentienummer(n) for n in numbers)


async def test_lost_response_then_retry_gives_one_klantcontact_and_one_task(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    """The server stored the klantcontact and the task, then answered 500: a retry writes
    neither again."""
    dropped: set[str] = set()

    def lose_first_answer(request: object) -> str:
        path = str(getattr(request, "path", ""))
        method = str(getattr(request, "method", ""))
        for endpoint in ("maak-klantcontact", "internetaken"):
            if method == "POST" and path.endswith(endpoint) and endpoint not in dropped:
                dropped.add(endpoint)
                return "502_after"
        return "pass"

    ki.chaos.policy = lose_first_answer  # type: ignore[assignment]
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    request = referral(ki.store, 1)
    with Outbox(tmp_path / "o.db") as outbox:
        outbox.enqueue(request)
        for _ in range(4):
            report = await deliver_pending(outbox, client)
            if report.pending == 0:
                break
        assert report.ok and report.pending == 0
        assert dropped == {"maak-klantcontact", "internetaken"}
    assert_complete_once(ki.store, request)


async def test_second_copy_of_an_item_finds_the_first_by_its_unique_number(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    """An outbox restored from a backup sends an item again with no memory of the first send:
    the server's uniqueness answers 'already there', and nothing is doubled."""
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    request = referral(ki.store, 2)
    with Outbox(tmp_path / "a.db") as first, Outbox(tmp_path / "b.db") as second:
        first.enqueue(request)
        second.enqueue(request)
        assert (await deliver_pending(first, client)).delivered
        report = await deliver_pending(second, client)
        assert report.ok and report.delivered and not report.failed
    assert_complete_once(ki.store, request)


async def test_another_clients_number_is_not_taken_for_ours(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    request = answered(3)
    foreign = await http.post(
        ki.base_url + "klantcontacten",
        json={
            "kanaal": "e-mail",
            "onderwerp": "Iets anders",
            "taal": "nld",
            "vertrouwelijk": False,
            "referentienummer": request.referentienummer,
        },
        headers={"Authorization": f"Token {ki.token}"},
    )
    assert foreign.status_code == 201
    with Outbox(tmp_path / "o.db") as outbox:
        item_id = outbox.enqueue(request)
        report = await deliver_pending(outbox, client)
        assert report.ok and report.delivered == (item_id,)
    ours = contacts_for(ki.store, request.reference)
    assert len(ours) == 1 and ours[0]["referentienummer"] != request.referentienummer
    assert is_referentienummer(ours[0]["referentienummer"])
    assert ki.store.get("klantcontacten", foreign.json()["uuid"])["onderwerp"] == "Iets anders"


async def test_an_item_is_delivered_only_to_the_server_it_was_logged_for(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    other = "https://klant.elders.example/klantinteracties/api/v1"
    request = answered(4)
    with Outbox(tmp_path / "o.db", server=other) as outbox:
        item_id = outbox.enqueue(request)
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    with Outbox(tmp_path / "o.db", server=ki.base_url) as outbox:
        report = await deliver_pending(outbox, client)
        assert report.delivered == () and report.other_server == 1 and report.pending == 0
        item = outbox.get(item_id)
        assert item is not None and item.state is ItemState.PENDING
        assert item.server == other + "/"
    assert contacts_for(ki.store, request.reference) == []


# -- an outbox written before the digits-only rule (schema version 1) ---------------------------
_V1_SCHEMA = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    created_at TEXT NOT NULL, zaak_identificatie TEXT NOT NULL DEFAULT '', request TEXT,
    state TEXT NOT NULL DEFAULT 'pending', progress TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', delivered_at TEXT
);
CREATE INDEX outbox_state ON outbox (state, id);
PRAGMA user_version=1;
"""


def _write_v1(path: Path, requests: list[tuple[str, dict[str, object]]]) -> None:
    db = sqlite3.connect(path)
    db.executescript(_V1_SCHEMA)
    for state, data in requests:
        db.execute(
            "INSERT INTO outbox (reference, kind, created_at, request, state, last_error) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                data["reference"],
                data["kind"],
                data["created_at"],
                json.dumps(data),
                state,
                "Klantinteracties weigerde het verzoek (400): controleer referentienummer."
                if state == "failed"
                else "",
            ),
        )
    db.commit()
    db.close()


def _v1_json(request: object) -> dict[str, object]:
    data: dict[str, object] = json.loads(request.to_json())  # type: ignore[attr-defined]
    for key in ("referentienummer", "legacy_referentienummer", "referral_target_names"):
        data.pop(key)
    return data


async def test_old_outbox_items_get_a_digits_number_and_are_delivered(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    path = tmp_path / "outbox.sqlite3"
    waiting, refused = referral(ki.store, 5), answered(6)
    _write_v1(path, [("pending", _v1_json(waiting)), ("failed", _v1_json(refused))])
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    with Outbox(path) as outbox:
        items = outbox.pending()
        assert len(items) == 2  # the item refused for its letters is back in the queue
        for item in items:
            assert item.request is not None
            assert is_referentienummer(item.request.referentienummer)
            assert item.request.legacy_referentienummer == legacy_referentienummer(item.reference)
        report = await deliver_pending(outbox, client)
        assert report.ok and len(report.delivered) == 2
        assert all(item.server == ki.base_url for item in outbox.items())  # claimed on delivery
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert_complete_once(ki.store, waiting)
    assert_complete_once(ki.store, refused)


async def test_old_item_that_a_lenient_server_took_is_not_sent_twice(
    tmp_path: Path, ki: RunningKI, http: httpx.AsyncClient
) -> None:
    """Before the fix a lenient server (our old demo) accepted 'KD…' numbers: an item whose
    attempt reached such a server is found by its old number, not written again."""
    path = tmp_path / "outbox.sqlite3"
    request = answered(7)
    old_number = legacy_referentienummer(request.reference)
    kc = ki.store.add(
        "klantcontacten",
        {
            "kanaal": request.kanaal,
            "onderwerp": request.onderwerp,
            "inhoud": request.inhoud,
            "taal": "nld",
            "vertrouwelijk": False,
            "plaatsgevondenOp": request.created_at.isoformat(),
            "referentienummer": old_number,
            "metadata": {"kccDeskReferentie": request.reference},
        },
    )
    data = _v1_json(request)
    _write_v1(path, [("pending", data)])
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE outbox SET progress = ?",
            (json.dumps({"done": {}, "attempted": ["klantcontact"]}),),
        )
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    with Outbox(path) as outbox:
        report = await deliver_pending(outbox, client)
        assert report.ok and report.delivered
        assert outbox.items()[0].done["klantcontact"] == kc
    assert [c["uuid"] for c in contacts_for(ki.store, request.reference)] == [kc]


def test_an_outbox_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(OutboxVersionError) as info:
        Outbox(path)
    assert "nieuwere versie" in info.value.message
