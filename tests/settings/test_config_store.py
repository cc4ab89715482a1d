"""Writing the configuration: round-trips through load_config, refuses inline secrets for real
hosts, and keeps an administrator's comments and key order (tomlkit)."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest

from kcc_desk.services.config import load_config
from kcc_desk.services.config_store import (
    ConfigStore,
    ConfigStoreError,
    GeneralSettings,
    SecretWhere,
    SourceSettings,
    validate_source,
)
from kcc_desk.services.secret_lookup import SecretLookup, source_ref
from tests.security.fake_keyrings import MemoryKeyring

REMOTE = SourceSettings(
    name="Open Zaak",
    zaken_api="https://zaken.gemeente.example/zaken/api/v1",
    catalogi_api="https://zaken.gemeente.example/catalogi/api/v1/",
    documenten_api="https://zaken.gemeente.example/documenten/api/v1/",
    client_id="kcc-desk",
    timeout_s=5.0,
)
DEMO = SourceSettings(
    name='Oefen "bron" \\ één',
    zaken_api="http://127.0.0.1:8001/zaken/api/v1/",
    catalogi_api="http://127.0.0.1:8001/catalogi/api/v1/",
    documenten_api="http://127.0.0.1:8001/documenten/api/v1/",
    client_id="demo",
    secret="demo-secret\twith\nodd chars",
)


def test_round_trip_through_load_config(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "config.toml"
    store = ConfigStore(path)
    store.add_source(REMOTE)
    store.add_source(DEMO)
    store.set_klantinteracties("https://klanten.gemeente.example/klantinteracties/api/v1/")
    ca = tmp_path / "pki.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    store.set_general(
        GeneralSettings(
            agent_id="jdevries", idle_lock_minutes=15, language="en", theme="donker",
            ca_bundle=str(ca),
        )
    )  # fmt: skip

    config = load_config(path)
    assert [s.name for s in config.sources] == ["Open Zaak", DEMO.name]
    assert config.sources[0].zaken_api == "https://zaken.gemeente.example/zaken/api/v1/"
    assert config.sources[0].timeout_s == 5.0
    assert config.sources[0].secret is None
    assert config.sources[1].secret == DEMO.secret
    assert config.klantinteracties is not None
    assert config.klantinteracties.url.startswith("https://klanten.")
    assert config.agent_id == "jdevries"
    assert config.ca_bundle == ca
    general = store.general()
    assert general == GeneralSettings("jdevries", 15, "en", "donker", str(ca))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").startswith("# kcc-desk configuratie")


def test_defaults_when_the_file_is_new(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "none.toml")
    assert store.sources() == []
    assert store.general() == GeneralSettings(None, 10, "nl", None, None)
    assert store.klantinteracties() is None


def test_update_rename_and_remove(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "config.toml")
    store.add_source(REMOTE)
    store.add_source(DEMO)
    renamed = SourceSettings(**{**_fields(REMOTE), "name": "Open Zaak 2", "client_id": "other"})
    store.update_source("Open Zaak", renamed)
    assert [s.name for s in store.sources()] == ["Open Zaak 2", DEMO.name]
    assert store.sources()[0].client_id == "other"
    with pytest.raises(ConfigStoreError, match="al een bron"):
        store.update_source("Open Zaak 2", SourceSettings(**{**_fields(REMOTE), "name": DEMO.name}))
    store.remove_source(DEMO.name)
    assert [s.name for s in store.sources()] == ["Open Zaak 2"]
    with pytest.raises(ConfigStoreError, match="geen bron"):
        store.remove_source("bestaat niet")
    with pytest.raises(ConfigStoreError, match="al een bron"):
        store.add_source(renamed)


def _fields(s: SourceSettings) -> dict[str, Any]:
    return {k: getattr(s, k) for k in SourceSettings.__dataclass_fields__}


def test_inline_secret_refused_for_a_real_host(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    store = ConfigStore(path)
    with pytest.raises(ConfigStoreError) as caught:
        store.add_source(SourceSettings(**{**_fields(REMOTE), "secret": "topgeheim"}))
    assert caught.value.field == "secret"
    assert "topgeheim" not in caught.value.message
    assert not path.exists()
    with pytest.raises(ConfigStoreError) as klant:
        store.set_klantinteracties("https://klanten.example/api/v1/", token="topgeheim")
    assert klant.value.field == "klantinteracties_token"
    # A half-loopback source (one root remote) may not carry one either.
    mixed = SourceSettings(**{**_fields(DEMO), "documenten_api": "https://docs.example/api/"})
    assert "secret" in validate_source(mixed)
    # And a hand-edited file with such a secret is not rewritten as-is.
    path.write_text(
        '[[sources]]\nname = "X"\nzaken_api = "https://x.example/z/"\n'
        'catalogi_api = "https://x.example/c/"\nclient_id = "c"\nsecret = "topgeheim"\n'
    )
    with pytest.raises(ConfigStoreError):
        store.set_klantinteracties("https://klanten.example/api/v1/")


def test_loopback_demo_token_allowed_and_dropped_on_real_host(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "config.toml")
    store.set_klantinteracties("http://127.0.0.1:9/klantinteracties/api/v1/", token="demo")
    assert store.klantinteracties() == ("http://127.0.0.1:9/klantinteracties/api/v1/", "demo")
    store.set_klantinteracties("https://klanten.example/api/v1/")
    assert store.klantinteracties() == ("https://klanten.example/api/v1/", None)
    store.set_klantinteracties(None)
    assert store.klantinteracties() is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"zaken_api": "zaken.example"}, "zaken_api"),
        ({"catalogi_api": "http://catalogi.example/"}, "catalogi_api"),
        ({"documenten_api": "https://u:p@docs.example/"}, "documenten_api"),
        ({"client_id": ""}, "client_id"),
        ({"timeout_s": 0}, "timeout_s"),
    ],
)
def test_field_errors_name_the_field(changes: dict[str, Any], field: str) -> None:
    errors = validate_source(SourceSettings(**{**_fields(REMOTE), **changes}))
    assert field in errors
    assert str(errors[field])[0].isupper()


def test_general_settings_are_validated(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "config.toml")
    for bad, field in (
        (GeneralSettings(idle_lock_minutes=0), "idle_lock_minutes"),
        (GeneralSettings(ca_bundle=str(tmp_path / "missing.pem")), "ca_bundle"),
        (GeneralSettings(agent_id="  "), "agent_id"),
    ):
        with pytest.raises(ConfigStoreError) as caught:
            store.set_general(bad)
        assert caught.value.field == field


def test_secret_location(memory_keyring: MemoryKeyring) -> None:
    def where(source: SourceSettings, env: dict[str, str]) -> SecretWhere:
        return SecretLookup(environ=env).where(source_ref(source))

    assert where(REMOTE, {}) is SecretWhere.MISSING
    assert where(DEMO, {}) is SecretWhere.INLINE_DEMO
    memory_keyring.store[("kcc-desk", "source:Open Zaak")] = "x"
    assert where(REMOTE, {}) is SecretWhere.KEYRING
    assert where(REMOTE, {"KCC_DESK_SECRET_OPEN_ZAAK": "y"}) is SecretWhere.ENV


# -- an administrator's file survives a save --------------------------------------------------

ADMIN_FILE = """\
# Beheer: ingesteld door team ICT, vragen naar servicedesk@gemeente.example
language = "nl"          # de agenten werken in het Nederlands
agent_id = "jdevries"

