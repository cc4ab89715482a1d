"""The settings of training mode ("Oefenomgeving"): the same dialog, with less to change.

The training server's sources and its Klantinteracties are fixed (they are made for this
session, on loopback), so they are shown read-only, with the reason. What a trainee may try is
what an agent may change in daily work: language, house style, text size and the idle lock.
Nothing is written to the configuration file: the app applies the choices to this session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject

from kcc_desk.i18n import translated
from kcc_desk.presenters.settings_presenter import (
    FieldError,
    SaveResult,
    SettingsPresenter,
    SettingsState,
    SourceEntry,
)
from kcc_desk.services.config_store import (
    GeneralSettings,
    SecretWhere,
    SourceSettings,
    validate_general,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingSettings", text)


@dataclass(frozen=True, slots=True)
class TrainingSetup:
    """What the training session runs with: its fixed sources and its current display choices."""

    sources: tuple[SourceSettings, ...]
    klantinteracties_url: str
    general: GeneralSettings
    text_scale: float = 1.0


class TrainingSettingsPresenter(SettingsPresenter):
    def __init__(self, setup: TrainingSetup, parent: QObject | None = None) -> None:
        super().__init__(None, parent=parent)
        self.setup = setup

    def load(self) -> SettingsState:
        return SettingsState(
            sources=[
                SourceEntry(s, original_name=s.name, secret_where=SecretWhere.INLINE_DEMO)
                for s in self.setup.sources
            ],
            klantinteracties_url=self.setup.klantinteracties_url,
            klantinteracties_token_where=SecretWhere.INLINE_DEMO,
            general=self.setup.general,
            # No secret is stored in training: whether the keyring is secure does not matter here.
            keyring_secure=True,
            text_scale=self.setup.text_scale,
            read_only_reason=_tr(
                "In de oefenomgeving liggen de bronnen en Klantinteracties vast: ze horen bij de "
                "oefenserver. U kunt ze hier bekijken, niet wijzigen."
            ),
        )

    def save(self, state: SettingsState, removed: Sequence[str] = ()) -> SaveResult:
        """Only the display choices are checked; nothing is written (the app applies them)."""
        errors = tuple(
            FieldError("general", key, translated(message))
            for key, message in validate_general(state.general).items()
        )
        return SaveResult(errors)
