"""Is a ZGW secret shorter than recommended? Said in words by the connection test.

ZGW signs its JWTs with HS256; RFC 7518 §3.2 asks for a key at least as long as the hash (32
bytes), and pyjwt warns below that (``InsecureKeyLengthWarning``). Municipal secrets are often
shorter and still work, so this is advice for the administrator, not a failure, and the library's
warning itself never reaches a terminal (``zgw_auth`` silences it where the token is made).
"""

from __future__ import annotations

from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

RECOMMENDED_SECRET_BYTES = 32  # pyjwt's threshold for HS256 (the SHA-256 digest size)
JWT_CHECK_LABEL = "JWT (HS256)"  # what is checked, in the test's "source – what" line


def short_secret_advice(secret: str | None) -> Message | None:
    """The sentence for a secret shorter than recommended, or None (also for no secret)."""
    if not secret:
        return None
    length = len(secret.encode("utf-8"))  # bytes; the same as characters for a plain secret
    if length >= RECOMMENDED_SECRET_BYTES:
        return None
    return QT_TRANSLATE_NOOP(
        "ConnectionTest",
        "de sleutel is korter dan aanbevolen: {length} tekens, aanbevolen is minstens "
        "{minimum}. Vraag de beheerder van de bron om een langere sleutel.",
    ).format(length=length, minimum=RECOMMENDED_SECRET_BYTES)
