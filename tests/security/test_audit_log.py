"""The audit log: hashed identifiers only, owner-only files, rotation, stable salted hashes."""

from __future__ import annotations

import hashlib
import hmac
import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kcc_desk.services.audit import (
    SALT_USER,
    AuditLog,
    default_audit_path,
    hash_identifier,
    load_or_create_salt,
)
from tests.security.fake_keyrings import MemoryKeyring

PERSONA_BSN = "999993653"
SALT = bytes(range(32))


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _all_audit_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_lookup_events_never_contain_the_bsn(tmp_path: Path) -> None:
    path = tmp_path / "log" / "audit.jsonl"
    audit = AuditLog(path, agent_id="jdevries", salt=SALT)
    for typed in (PERSONA_BSN, "9999 93 653", "999.993.653"):
        audit.lookup("bsn", typed, ["Open Zaak (oefen)", "Tweede bron"])
    audit.case_opened("ZAAK-2026-0000001", "Open Zaak (oefen)")
    audit.document_opened(
        "http://127.0.0.1/documenten/api/v1/enkelvoudiginformatieobjecten/x", "ZAAK-2026-0000001"
    )
    audit.referral_logged("ZAAK-2026-0000001", "Team Vergunningen")
    audit.contact_logged("telefoon", "ZAAK-2026-0000001", outcome="beantwoord", sent=False)

    raw = _all_audit_bytes(path)
    assert PERSONA_BSN.encode() not in raw
    assert b"999993653" not in raw.replace(b" ", b"").replace(b".", b"")
    records = _records(path)
    assert [r["event"] for r in records] == [
        "lookup", "lookup", "lookup", "case_opened", "document_opened", "referral_logged",
        "contact_logged",
    ]  # fmt: skip
    expected = hmac.new(SALT, PERSONA_BSN.encode(), hashlib.sha256).hexdigest()
    # Grouping typed by the agent does not change the hash; later events carry the subject.
    assert {r["id_hash"] for r in records} == {expected}
    assert {r["kind"] for r in records} == {"bsn"}
    assert records[0]["sources"] == ["Open Zaak (oefen)", "Tweede bron"]
    assert records[3]["case"] == "ZAAK-2026-0000001"
    assert all(r["agent"] == "jdevries" for r in records)
    assert all(str(r["time"]).endswith("+00:00") for r in records)


