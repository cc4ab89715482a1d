"""The agent-facing preferences of the config file: language, theme, idle lock, referral
targets, notifications (the rest of the file is services.config's)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_desk.presenters.contacts import TargetTemplate


@dataclass(frozen=True)
class Preferences:
    """The agent-facing settings of the config file (see services.config_store)."""

    language: str | None = None  # "nl", "en", "systeem"; None: the default (Dutch)
    theme: str | None = None  # a shipped theme name, "systeem", or a tokens file
    idle_lock_minutes: float = 10
    referral_targets: tuple[TargetTemplate, ...] = ()
    notifications: bool = True  # desktop notifications for watched cases


def read_preferences(config_path: str | None) -> Preferences:
    """The general settings, and ``[[referral_targets]]`` (naam, redenen = [...], uuid)."""
    from kcc_desk.presenters.contacts import TargetTemplate
    from kcc_desk.services.config_store import ConfigStore

    store = ConfigStore(config_path)
    general = store.general()
    templates = []
    for raw in store.read_raw().get("referral_targets", []):
        if isinstance(raw, dict) and isinstance(raw.get("naam"), str):
            reasons = raw.get("redenen", [])
            templates.append(
                TargetTemplate(
                    naam=raw["naam"],
                    redenen=tuple(r for r in reasons if isinstance(r, str))
                    if isinstance(reasons, list)
                    else (),
                    uuid=raw["uuid"] if isinstance(raw.get("uuid"), str) else "",
                )
            )
    return Preferences(
        general.language,
        general.theme,
        general.idle_lock_minutes,
        tuple(templates),
        notifications=general.notifications,
    )


def training_preferences() -> Preferences:
    from kcc_desk.presenters.contacts import TargetTemplate
    from kcc_desk.training import TRAINING_REFERRAL_REASONS

    return Preferences(
        referral_targets=tuple(
            TargetTemplate(naam, redenen) for naam, redenen in TRAINING_REFERRAL_REASONS.items()
        )
    )
