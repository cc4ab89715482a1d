"""The agent-facing part of the configuration: general settings, display, referral targets and
the review's referral term, with their defaults and rules.

These keys never stop the app: a value that is wrong is logged and the default is used (an
agent must be able to work with a typo in the house style). The dialog refuses wrong values
before they are written (:func:`validate_general`). Light on purpose: start-up reads the
language and house style through here before the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240
Language = Literal["nl", "en", "systeem"]
LANGUAGES: tuple[str, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "nl"
REFERRAL_TERM_KEY = "referral_term_hours"
DEFAULT_REFERRAL_TERM_HOURS = 48.0
MAX_REFERRAL_TERM_HOURS = 24 * 30


@dataclass(frozen=True, slots=True)
class GeneralSettings:
    agent_id: str | None = None  # None: the OS user
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    language: Language = DEFAULT_LANGUAGE
    theme: str | None = None  # a theme name ("voorbeeld", "donker") or a tokens file path
    ca_bundle: str | None = None  # PEM file with the municipality's own CA(s); TLS stays on
    notifications: bool = True  # desktop notifications for watched cases (issue 17)


@dataclass(frozen=True, slots=True)
class ReferralTargetSetting:
    """``[[referral_targets]]``: reason templates per team; ``uuid`` adds a team
    Klantinteracties does not list."""

    naam: str
    redenen: tuple[str, ...] = ()
    uuid: str = ""


def language_setting(raw: Mapping[str, Any]) -> Language | None:
    """The configured language, or None when none (or an unknown one) is set."""
    value = raw.get("language")
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() in LANGUAGES:
        return value.strip().lower()  # type: ignore[return-value]  # checked just above
    log.warning("config: language %r onbekend; standaardtaal gebruikt", value)
    return None


def text_setting(raw: Mapping[str, Any], key: str) -> str | None:
    value = raw.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def general_settings(raw: Mapping[str, Any]) -> GeneralSettings:
    minutes = raw.get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        log.warning("config: idle_lock_minutes is geen heel getal; %d gebruikt",
                    DEFAULT_IDLE_LOCK_MINUTES)  # fmt: skip
        minutes = DEFAULT_IDLE_LOCK_MINUTES
    return GeneralSettings(
        agent_id=text_setting(raw, "agent_id"),
        idle_lock_minutes=minutes,
        language=language_setting(raw) or DEFAULT_LANGUAGE,
        theme=text_setting(raw, "theme"),
        ca_bundle=text_setting(raw, "ca_bundle"),
        notifications=raw.get("notifications", True) is not False,
    )


def referral_targets(raw: Mapping[str, Any]) -> tuple[ReferralTargetSetting, ...]:
    tables = raw.get("referral_targets", [])
    out = []
    for table in tables if isinstance(tables, list) else []:
        if not isinstance(table, dict) or not isinstance(table.get("naam"), str):
            log.warning("config: een [[referral_targets]] zonder naam is overgeslagen")
            continue
        reasons = table.get("redenen", [])
        uuid = table.get("uuid")
        out.append(
            ReferralTargetSetting(
                naam=table["naam"],
                redenen=tuple(r for r in reasons if isinstance(r, str))
                if isinstance(reasons, list)
                else (),
                uuid=uuid if isinstance(uuid, str) else "",
            )
        )
    return tuple(out)


def referral_term_hours(raw: Mapping[str, Any]) -> float:
    """The review's referral term; only the review uses it, so a bad value falls back."""
    value = raw.get(REFERRAL_TERM_KEY, DEFAULT_REFERRAL_TERM_HOURS)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value <= MAX_REFERRAL_TERM_HOURS
    ):
        log.warning("%s ongeldig; 48 uur gebruikt", REFERRAL_TERM_KEY)
        return DEFAULT_REFERRAL_TERM_HOURS
    return float(value)


def validate_general(settings: GeneralSettings) -> dict[str, Message]:
    """Field name → plain-Dutch problem (empty: all fine); the dialog's and the store's check."""
    errors: dict[str, Message] = {}
    if settings.agent_id is not None and not settings.agent_id.strip():
        errors["agent_id"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vul uw medewerker-id in, of laat het veld leeg voor uw inlognaam."
        )
    elif settings.agent_id is not None and len(settings.agent_id.strip()) > 255:
        errors["agent_id"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Een medewerker-id is hoogstens 255 tekens."
        )
    minutes = settings.idle_lock_minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        errors["idle_lock_minutes"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vul een heel aantal minuten in."
        )
    elif not 1 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        errors["idle_lock_minutes"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vergrendelen na 1 tot {limit} minuten zonder gebruik."
        ).format(limit=MAX_IDLE_LOCK_MINUTES)
    if settings.language not in LANGUAGES:
        errors["language"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Kies Nederlands, Engels of de taal van het systeem."
        )
    if settings.ca_bundle:
        path = Path(settings.ca_bundle).expanduser()
        if not path.is_file():
            errors["ca_bundle"] = QT_TRANSLATE_NOOP(
                "ConfigStore", "Dit CA-bestand bestaat niet (verwacht een .pem-bestand)."
            )
    return errors
