"""Typed errors of the services, each with a translatable :class:`Message` for the agent.

``ui_message`` is what the UI shows (translated there, see ``kcc_desk.i18n.translated``);
``message`` is the same in Dutch, for the CLI and the log. Messages never contain personal data
(no BSN, KVK number, name or address) and no secrets: they name the source and what went wrong,
so they are also safe to log.
"""

from __future__ import annotations

from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message


class KccError(Exception):
    """Base of every error the services raise on purpose; ``ui_message`` is for the agent."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.ui_message = message
        self.message = str(message)


class ConfigError(KccError):
    """The configuration file is missing, unreadable or inconsistent."""


class CredentialError(KccError):
    """No usable secret/token for a source (or an inline one where that is not allowed)."""


class SourceError(KccError):
    """One source failed; the lookup continues with the others.

    ``reason`` is the short phrase shown in the sources bar ("niet bereikbaar", ...).
    """

    reason: Message = QT_TRANSLATE_NOOP("SourceError", "fout")

    def __init__(self, source: str, reason: Message | None = None, detail: str = "") -> None:
        self.source = source
        if reason is not None:
            self.reason = reason
        self.detail = detail  # extra, non-personal context for the log (status codes, codes)
        super().__init__(
            QT_TRANSLATE_NOOP("SourceError", "{source}: {reason}").format(
                source=source, reason=self.reason
            )
        )


class UnreachableError(SourceError):
    reason = QT_TRANSLATE_NOOP("SourceError", "niet bereikbaar")


class SourceTimeoutError(SourceError):
    reason = QT_TRANSLATE_NOOP("SourceError", "reageert niet op tijd")


class InvalidResponseError(SourceError):
    reason = QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord")


class ResponseTooLargeError(InvalidResponseError):
    reason = QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (te groot)")


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


def _reason_for_status(status: int) -> Message:
    if status == 401:
        return QT_TRANSLATE_NOOP("SourceError", "niet aangemeld (401)")
    if status == 403:
        return QT_TRANSLATE_NOOP("SourceError", "geen toegang (403)")
    if status == 404:
        return QT_TRANSLATE_NOOP("SourceError", "niet gevonden (404)")
    if status == 400:
        return QT_TRANSLATE_NOOP("SourceError", "verzoek geweigerd (400)")
    if status in (502, 503, 504):
        return QT_TRANSLATE_NOOP("SourceError", "tijdelijk niet beschikbaar ({status})").format(
            status=status
        )
    if status >= 500:
        return QT_TRANSLATE_NOOP("SourceError", "storing bij de bron ({status})").format(
            status=status
        )
    return QT_TRANSLATE_NOOP("SourceError", "onverwacht antwoord ({status})").format(status=status)


class DocumentNotAllowedError(KccError):
    """The agent may not open this document (confidentiality or tonenAanInitiator)."""
