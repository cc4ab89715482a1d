"""`kcc-desk lookup` end to end against the demo server: output shapes and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.server import PERSONA_BSN, PERSONA_KVK, DemoServer, Fault


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["lookup", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN, "--json", "--timeline")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == {"kind": "bsn", "value": PERSONA_BSN}
    assert [set(s) for s in data["sources"]] == [{"name", "ok", "error", "count", "elapsed_ms"}] * 2
    case = data["cases"][0]
    for key in (
        "source",
        "url",
        "identificatie",
        "zaaktype",
        "omschrijving",
        "startdatum",
        "einddatum",
        "einddatum_gepland",
        "uiterlijke_einddatum_afdoening",
        "vertrouwelijkheidaanduiding",
        "status",
        "resultaat",
        "timeline",
    ):
        assert key in case
    assert set(case["status"]) == {
        "omschrijving",
        "statustekst",
        "volgnummer",
        "datum_status_gezet",
        "is_eindstatus",
    }
    step = case["timeline"][0]
    assert set(step) == {
        "omschrijving",
        "volgnummer",
        "state",
        "datum_status_gezet",
        "statustekst",
        "substatussen",
    }
    subs = [s for c in data["cases"] for t in c["timeline"] for s in t["substatussen"]]
    assert subs and set(subs[0]) == {"omschrijving", "tijdstip", "doelgroep"}


def test_zaak_always_has_timeline_and_table(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    _, out, _ = run(capsys, "--config", config, "--kvk", PERSONA_KVK, "--json")
    data = json.loads(out)
    assert "timeline" not in data["cases"][0]
    number = data["cases"][0]["identificatie"]
    code, out, _ = run(capsys, "--config", config, "--zaak", number, "--json")
    assert code == 0
    assert json.loads(out)["cases"][0]["timeline"]
    code, out, _ = run(capsys, "--config", config, "--zaak", number)
    assert code == 0 and number in out and "Bron" in out


def test_invalid_input_exit_2(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    demo_server.clear_request_log()
    code, _, err = run(capsys, "--config", config, "--bsn", "123456789")
    assert code == 2 and "BSN" in err
    code, _, _ = run(capsys, "--config", config, "--kvk", "123")
    assert code == 2
    assert demo_server.request_log(0) == [] and demo_server.request_log(1) == []


def test_partial_and_all_failed(
    fresh_demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(fresh_demo_server.write_config(tmp_path / "c.toml"))
    fresh_demo_server.set_fault(0, Fault.REFUSE)
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN)
    assert code == 3 and "niet bereikbaar" in out
    fresh_demo_server.set_fault(1, Fault.FORBIDDEN_403)
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN, "--json")
    assert code == 1
    assert [s["error"] for s in json.loads(out)["sources"]] == [
        "niet bereikbaar",
        "geen toegang (403)",
    ]


def test_missing_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--config", str(tmp_path / "none.toml"), "--bsn", PERSONA_BSN)
    assert code == 2 and "niet gevonden" in err  # bad configuration: exit 2 (README)
