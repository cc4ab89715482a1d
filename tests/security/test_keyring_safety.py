"""Which keyring backends may hold a secret, and the in-memory fallback when none may."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import ClassVar

import pytest
from keyring.backends import chainer, fail, null

from kcc_desk.services.keyring_safety import (
    SessionSecretStore,
    StoredWhere,
    delete_secret,
    keyring_is_secure,
    keyring_problem,
    lookup_secret,
    store_secret,
)
from tests.security.fake_keyrings import MemoryKeyring, PlaintextKeyring


@pytest.mark.parametrize(
    ("backend", "words"),
    [
        (fail.Keyring(), "geen sleutelbos"),  # type: ignore[no-untyped-call]
        (null.Keyring(), "uitgeschakeld"),  # type: ignore[no-untyped-call]
        (PlaintextKeyring(), "gewoon bestand"),
    ],
)
def test_insecure_backends_are_named_in_plain_dutch(backend: object, words: str) -> None:
    secure, message = keyring_is_secure(backend)
    reason = str(message)
    assert not secure
    assert words in reason
    assert "alleen voor deze sessie" in reason
    problem = keyring_problem(backend)
    assert problem is not None
    assert words in str(problem)
    assert "sessie" not in str(problem)


def test_a_platform_like_backend_is_secure() -> None:
    secure, message = keyring_is_secure(MemoryKeyring())
    assert secure
    assert "sleutelbos" in str(message)


class _Chainer(chainer.ChainerBackend):
    """A chainer whose chained backends the test decides (the real one discovers them)."""

    chained: ClassVar[list[object]] = []

    @property
    def backends(self) -> list[object]:
        return self.chained


@pytest.mark.parametrize(
    ("chained", "secure"),
    [
        ([], False),
        ([MemoryKeyring()], True),
        ([PlaintextKeyring()], False),
        # Chainer writes to the first backend that takes it: one plaintext member is enough.
        ([MemoryKeyring(), PlaintextKeyring()], False),
    ],
)
def test_chainer_is_secure_only_when_every_member_is(chained: list[object], secure: bool) -> None:
    backend = _Chainer()  # type: ignore[no-untyped-call]
    _Chainer.chained = chained
    assert keyring_is_secure(backend)[0] is secure


def test_default_test_backend_is_the_null_keyring() -> None:
    # tests/fixtures/isolation.py sets PYTHON_KEYRING_BACKEND to the null backend.
    assert keyring_is_secure()[0] is False


def test_store_secret_goes_to_a_secure_keyring() -> None:
    backend, session = MemoryKeyring(), SessionSecretStore()
    where = store_secret("kcc-desk", "source:A", "s3cret", backend=backend, session=session)
    assert where is StoredWhere.KEYRING
    assert backend.store[("kcc-desk", "source:A")] == "s3cret"
    assert session.get("kcc-desk", "source:A") is None
    assert lookup_secret("kcc-desk", "source:A", backend=backend, session=session) == "s3cret"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring()],  # type: ignore[no-untyped-call]
)
def test_store_secret_keeps_it_in_memory_when_insecure(backend: object, tmp_path: Path) -> None:
    session = SessionSecretStore()
    where = store_secret("kcc-desk", "source:A", "s3cret", backend=backend, session=session)
    assert where is StoredWhere.SESSION_ONLY
    assert session.get("kcc-desk", "source:A") == "s3cret"
    if isinstance(backend, PlaintextKeyring):
        assert backend.store == {}  # the plaintext backend never saw it
    assert lookup_secret("kcc-desk", "source:A", backend=backend, session=session) == "s3cret"
    # Nothing was written under the (isolated) home directory.
    home = Path.home()
    assert not any("s3cret" in p.read_text(errors="ignore") for p in home.rglob("*") if p.is_file())


def test_a_failing_secure_keyring_falls_back_to_the_session() -> None:
    class Locked(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("locked")

    session = SessionSecretStore()
    where = store_secret("kcc-desk", "u", "x", backend=Locked(), session=session)
    assert where is StoredWhere.SESSION_ONLY
    assert session.get("kcc-desk", "u") == "x"


def test_delete_secret_forgets_everywhere() -> None:
    backend, session = MemoryKeyring(), SessionSecretStore()
    store_secret("kcc-desk", "u", "x", backend=backend, session=session)
    session.set("kcc-desk", "u", "y")
    delete_secret("kcc-desk", "u", backend=backend, session=session)
    assert lookup_secret("kcc-desk", "u", backend=backend, session=session) is None
    delete_secret("kcc-desk", "u", backend=backend, session=session)  # absent is fine


def test_session_store_never_shows_or_pickles_secrets() -> None:
    session = SessionSecretStore()
    session.set("kcc-desk", "u", "s3cret")
    assert "s3cret" not in repr(session)
    with pytest.raises(TypeError):
        pickle.dumps(session)
