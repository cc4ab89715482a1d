"""`kcc-desk outbox list|flush` against the demo Klantinteracties API."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.services.contact_request import ContactKind, ContactLogRequest
from kcc_desk.services.outbox import Outbox, default_outbox_path
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