def test_clear_subject_unlinks_later_events(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.jsonl", agent_id="a", salt=SALT)
    audit.lookup("bsn", PERSONA_BSN, ["A"])
    audit.clear_subject()
    audit.case_opened("ZAAK-1", "A")
    last = _records(audit.path)[-1]
    assert last["kind"] is None
    assert last["id_hash"] is None


def test_files_are_owner_only_including_rotated_ones(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "audit.jsonl"
    audit = AuditLog(path, agent_id="a", salt=SALT, max_bytes=600, backup_count=3)
    for i in range(40):
        audit.lookup("zaak", f"ZAAK-{i}", ["A"])
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["audit.jsonl", "audit.jsonl.1", "audit.jsonl.2", "audit.jsonl.3"]
    for p in path.parent.iterdir():
        assert _mode(p) == 0o600, p.name
    assert _mode(path.parent) == 0o700


def test_a_preexisting_world_readable_file_is_narrowed(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    path.write_text("")
    path.chmod(0o644)
    AuditLog(path, agent_id="a", salt=SALT).lookup("kvk", "12345678", [])
    assert _mode(path) == 0o600


def test_rotation_keeps_every_line_until_the_oldest_drops_off(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    audit = AuditLog(path, agent_id="a", salt=SALT, max_bytes=1000, backup_count=10)
    for i in range(30):
        audit.case_opened(f"ZAAK-{i:04d}", "A")
    chain = [path.with_name(f"audit.jsonl.{n}") for n in range(10, 0, -1)] + [path]
    cases = [r["case"] for p in chain if p.exists() for r in _records(p)]
    assert cases == [f"ZAAK-{i:04d}" for i in range(30)]  # oldest first, nothing lost or doubled
    assert all(p.stat().st_size <= 1000 for p in chain if p.exists())

    small = AuditLog(tmp_path / "b.jsonl", agent_id="a", salt=SALT, max_bytes=300, backup_count=2)
    for i in range(40):
        small.case_opened(f"ZAAK-{i:04d}", "A")
    assert not small.rotated_path(3).exists()
    remaining = [
        r["case"]
        for p in (small.rotated_path(2), small.rotated_path(1), small.path)
        for r in _records(p)
    ]
    assert remaining == [f"ZAAK-{i:04d}" for i in range(40 - len(remaining), 40)]


def test_existing_lines_are_never_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    first = AuditLog(path, agent_id="a", salt=SALT)
    first.case_opened("ZAAK-1", "A")
    before = path.read_bytes()
    AuditLog(path, agent_id="b", salt=SALT).case_opened("ZAAK-2", "A")
    assert path.read_bytes().startswith(before)


def test_hash_is_stable_within_an_installation_and_differs_per_salt(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    one = AuditLog(tmp_path / "a.jsonl", agent_id="a")
    two = AuditLog(tmp_path / "b.jsonl", agent_id="b")
    assert one.salt_persistent and not one.warning
    assert one.hash("bsn", PERSONA_BSN) == two.hash("bsn", PERSONA_BSN)
    stored = memory_keyring.store[("kcc-desk", SALT_USER)]
    assert len(bytes.fromhex(stored)) == 32
    # An application manager with the salt can verify a BSN against a record.
    one.lookup("bsn", PERSONA_BSN, ["A"])
    record = _records(one.path)[0]
    assert record["id_hash"] == hash_identifier(bytes.fromhex(stored), "bsn", PERSONA_BSN)
    assert record["salt_scope"] == "installation"

    other = AuditLog(tmp_path / "c.jsonl", agent_id="a", salt=b"another-installation-salt")
    assert other.hash("bsn", PERSONA_BSN) != one.hash("bsn", PERSONA_BSN)


def test_without_a_secure_keyring_the_salt_is_per_session(
    insecure_keyring: None, tmp_path: Path
) -> None:
    from kcc_desk.services.keyring_safety import session_store

    one = AuditLog(tmp_path / "a.jsonl", agent_id="a")
    assert not one.salt_persistent
    assert "alleen binnen deze sessie" in one.warning
    # Same process: same salt, so records still link within the session.
    assert AuditLog(tmp_path / "b.jsonl", agent_id="a").hash("bsn", PERSONA_BSN) == one.hash(
        "bsn", PERSONA_BSN
    )
    # A new session (store cleared, as at process start) gets a different salt.
    session_store().clear()
    assert AuditLog(tmp_path / "c.jsonl", agent_id="a").hash("bsn", PERSONA_BSN) != one.hash(
        "bsn", PERSONA_BSN
    )
    one.lookup("bsn", PERSONA_BSN, [])
    assert _records(one.path)[0]["salt_scope"] == "session"
    # The session salt was never written to disk.
    home = Path.home()
    salt_hex = load_or_create_salt()[0].hex()
    for p in [*home.rglob("*"), *tmp_path.rglob("*")]:
        if p.is_file():
            assert salt_hex not in p.read_text(errors="ignore")


def test_default_path_is_the_user_log_dir(tmp_path: Path) -> None:
    path = default_audit_path()
    assert path.name == "audit.jsonl"
    assert "kcc-desk" in path.parts
    audit = AuditLog(agent_id="a", salt=SALT, clock=lambda: datetime(2026, 1, 2, 3, 4, tzinfo=UTC))
    audit.case_opened("ZAAK-1", "A")
    assert audit.path == path
    assert _records(path)[0]["time"] == "2026-01-02T03:04:00.000+00:00"
    assert str(Path.home()) in str(path)  # isolated, not the developer's real log dir


def test_repr_and_errors_hold_no_salt_or_identifier(tmp_path: Path) -> None:
    from kcc_desk.services.audit import AuditError

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    audit = AuditLog(blocker / "audit.jsonl", agent_id="a", salt=SALT)
    assert SALT.hex() not in repr(audit)
    with pytest.raises(AuditError) as caught:
        audit.lookup("bsn", PERSONA_BSN, ["A"])
    assert PERSONA_BSN not in str(caught.value)
    assert "auditlog" in caught.value.message
