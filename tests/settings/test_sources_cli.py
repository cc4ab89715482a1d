"""`kcc-desk sources` end to end through kcc_desk.cli.main, with a temporary config."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.services.config import load_config
from tests.security.fake_keyrings import MemoryKeyring
from tests.settings.fake_zgw import SECRET, TOKEN, FakeZgw


def _cli(config: Path, *args: str) -> int:
    return main(["sources", "--config", str(config), *args])


def _add(config: Path, name: str, base: str) -> int:
    return _cli(
        config, "add", name,
        "--zaken-api", f"{base}/zaken/api/v1/",
        "--catalogi-api", f"{base}/catalogi/api/v1/",
        "--documenten-api", f"{base}/documenten/api/v1/",
        "--client-id", "kcc-desk-test", "--timeout", "3",
    )  # fmt: skip


def test_add_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    assert _add(config, "Open Zaak", "https://zaken.gemeente.example") == 0
    assert _add(config, "Tweede", "https://tweede.example") == 0
    loaded = load_config(config)
    assert [s.name for s in loaded.sources] == ["Open Zaak", "Tweede"]
    assert loaded.sources[0].timeout_s == 3.0
    capsys.readouterr()

    assert _cli(config, "list") == 0
    out = capsys.readouterr().out
    assert "Open Zaak" in out
    assert "https://zaken.gemeente.example/zaken/api/v1/" in out
    assert "Sleutel:        ONTBREEKT" in out
    assert "Klantinteracties: niet ingesteld" in out
    assert "Let op:" in out  # the test keyring (null) is not secure, and we say so

    assert _cli(config, "remove", "Tweede") == 0
    assert [s.name for s in load_config(config).sources] == ["Open Zaak"]
    assert _cli(config, "remove", "Tweede") == 1
    assert "geen bron met de naam 'Tweede'" in capsys.readouterr().err


def test_add_refuses_bad_input_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    assert _add(config, "X", "http://zaken.example") == 1
    err = capsys.readouterr().err
    assert "--zaken-api: Gebruik https" in err
    assert not config.exists()
    assert _add(config, "X", "https://x.example") == 0
    assert _add(config, "X", "https://x.example") == 1
    assert "al een bron" in capsys.readouterr().err


def test_set_secret_in_a_secure_keyring(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    config = tmp_path / "config.toml"
    _add(config, "Open Zaak", "https://zaken.gemeente.example")
    monkeypatch.setattr(sys, "stdin", io.StringIO("hunter2-geheim\n"))
    assert _cli(config, "set-secret", "Open Zaak") == 0
    assert memory_keyring.store[("kcc-desk", "source:Open Zaak")] == "hunter2-geheim"
    assert _cli(config, "list") == 0
    out, err = capsys.readouterr()
    assert "Opgeslagen in de sleutelbos." in out
    assert "Sleutel:        sleutelbos" in out
    assert "hunter2" not in out + err
    assert "hunter2" not in config.read_text()
    # Removing the source removes its secret too.
    assert _cli(config, "remove", "Open Zaak") == 0
    assert ("kcc-desk", "source:Open Zaak") not in memory_keyring.store


def test_set_secret_refuses_with_an_insecure_keyring(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    insecure_keyring: None,
) -> None:
    config = tmp_path / "config.toml"
    _add(config, "Open Zaak", "https://zaken.gemeente.example")
    monkeypatch.setattr(sys, "stdin", io.StringIO("hunter2-geheim\n"))
    assert _cli(config, "set-secret", "Open Zaak") == 1
    err = capsys.readouterr().err
    assert "uitgeschakeld" in err
    assert "NIET opgeslagen" in err
    assert "KCC_DESK_SECRET_OPEN_ZAAK" in err
    assert "hunter2" not in config.read_text()
    assert _cli(config, "set-secret", "Bestaat niet") == 1


def test_set_klantinteracties_and_token(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    config = tmp_path / "config.toml"
    _add(config, "Open Zaak", "https://zaken.gemeente.example")
    assert _cli(config, "set-token") == 1  # no endpoint yet
    url = "https://klanten.gemeente.example/klantinteracties/api/v1/"
    assert _cli(config, "set-klantinteracties", url) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("tok-123\n"))
    assert _cli(config, "set-token") == 0
    assert memory_keyring.store[("kcc-desk", "klantinteracties")] == "tok-123"
    loaded = load_config(config)
    assert loaded.klantinteracties is not None
    assert loaded.klantinteracties.url == url
    capsys.readouterr()
    _cli(config, "list")
    assert "Token:          sleutelbos" in capsys.readouterr().out


def test_sources_test_ok_and_failing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    threaded_fake_zgw: FakeZgw,
) -> None:
    config = tmp_path / "config.toml"
    _add(config, "Nep", threaded_fake_zgw.base)
    _cli(config, "set-klantinteracties", f"{threaded_fake_zgw.base}/klantinteracties/api/v1/")
    monkeypatch.setenv("KCC_DESK_SECRET_NEP", SECRET)
    monkeypatch.setenv("KCC_DESK_KLANTINTERACTIES_TOKEN", TOKEN)
    capsys.readouterr()
    assert _cli(config, "test") == 0
    out = capsys.readouterr().out
    assert "OK      Nep – Zaken API: in orde (versie 1.5.1)." in out
    assert "OK      Klantinteracties – Klantinteracties API: in orde (versie 0.9.0)." in out
    assert "Alle 4 controles in orde." in out

    threaded_fake_zgw.behaviour.mode = "403"
    assert _cli(config, "test", "Nep") == 1
    out = capsys.readouterr().out
    assert "FOUT    Nep – Zaken API: geen toegang (403)" in out
    assert "3 van 3 controles mislukt." in out
    assert SECRET not in out

    monkeypatch.delenv("KCC_DESK_SECRET_NEP")
    threaded_fake_zgw.behaviour.mode = "ok"
    assert _cli(config, "test", "Nep") == 1
    assert "geen sleutel ingesteld" in capsys.readouterr().out
    assert _cli(config, "test", "Onbekend") == 1


def test_as_a_real_subprocess(tmp_path: Path) -> None:
    """The installed entry point path: `python -m kcc_desk sources ...` in a fresh process."""
    config = tmp_path / "config.toml"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run(
        [sys.executable, "-m", "kcc_desk", "sources", "--config", str(config), "add", "A",
         "--zaken-api", "https://a.example/zaken/api/v1", "--catalogi-api",
         "https://a.example/catalogi/api/v1"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    secret = subprocess.run(
        [sys.executable, "-m", "kcc_desk", "sources", "--config", str(config), "set-secret", "A"],
        input="geheim\n", capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    # The test environment has the null keyring: refused, and the secret is nowhere.
    assert secret.returncode == 1
    assert "geheim" not in secret.stdout + secret.stderr + config.read_text()
