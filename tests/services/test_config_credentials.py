"""Configuration loading and the credential rules (env → keyring → inline, loopback only)."""

from __future__ import annotations

from pathlib import Path

import jwt
import pytest

from kcc_desk.services.config import load_config, parse_config
from kcc_desk.services.credentials import Credentials, secret_env_var, source_slug
from kcc_desk.services.errors import ConfigError, CredentialError
from kcc_desk.services.zgw_auth import REMINT_AFTER_S, JwtMinter
from tests.security.fake_keyrings import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # the fixture

CONFIG = """
agent_id = "j.jansen"
[[sources]]
name = "Open Zaak"
zaken_api = "https://zaken.example.nl/zaken/api/v1/"
catalogi_api = "https://zaken.example.nl/catalogi/api/v1/"
documenten_api = "https://zaken.example.nl/documenten/api/v1/"
client_id = "kcc-desk"
timeout_s = 8
[klantinteracties]
url = "https://klant.example.nl/klantinteracties/api/v1/"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_issue_example_loads(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, CONFIG))
    assert config.agent_id == "j.jansen"
    source = config.sources[0]
    assert source.name == "Open Zaak" and source.timeout_s == 8.0
    assert config.klantinteracties is not None
    assert config.max_response_mb == 20.0
    assert config.max_confidentiality == "zaakvertrouwelijk"


def test_path_from_env_and_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, CONFIG)
    monkeypatch.setenv("KCC_DESK_CONFIG", str(path))
    assert load_config().path == path
    monkeypatch.delenv("KCC_DESK_CONFIG")
    with pytest.raises(ConfigError, match="niet gevonden"):
        load_config()


def test_agent_defaults_to_os_user(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, CONFIG.replace('agent_id = "j.jansen"', "")))
    assert config.agent_id


def test_inline_secret_refused_for_non_loopback(tmp_path: Path) -> None:
    text = CONFIG.replace('client_id = "kcc-desk"', 'client_id = "kcc-desk"\nsecret = "s3cret"')
    with pytest.raises(ConfigError, match="oefenserver") as info:
        load_config(write(tmp_path, text))
    assert "s3cret" not in info.value.message


def test_inline_token_refused_for_non_loopback(tmp_path: Path) -> None:
    text = CONFIG + 'token = "abc"\n'
    with pytest.raises(ConfigError, match="oefenserver"):
        load_config(write(tmp_path, text))


def test_inline_secret_allowed_on_loopback() -> None:
    raw = {
        "sources": [
            {
                "name": "Demo",
                "zaken_api": "http://127.0.0.1:8001/zaken/api/v1/",
                "catalogi_api": "http://localhost:8001/catalogi/api/v1",
                "client_id": "demo",
                "secret": "demo-secret",
            }
        ]
    }
    config = parse_config(raw)
    assert config.sources[0].catalogi_api.endswith("/")  # roots always end in '/'
    creds = Credentials(config, environ={}, keyring_get=lambda s, u: None)
    assert creds.secret_for(config.sources[0]) == "demo-secret"


def test_plain_http_refused_for_remote_hosts(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="https"):
        load_config(write(tmp_path, CONFIG.replace("https://zaken", "http://zaken")))


def test_slug() -> None:
    assert source_slug("Open Zaak (oefen)") == "OPEN_ZAAK_OEFEN"
    assert source_slug("  zaken-2.gemeente ") == "ZAKEN_2_GEMEENTE"
    assert secret_env_var("Open Zaak") == "KCC_DESK_SECRET_OPEN_ZAAK"


def test_keyring_then_env_override(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    config = load_config(write(tmp_path, CONFIG))
    source = config.sources[0]
    memory_keyring.set_password("kcc-desk", "source:Open Zaak", "from-keyring")
    memory_keyring.set_password("kcc-desk", "klantinteracties", "token-keyring")
    assert Credentials(config, environ={}).secret_for(source) == "from-keyring"
    assert Credentials(config, environ={}).klantinteracties_token() == "token-keyring"
    env = {"KCC_DESK_SECRET_OPEN_ZAAK": "from-env", "KCC_DESK_KLANTINTERACTIES_TOKEN": "t-env"}
    assert Credentials(config, environ=env).secret_for(source) == "from-env"
    assert Credentials(config, environ=env).klantinteracties_token() == "t-env"


def test_missing_secret_is_a_clear_error(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, CONFIG))
    with pytest.raises(CredentialError, match="KCC_DESK_SECRET_OPEN_ZAAK"):
        Credentials(config, environ={}).secret_for(config.sources[0])  # null keyring


def test_jwt_claims_and_remint() -> None:
    now = [1_764_325_200.0]
    minter = JwtMinter("j.jansen", clock=lambda: now[0])
    secret = "a-long-enough-secret-for-hs256-signing!"
    token = minter.token("kcc-desk", secret)
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    assert claims == {
        "iss": "kcc-desk",
        "iat": 1_764_325_200,
        "client_id": "kcc-desk",
        "user_id": "j.jansen",
        "user_representation": "j.jansen",
    }
    now[0] += REMINT_AFTER_S - 1
    assert minter.token("kcc-desk", secret) == token
    now[0] += 2
    fresh = minter.token("kcc-desk", secret)
    assert fresh != token
    assert jwt.decode(fresh, secret, algorithms=["HS256"])["iat"] == int(now[0])
