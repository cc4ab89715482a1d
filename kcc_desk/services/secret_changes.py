"""What saving the settings does in the keyring, written down first and done later.

The settings presenter writes the configuration file on the GUI thread (fast, and the dialog must
know at once whether it worked) but leaves the keyring to a worker thread: a real keyring talks
D-Bus to the desktop's secret service, may show an unlock prompt and can take seconds. So saving
collects the keyring work here, in the order it must happen, and ``apply`` does it off the GUI
thread. No Qt; the typed secrets never show in a repr or a log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from kcc_desk.services.keyring_safety import StoredWhere, delete_secret, lookup_secret
from kcc_desk.services.secret_lookup import KEYRING_SERVICE

log = logging.getLogger(__name__)

SecretSaver = Callable[[str, str, str], StoredWhere]
"""``store_secret``'s shape: (service, user, secret) → where it went."""


@dataclass(frozen=True, slots=True)
class _Store:
    key: str  # the dialog's key: "source:<name>" or "klantinteracties"
    user: str
    secret: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class _Move:
    key: str
    old_user: str
    new_user: str


@dataclass(slots=True)
class SecretChanges:
    """Keyring work in order: forget removed sources, store typed secrets, carry a renamed
    source's secret to its new name, then forget the old names."""

    forget_first: list[str] = field(default_factory=list)
    stores: list[_Store] = field(default_factory=list)
    moves: list[_Move] = field(default_factory=list)
    forget_last: list[str] = field(default_factory=list)

    def forget(self, user: str) -> None:
        self.forget_first.append(user)

    def store(self, key: str, user: str, secret: str) -> None:
        self.stores.append(_Store(key, user, secret))

    def move(self, key: str, old_user: str, new_user: str) -> None:
        self.moves.append(_Move(key, old_user, new_user))

    def forget_renamed(self, user: str) -> None:
        self.forget_last.append(user)

    @property
    def keys(self) -> tuple[str, ...]:
        """The secrets that get a (new) place: the dialog says "wordt bewaard" for these."""
        return tuple(dict.fromkeys([s.key for s in self.stores] + [m.key for m in self.moves]))

    def __bool__(self) -> bool:
        return bool(self.forget_first or self.stores or self.moves or self.forget_last)

    def apply(
        self,
        save: SecretSaver,
        *,
        lookup: Callable[[str, str], str | None] = lookup_secret,
        delete: Callable[[str, str], None] = delete_secret,
    ) -> dict[str, StoredWhere]:
        """Do the work (blocking: call it off the GUI thread); returns where each secret went.
        A renamed source without a stored secret has nothing to move and is left out."""
        placed: dict[str, StoredWhere] = {}
        for user in self.forget_first:
            delete(KEYRING_SERVICE, user)
        for item in self.stores:
            placed[item.key] = save(KEYRING_SERVICE, item.user, item.secret)
        for move in self.moves:
            value = lookup(KEYRING_SERVICE, move.old_user)
            if value is not None:
                placed[move.key] = save(KEYRING_SERVICE, move.new_user, value)
        for user in self.forget_last:
            delete(KEYRING_SERVICE, user)
        log.info("sleutelbos bijgewerkt: %d sleutels bewaard", len(placed))
        return placed
