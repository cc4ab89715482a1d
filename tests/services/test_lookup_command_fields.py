"""`kcc-desk lookup`: the fields issue 16 added (days_overdue, behandelaar, documents), the text
output's marks, and a blank substatus doelgroep reported as blank (over real HTTP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.server import PERSONA_BSN, DemoServer
from kcc_desk.services.models import Substatus


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["lookup", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_overdue_behandelaar_and_documents(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN, "--json")
    assert code == 0
    cases = json.loads(out)["cases"]
    overdue = [c for c in cases if c["days_overdue"] > 0]
    assert [c["zaaktype"] for c in overdue] == ["Aanvraag omgevingsvergunning"]
    assert all(c["days_overdue"] == 0 for c in cases if c["einddatum"])
    handled = [c["behandelaar"] for c in cases if c["behandelaar"] is not None]
    assert handled and all(set(b) == {"naam", "soort"} and b["naam"] for b in handled)
    assert {b["soort"] for b in handled} <= {"medewerker", "organisatorische_eenheid"}
    assert all("documents" not in c for c in cases)  # only with --timeline
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN, "--json", "--timeline")
    assert code == 0
    cases = json.loads(out)["cases"]
    documents = [d for c in cases for d in c["documents"]]
    assert documents and all(
        set(d) == {"titel", "vertrouwelijkheid", "may_open"} for d in documents
    )
    secret = next(c for c in cases if c["vertrouwelijkheidaanduiding"] == "geheim")
    assert secret["documents"] and not any(d["may_open"] for d in secret["documents"])
    assert any(d["may_open"] for d in documents)
    assert [c["behandelaar"] for c in cases] == [c["behandelaar"] for c in cases] and any(
        c["behandelaar"] for c in cases
    )


def test_text_output_marks_confidentiality_and_overdue(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN)
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith(("ZAAK", "BZ"))}
    assert "Let op" in out
    assert any("geheim" in r for r in rows.values())
    assert any("vertrouwelijk" in r for r in rows.values())
    assert sum("dagen te laat" in r for r in rows.values()) == 1
    assert "3 zaken" in out  # and "1 zaak" for one (never "1 zaken")
    assert "1 zaken" not in out


def test_blank_doelgroep_is_blank_not_intern(
    fresh_demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = fresh_demo_server._contexts[1].store
    subs = [s for s in store.data.substatussen.values() if s.doelgroep == "intern"]
    assert subs
    for sub in subs:  # allowed by Open Zaak (BlankEnum): the server says nothing
        fresh_demo_server.change_substatus(1, sub.uuid, doelgroep="")
    config = str(fresh_demo_server.write_config(tmp_path / "c.toml"))
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN, "--json", "--timeline")
    assert code == 0
    found = [
        sub
        for case in json.loads(out)["cases"]
        for step in case["timeline"]
        for sub in step["substatussen"]
    ]
    blank = {s.omschrijving for s in subs}
    reported_blank = {s["omschrijving"] for s in found if s["doelgroep"] == ""}
    assert reported_blank and reported_blank <= blank
    assert not [s for s in found if s["doelgroep"] == "intern"]
    assert any(s["doelgroep"] == "betrokkenen" for s in found)
    code, out, _ = run(capsys, "--config", config, "--bsn", PERSONA_BSN, "--timeline")
    assert "(intern)" not in out
    for text in reported_blank:
        assert f"- {text}\n" in out + "\n"  # listed, without "(intern)"


def test_blank_doelgroep_has_no_intern_label_in_the_agents_view() -> None:
    from kcc_desk.presenters.timeline_model import _is_intern

    assert not _is_intern(Substatus("Wacht op advies.", None, ""))
    assert _is_intern(Substatus("Wacht op advies.", None, "intern"))
    assert not _is_intern(Substatus("Wacht op advies.", None, "betrokkenen"))
