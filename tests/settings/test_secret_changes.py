"""The keyring work a settings save collects (and a worker thread does): in order, complete,
and never showing a typed secret in a repr."""

from __future__ import annotations

from kcc_desk.services.keyring_safety import StoredWhere
from kcc_desk.services.secret_changes import SecretChanges


class Keyring:
    def __init__(self, **entries: str) -> None:
        self.entries = {("kcc-desk", k.replace("_", ":")): v for k, v in entries.items()}
        self.log: list[tuple[str, str]] = []

    def save(self, service: str, user: str, secret: str) -> StoredWhere:
        self.log.append(("save", user))
        self.entries[(service, user)] = secret
        return StoredWhere.KEYRING

    def lookup(self, service: str, user: str) -> str | None:
        return self.entries.get((service, user))

    def delete(self, service: str, user: str) -> None:
        self.log.append(("delete", user))
        self.entries.pop((service, user), None)


def test_removed_typed_renamed_and_forgotten_in_that_order() -> None:
    keyring = Keyring(source_Oud="oud-geheim", source_Weg="x")
    changes = SecretChanges()
    changes.forget("source:Weg")
    changes.store("source:Nieuw", "source:Nieuw", "nieuw-geheim")
    changes.move("source:Hernoemd", "source:Oud", "source:Hernoemd")
    changes.forget_renamed("source:Oud")
    changes.move("source:Leeg", "source:Nooit", "source:Leeg")  # nothing stored: nothing moved

    placed = changes.apply(keyring.save, lookup=keyring.lookup, delete=keyring.delete)

    assert placed == {"source:Nieuw": StoredWhere.KEYRING, "source:Hernoemd": StoredWhere.KEYRING}
    assert keyring.entries == {
        ("kcc-desk", "source:Nieuw"): "nieuw-geheim",
        ("kcc-desk", "source:Hernoemd"): "oud-geheim",
    }
    assert keyring.log == [
        ("delete", "source:Weg"),
        ("save", "source:Nieuw"),
        ("save", "source:Hernoemd"),
        ("delete", "source:Oud"),
    ]
    assert changes.keys == ("source:Nieuw", "source:Hernoemd", "source:Leeg")


def test_nothing_to_do_is_falsy_and_secrets_stay_out_of_the_repr() -> None:
    changes = SecretChanges()
    assert not changes
    changes.store("klantinteracties", "klantinteracties", "geheim-token-123")
    assert changes
    assert "geheim-token-123" not in repr(changes)
