"""`kcc-desk lookup --query TEXT` (issue 14): the search box's detection headless, real HTTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.data.brp_personas import NAMESAKE_BSNS, SECRET_BSN
from kcc_desk.demo.server import PERSONA_BSN, DemoServer, Fault


def run(
    server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    config = server.write_config(tmp_path / "demo.toml")
    code = main(["lookup", "--config", str(config), *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(
    server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> tuple[int, dict[str, Any]]:
    code, out, _ = run(server, tmp_path, capsys, "--query", text, "--json")
    return code, json.loads(out)


def test_several_persons_only(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = as_json(demo_server, tmp_path, capsys, "de Vries 12-3-1980")
    assert code == 0
    assert document["query"] == {"kind": "naam_geboortedatum", "value": "de vries 1980-03-12"}
    assert sorted(p["bsn"] for p in document["persons"]) == sorted(NAMESAKE_BSNS)
    assert set(document["persons"][0]) == {"bsn", "naam", "geboortedatum", "adres", "geheimhouding"}
    assert document["cases"] == [] and document["sources"] == []


def test_one_person_gives_their_cases_as_for_a_bsn(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = as_json(demo_server, tmp_path, capsys, "3119 LA 12")
    assert code == 0 and len(document["persons"]) == 2  # two at this address: persons only
    code, document = as_json(demo_server, tmp_path, capsys, "Bakker 15-6-1972")
    assert code == 0
    assert document["query"]["kind"] == "naam_geboortedatum"
    assert document["persons"] == [
        {
            "bsn": SECRET_BSN,
            "naam": "Fenna Bakker",
            "geboortedatum": "1972-06-15",
            "adres": "Lindenhof 12, 3119 LA LINDENDAL",
            "geheimhouding": True,
        }
    ]
    assert [c["omschrijving"] for c in document["cases"]] == ["Adreswijziging"]
    assert all(s["ok"] for s in document["sources"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("06 12345678", "telefoon"),
        ("ZOE.VANDENBERG@voorbeeld.nl", "email"),
        ("999993653", "bsn"),
    ],
)
def test_phone_email_and_bsn_reach_the_same_cases(
    demo_server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    kind: str,
) -> None:
    code, document = as_json(demo_server, tmp_path, capsys, text)
    assert code == 0
    assert document["query"]["kind"] == kind
    if kind != "bsn":
        assert [p["bsn"] for p in document["persons"]] == [PERSONA_BSN]
    assert len(document["cases"]) >= 5  # the persona's cases in both sources


def test_none_is_an_empty_list(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, document = as_json(demo_server, tmp_path, capsys, "Niemand 1-1-1990")
    assert (code, document["persons"], document["cases"]) == (0, [], [])


def test_the_text_output_masks_the_bsn(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(demo_server, tmp_path, capsys, "--query", "de Vries 12-3-1980")
    assert code == 0
    assert "•••••0109" in out and "•••••0110" in out
    assert NAMESAKE_BSNS[0] not in out and NAMESAKE_BSNS[1] not in out
    code, out, _ = run(demo_server, tmp_path, capsys, "--query", "Bakker 15-6-1972")
    assert "GEHEIMHOUDING" in out and SECRET_BSN not in out


def test_invalid_input_exits_2_without_a_request(
    fresh_demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(fresh_demo_server, tmp_path, capsys, "--query", "de Vries 31-2-1980")
    assert code == 2 and "bestaat niet" in err
    code, _, err = run(fresh_demo_server, tmp_path, capsys, "--query", "0511 AB 12")
    assert code == 2
    assert fresh_demo_server.brp_request_log() == []
    assert fresh_demo_server.request_log(0) == []


def test_brp_down_exits_1_with_a_message_and_bsn_still_works(
    fresh_demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh_demo_server.brp_set_fault(Fault.REFUSE)
    code, out, err = run(fresh_demo_server, tmp_path, capsys, "--query", "2511 AB 12")
    assert code == 1 and out == ""
    assert "De BRP is niet bereikbaar" in err
    code, _, _ = run(fresh_demo_server, tmp_path, capsys, "--query", PERSONA_BSN)
    assert code == 0
