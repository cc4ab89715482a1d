"""What can go wrong on the Klantinteracties side, as typed exceptions with a translatable
message. ``retryable`` tells the outbox whether trying again later may help."""

from __future__ import annotations

from kcc_desk.services.errors import KccError
from kcc_desk.services.messages import Message


class KlantinteractiesError(KccError):
    """Base of Klantinteracties failures. ``retryable``: trying again later may succeed."""

    retryable = False

    def __init__(self, message: Message, *, status: int | None = None, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class KlantinteractiesUnavailable(KlantinteractiesError):
    """Not reachable, timed out, 5xx, or an answer that is not JSON: try again later."""

    retryable = True


class KlantinteractiesAuthError(KlantinteractiesError):
    """401/403: the token is wrong or missing. Retried (an admin may fix it) but shown loudly."""

    retryable = True


class KlantinteractiesNotFound(KlantinteractiesError):
    """404 on a resource or an endpoint this server does not have."""


class KlantinteractiesRejected(KlantinteractiesError):
    """400/405/409/...: the server refuses this request; sending it again will not help.

    ``invalid_params`` holds (name, code) pairs only: the server's reasons may echo values.
    """

    def __init__(
        self,
        message: Message,
        *,
        status: int | None = None,
        code: str = "",
        invalid_params: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message, status=status, code=code)
        self.invalid_params = invalid_params


class InvalidContactRequest(KlantinteractiesError, ValueError):
    """The contact/referral cannot be sent as entered (checked before anything is queued)."""