# Productie-Open Zaak (contract 2024-17)
[[sources]]
client_id = "kcc-desk"   # uitgegeven door de leverancier
name = "Open Zaak"
zaken_api = "https://zaken.gemeente.example/zaken/api/v1/"
catalogi_api = "https://zaken.gemeente.example/catalogi/api/v1/"
eigen_sleutel = "wordt door kcc-desk niet gebruikt"

[klantinteracties]
# Open Klant 2.18
url = "https://klanten.gemeente.example/klantinteracties/api/v1/"
"""


def test_a_save_keeps_the_administrators_comments_and_order(tmp_path: Path) -> None:
    """Through the dialog's save path (replace_all): the changed values change, the rest of the
    file stays as the administrator wrote it."""
    path = tmp_path / "config.toml"
    path.write_text(ADMIN_FILE, encoding="utf-8")
    store = ConfigStore(path)
    source = store.sources()[0]
    changed = SourceSettings(**{**_fields(source), "client_id": "kcc-desk-2", "timeout_s": 5.0})
    general = GeneralSettings(**{**_general_fields(store.general()), "language": "en"})
    klant = store.klantinteracties()
    assert klant is not None
    store.replace_all([("Open Zaak", changed)], klant[0], general)

    text = path.read_text(encoding="utf-8")
    for line in ADMIN_FILE.splitlines():  # every comment and unchanged line is still there
        if "client_id" not in line and not line.startswith("language"):
            assert line in text
    assert 'language = "en"          # de agenten werken in het Nederlands' in text
    assert 'client_id = "kcc-desk-2"   # uitgegeven door de leverancier' in text
    keys = [line.split(" =")[0] for line in text.splitlines() if " = " in line]
    # The administrator's order, not ours; a new key goes after the last one of its table.
    assert keys[:3] == ["language", "agent_id", "idle_lock_minutes"]
    assert keys[3:9] == [
        "client_id", "name", "zaken_api", "catalogi_api", "eigen_sleutel", "timeout_s",
    ]  # fmt: skip
    assert load_config(path).sources[0].timeout_s == 5.0
    assert load_config(path).general.language == "en"


def _general_fields(g: GeneralSettings) -> dict[str, Any]:
    return {k: getattr(g, k) for k in GeneralSettings.__dataclass_fields__}


def test_a_hand_edited_address_with_a_password_is_refused_in_the_dialogs_words(
    tmp_path: Path,
) -> None:
    from kcc_desk.services.errors import ConfigError

    path = tmp_path / "config.toml"
    path.write_text(
        ADMIN_FILE.replace("https://zaken.gemeente", "https://kcc:geheim@zaken.gemeente", 1),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message == (
        "bron 'Open Zaak', zaken_api: Zet geen gebruikersnaam of wachtwoord in het adres."
    )
    assert "geheim" not in caught.value.message
    path.write_text(ADMIN_FILE.replace("/api/v1/", "/api/v1/?x=1", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"zaken_api: Het adres van een API mag geen \? of #"):
        load_config(path)
