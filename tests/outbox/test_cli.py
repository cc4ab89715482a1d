"""`kcc-desk outbox list|flush` against the demo Klantinteracties API."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.services.contacts.queue import Outbox, default_outbox_path
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest
from tests.klantinteracties.harness import RunningKI
from tests.outbox.helpers import PERSONA_BSN, answered, assert_complete_once, referral


def _config(tmp_path: Path, ki: RunningKI, *, inline_token: bool = True) -> Path:
    path = tmp_path / "config.toml"
    token_line = f'token = "{ki.token}"' if inline_token else ""
    path.write_text(
        f"""agent_id = "agent-cli"

[[sources]]
name = "Oefen"
zaken_api = "http://127.0.0.1:9/zaken/api/v1/"
catalogi_api = "http://127.0.0.1:9/catalogi/api/v1/"
client_id = "kcc-desk"
secret = "demo"

[klantinteracties]
url = "{ki.base_url}"
{token_line}
""",
        encoding="utf-8",
    )
    return path


async def _cli(*argv: str) -> int:
    # The demo API runs on this test's event loop; the CLI runs its own loop in a thread.
    return await asyncio.to_thread(main, list(argv))


async def test_list_and_flush(
    tmp_path: Path, ki: RunningKI, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, ki)
    requests = [referral(ki.store, 1), answered(2)]
    with Outbox() as outbox:
        for request in requests:
            outbox.enqueue(request)
    assert await _cli("outbox", "list") == 0
    listed = capsys.readouterr().out
    assert "doorverwijzing" in listed and "ZAAK-2026-0000102" in listed and "wacht" in listed
    assert PERSONA_BSN not in listed and "omgevingsvergunning" not in listed

    await ki.down()
    assert await _cli("outbox", "flush", "--config", str(config)) == 1
    out = capsys.readouterr()
    assert "niet bereikbaar" in out.err
    await ki.up()
    assert await _cli("outbox", "flush", "--config", str(config)) == 0
    assert "Verzonden: 2" in capsys.readouterr().out
    for request in requests:
        assert_complete_once(ki.store, request)

    assert await _cli("outbox", "list", "--all", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["state"] for r in rows] == ["delivered", "delivered"]
    assert "internetaak" in rows[0]["steps_done"]
    assert default_outbox_path().exists()


async def test_flush_reports_refused_items_and_token_source(
    tmp_path: Path,
    ki: RunningKI,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "o.db"
    with Outbox(db) as outbox:
        outbox.enqueue(
            ContactLogRequest(
                ContactKind.REFERRAL,
                "agent-cli",
                "telefoon",
                "Onbekend team",
                referral_actor_uuids=("00000000-0000-4000-8000-000000000000",),
                reason="Terugbellen",
            )
        )
    no_token = _config(tmp_path, ki, inline_token=False)
    assert await _cli("outbox", "--outbox", str(db), "flush", "--config", str(no_token)) == 2
    assert "token" in capsys.readouterr().err.lower()
    monkeypatch.setenv("KCC_DESK_KLANTINTERACTIES_TOKEN", ki.token)
    assert await _cli("outbox", "--outbox", str(db), "flush", "--config", str(no_token)) == 3
    assert "Geweigerd" in capsys.readouterr().out
    assert await _cli("outbox", "--outbox", str(db), "list") == 0
    assert "geweigerd" in capsys.readouterr().out


async def test_flush_with_another_config_leaves_an_item_for_its_own_server_alone(
    tmp_path: Path, ki: RunningKI, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = "https://klant.gemeente-b.example/klantinteracties/api/v1/"
    request = answered(11)
    with Outbox(server=elsewhere) as outbox:
        item_id = outbox.enqueue(request)
    assert await _cli("outbox", "list") == 0
    assert f"voor: {elsewhere}" in capsys.readouterr().out
    assert await _cli("outbox", "flush", "--config", str(_config(tmp_path, ki))) == 0
    out = capsys.readouterr().out
    assert "Niet verstuurd: 1 contact voor een andere Klantinteracties-server" in out
    with Outbox() as outbox:
        item = outbox.get(item_id)
        assert item is not None and str(item.state) == "pending"
    assert not [
        kc for kc in ki.store.all("klantcontacten") if kc.get("onderwerp") == request.onderwerp
    ]


async def test_a_refused_item_is_explained_and_sent_again_with_retry(
    tmp_path: Path, ki: RunningKI, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(_config(tmp_path, ki))
    request = referral(ki.store, 12)
    ki.chaos.policy = lambda r: (  # type: ignore[assignment]
        "404_before" if r.method == "POST" and r.path.endswith("internetaken") else "pass"
    )
    with Outbox(server=ki.base_url) as outbox:
        item_id = outbox.enqueue(request)
    assert await _cli("outbox", "flush", "--config", config) == 3
    capsys.readouterr()
    assert await _cli("outbox", "list") == 0
    listed = capsys.readouterr().out
    assert "geweigerd: Klantinteracties kent dit niet (404)." in listed
    assert f"'kcc-desk outbox retry {item_id}'" in listed

    ki.chaos.policy = None  # the administrator fixed the cause
    assert await _cli("outbox", "retry", str(item_id)) == 0
    assert "weer in de wachtrij" in capsys.readouterr().out
    assert await _cli("outbox", "flush", "--config", config) == 0
    assert_complete_once(ki.store, request)
    assert await _cli("outbox", "retry", "999") == 2
