"""`kcc-desk sources test` against the real demo server, healthy and with injected faults."""

from __future__ import annotations

from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.server import DemoServer, Fault


def _test(config: Path, *names: str) -> int:
    return main(["sources", "--config", str(config), "test", *names])


def test_healthy_demo_server_passes(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = demo_server.write_config(tmp_path / "config.toml")
    assert _test(config) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    names = [s.name for s in demo_server.sources]
    for name in names:
        assert f"OK      {name} – Zaken API: in orde (versie 1." in out
        assert f"OK      {name} – Catalogi API: in orde" in out
        assert f"OK      {name} – Documenten API: in orde" in out
    assert "OK      Klantinteracties – Klantinteracties API: in orde" in out
    assert demo_server.sources[0].secret not in out


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (Fault.REFUSE, "niet bereikbaar"),
        (Fault.FORBIDDEN_403, "geen toegang (403)"),
        (Fault.UNAUTHORIZED_401, "aanmelden mislukt (401)"),
        (Fault.HTML_ERROR, "dit adres is geen Zaken API: het antwoord is een webpagina"),
        (Fault.HTTP_500, "storing bij de bron (500)"),
        (Fault.MALFORMED_JSON, "ongeldig antwoord"),
    ],
)
def test_faults_are_reported_in_plain_words(
    fresh_demo_server: DemoServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fault: Fault,
    words: str,
) -> None:
    config = fresh_demo_server.write_config(tmp_path / "config.toml")
    broken, healthy = fresh_demo_server.sources[0].name, fresh_demo_server.sources[1].name
    fresh_demo_server.set_fault(0, fault)
    assert _test(config) == 1
    out = capsys.readouterr().out
    assert f"FOUT    {broken} – Zaken API: {words}" in out
    assert f"OK      {healthy} – Zaken API: in orde" in out
    assert _test(config, healthy) == 0


def test_klantinteracties_refused(
    fresh_demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = fresh_demo_server.write_config(tmp_path / "config.toml")
    fresh_demo_server.klantinteracties_set_fault(Fault.REFUSE)
    assert _test(config, "Klantinteracties") == 1
    assert "FOUT    Klantinteracties – Klantinteracties API: niet bereikbaar" in (
        capsys.readouterr().out
    )


def test_the_agent_id_reaches_the_server_in_the_jwt(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    import jwt

    config = fresh_demo_server.write_config(tmp_path / "config.toml", agent_id="mdejong")
    fresh_demo_server.clear_request_log()
    assert _test(config, fresh_demo_server.sources[0].name) == 0
    auths = [
        r.headers.get("Authorization") or r.headers.get("authorization")
        for r in fresh_demo_server.request_log(0)
    ]
    token = next(a for a in auths if a).removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["user_id"] == claims["user_representation"] == "mdejong"
