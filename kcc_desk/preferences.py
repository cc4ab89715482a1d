"""The agent-facing preferences of the config file: language, theme, idle lock, referral
targets, notifications, as the configuration model (services.config) read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_desk.presenters.contacts import TargetTemplate
    from kcc_desk.services.config import AppConfig


@dataclass(frozen=True)
class Preferences:
    """The agent-facing settings of the config file (``services.config_general``)."""

    language: str | None = None  # "nl", "en", "systeem"; None: the default (Dutch)
    theme: str | None = None  # a shipped theme name, "systeem", or a tokens file
    idle_lock_minutes: float = 10
    referral_targets: tuple[TargetTemplate, ...] = ()
    notifications: bool = True  # desktop notifications for watched cases


def read_preferences(config_path: str | None) -> Preferences:
    """The preferences of the configuration file (tests, tools: start-up has the config)."""
    from kcc_desk.services.config import load_config

    return preferences_of(load_config(config_path))


def preferences_of(config: AppConfig) -> Preferences:
    """The general settings and ``[[referral_targets]]``, as the configuration model read them."""
    from kcc_desk.presenters.contacts import TargetTemplate

    general = config.general
    return Preferences(
        general.language,
        general.theme,
        general.idle_lock_minutes,
        tuple(TargetTemplate(t.naam, t.redenen, t.uuid) for t in config.referral_targets),
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
