"""Writing the configuration: round-trips through load_config, refuses inline secrets for real
hosts, and the small TOML writer agrees with tomllib."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kcc_desk.services.config import load_config
from kcc_desk.services.config_store import (
    ConfigStore,
    ConfigStoreError,
    GeneralSettings,
    SecretWhere,
    SourceSettings,
    dumps,
    source_secret_where,
    validate_source,
)
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
    assert source_secret_where(REMOTE, environ={}) is SecretWhere.MISSING
    assert source_secret_where(DEMO, environ={}) is SecretWhere.INLINE_DEMO
    memory_keyring.store[("kcc-desk", "source:Open Zaak")] = "x"
    assert source_secret_where(REMOTE, environ={}) is SecretWhere.KEYRING
    env = {"KCC_DESK_SECRET_OPEN_ZAAK": "y"}
    assert source_secret_where(REMOTE, environ=env) is SecretWhere.ENV


# -- the TOML writer against tomllib ------------------------------------------------------------

_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_key = st.one_of(st.from_regex(r"[A-Za-z0-9_-]{1,12}", fullmatch=True), _text.filter(bool))
_scalar = st.one_of(
    _text,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.booleans(),
)
_flat = st.dictionaries(_key, st.one_of(_scalar, st.lists(_scalar, max_size=4)), max_size=6)
_doc = st.fixed_dictionaries(
    {},
    optional={
        "sources": st.lists(_flat, min_size=1, max_size=3),
        "klantinteracties": _flat,
        "agent_id": _text,
        "idle_lock_minutes": st.integers(0, 1000),
    },
)


@settings(max_examples=150, deadline=None)
@given(_doc)
def test_dumps_round_trips_through_tomllib(doc: dict[str, Any]) -> None:
    assert tomllib.loads(dumps(doc)) == doc


def test_dumps_rejects_what_it_cannot_write() -> None:
    with pytest.raises(TypeError):
        dumps({"a": None})
    with pytest.raises(TypeError):
        dumps({"a": [1, {"b": 2}]})
