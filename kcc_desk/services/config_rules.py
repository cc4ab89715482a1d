"""The rules a source's settings must follow, written once.

The loader (``config.load_config``, for a hand-edited file), the settings dialog (field by
field, as the agent types) and ``kcc-desk sources add`` all check a source, an API address and
an inline secret with the functions here, so they refuse the same things in the same words.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kcc_desk.services.errors import ConfigError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_TIMEOUT_S = 8.0
MAX_TIMEOUT_S = 120.0
MAX_NAME_LENGTH = 80

INLINE_SECRET_REFUSED = QT_TRANSLATE_NOOP(
    "ConfigStore",  # a message about secrets, not a secret
    "Een sleutel of token mag alleen in het configuratiebestand staan voor een oefenserver op "
    "deze computer. Zet die in de sleutelbos (Instellingen of 'kcc-desk sources set-secret') of "
    "in een omgevingsvariabele.",
)


class ConfigStoreError(ConfigError):
    """A setting was refused; ``ui_message`` says why, ``field`` names the offending field."""

    def __init__(self, message: Message, field_name: str | None = None) -> None:
        super().__init__(message)
        self.field = field_name


def is_loopback_url(url: str) -> bool:
    """True for http(s) URLs on localhost / 127.0.0.0/8 / ::1 (demo and training servers)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def inline_secret_allowed(urls: Iterable[str]) -> bool:
    """An inline secret only for a server on this computer: every address it goes to."""
    return all(is_loopback_url(url) for url in urls if url)


def url_problem(url: str, *, required: bool = True) -> Message | None:
    """Plain-Dutch reason why ``url`` cannot be an API root, or None."""
    url = url.strip()
    if not url:
        return QT_TRANSLATE_NOOP("ConfigStore", "Vul een adres in.") if required else None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "Dit is geen geldig adres; het begint met https://."
        )
    if parts.scheme == "http" and not is_loopback_url(url):
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "Gebruik https (http mag alleen voor een oefenserver op deze computer)."
        )
    if parts.username or parts.password:
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "Zet geen gebruikersnaam of wachtwoord in het adres."
        )
    if parts.query or parts.fragment:
        return QT_TRANSLATE_NOOP("ConfigStore", "Het adres van een API mag geen ? of # bevatten.")
    return None


def api_root(url: str) -> str:
    """Resource URLs are matched against roots by prefix, so a root always ends in '/'."""
    url = url.strip()
    if not url:
        return ""
    return url if url.endswith("/") else url + "/"


def timeout_problem(timeout: object) -> Message | None:
    if isinstance(timeout, bool) or not (
        isinstance(timeout, int | float) and 0 < timeout <= MAX_TIMEOUT_S
    ):
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "De wachttijd is een getal tussen 0 en 120 seconden."
        )
    return None


@dataclass(frozen=True, slots=True)
class SourceSettings:
    """A source as the file, the settings dialog and ``sources add`` give it (not checked)."""

    name: str
    zaken_api: str
    catalogi_api: str
    documenten_api: str = ""
    client_id: str = ""
    timeout_s: float = DEFAULT_TIMEOUT_S
    secret: str | None = field(default=None, repr=False)  # inline: loopback demo servers only

    @property
    def api_roots(self) -> tuple[str, ...]:
        return tuple(r for r in (self.zaken_api, self.catalogi_api, self.documenten_api) if r)


def validate_source(settings: SourceSettings) -> dict[str, Message]:
    """Field name → plain-Dutch problem, for every field that is wrong (empty: all fine)."""
    errors: dict[str, Message] = {}
    if not settings.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("ConfigStore", "Vul een naam in.")
    elif len(settings.name.strip()) > MAX_NAME_LENGTH:
        errors["name"] = QT_TRANSLATE_NOOP("ConfigStore", "Een naam is hoogstens 80 tekens.")
    for key, required in (("zaken_api", True), ("catalogi_api", True), ("documenten_api", False)):
        problem = url_problem(getattr(settings, key), required=required)
        if problem:
            errors[key] = problem
    if not settings.client_id.strip():
        errors["client_id"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vul de client-id in die de beheerder van de bron heeft gegeven."
        )
    timeout = timeout_problem(settings.timeout_s)
    if timeout:
        errors["timeout_s"] = timeout
    if settings.secret and not errors and not inline_secret_allowed(settings.api_roots):
        errors["secret"] = INLINE_SECRET_REFUSED
    return errors


def endpoint_problems(
    url: str, inline_secret: str | None, *, secret_field: str
) -> dict[str, Message]:
    """The same rules for a single-address API (Klantinteracties, the BRP)."""
    problem = url_problem(url)
    if problem:
        return {"url": problem}
    if inline_secret and not inline_secret_allowed((url,)):
        return {secret_field: INLINE_SECRET_REFUSED}
    return {}


def first_error(errors: dict[str, Message]) -> None:
    """Raise the first problem of ``errors`` as a :class:`ConfigStoreError` naming its field."""
    if errors:
        key, message = next(iter(errors.items()))
        raise ConfigStoreError(message, key)
