"""Typed errors of the lookup services, each with a plain-Dutch ``message`` the UI shows as-is.

Messages never contain personal data (no BSN, KVK number, name or address) and no secrets: they
name the source and what went wrong, so they are also safe to log.
"""

from __future__ import annotations


class KccError(Exception):
    """Base of every error the services raise on purpose; ``message`` is for the agent."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(KccError):
    """The configuration file is missing, unreadable or inconsistent."""


class CredentialError(KccError):
    """No usable secret/token for a source (or an inline one where that is not allowed)."""


class SourceError(KccError):
    """One source failed; the lookup continues with the others.

    ``reason`` is the short phrase shown in the sources bar ("niet bereikbaar", ...).
    """

    reason = "fout"

    def __init__(self, source: str, reason: str | None = None, detail: str = "") -> None:
        self.source = source
        if reason is not None:
            self.reason = reason
        self.detail = detail  # extra, non-personal context for the log (status codes, codes)
        super().__init__(f"{source}: {self.reason}")


class UnreachableError(SourceError):
    reason = "niet bereikbaar"


class SourceTimeoutError(SourceError):
    reason = "reageert niet op tijd"


class InvalidResponseError(SourceError):
    reason = "ongeldig antwoord"


class ResponseTooLargeError(InvalidResponseError):
    reason = "ongeldig antwoord (te groot)"


class ApiError(SourceError):
    """An HTTP error status from the API, with the server's own message when it sent one.

    ``code`` and ``invalid_params`` come from a ZGW problem body (``Fout``/``ValidatieFout``).
    """

    def __init__(
        self,
        source: str,
        status: int,
        server_message: str = "",
        code: str = "",
        invalid_params: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        self.status = status
        self.server_message = server_message
        self.code = code
        self.invalid_params = invalid_params  # (name, code, reason)
        super().__init__(source, _reason_for_status(status), detail=code)

    @property
    def unknown_parameters(self) -> bool:
        """A 400 because the server does not know a query parameter (older API version)."""
        if self.status != 400:
            return False
        return any(c == "unknown-parameters" for _, c, _ in self.invalid_params) or (
            self.code == "unknown-parameters"
        )


def _reason_for_status(status: int) -> str:
    if status == 401:
        return "niet aangemeld (401)"
    if status == 403:
        return "geen toegang (403)"
    if status == 404:
        return "niet gevonden (404)"
    if status == 400:
        return "verzoek geweigerd (400)"
    if status in (502, 503, 504):
        return f"tijdelijk niet beschikbaar ({status})"
    if status >= 500:
        return f"storing bij de bron ({status})"
    return f"onverwacht antwoord ({status})"


class DocumentNotAllowedError(KccError):
    """The agent may not open this document (confidentiality or tonenAanInitiator)."""
