"""A short ZGW secret (issue 16): `sources test` says so in words, and no run prints pyjwt's
InsecureKeyLengthWarning (a real process, its stderr as a user sees it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.secret_length import RECOMMENDED_SECRET_BYTES, short_secret_advice

SENTENCE = "de sleutel is korter dan aanbevolen: 5 tekens, aanbevolen is minstens 32."


def _with_secret(server: DemoServer, tmp_path: Path, secret: str) -> Path:
    config = server.write_config(tmp_path / "c.toml")
    first = server.sources[0].secret
    config.write_text(config.read_text().replace(first, secret), encoding="utf-8")
    return config


def _sources_test(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kcc_desk", "sources", "test", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_short_secret_is_said_in_words_and_no_library_warning_leaks(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    done = _sources_test(_with_secret(fresh_demo_server, tmp_path, "kort!"))
    name = fresh_demo_server.sources[0].name
    assert f"LET OP  {name} – JWT (HS256): {SENTENCE}" in done.stdout
    assert "InsecureKeyLength" not in done.stderr and "HMAC key" not in done.stderr
    assert "Warning" not in done.stderr, done.stderr


def test_a_long_enough_secret_gets_no_advice(fresh_demo_server: DemoServer, tmp_path: Path) -> None:
    done = _sources_test(fresh_demo_server.write_config(tmp_path / "c.toml"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "korter dan aanbevolen" not in done.stdout


def test_the_threshold_is_pyjwts() -> None:
    import warnings

    import jwt

    for length, warns in ((RECOMMENDED_SECRET_BYTES - 1, True), (RECOMMENDED_SECRET_BYTES, False)):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            jwt.encode({"a": 1}, "x" * length, algorithm="HS256")
        assert bool(caught) is warns
    assert short_secret_advice("x" * (RECOMMENDED_SECRET_BYTES - 1)) is not None
    assert short_secret_advice("x" * RECOMMENDED_SECRET_BYTES) is None
    assert short_secret_advice(None) is None
