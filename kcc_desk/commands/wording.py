"""Counted words for the command line's Dutch output: "1 zaak", "2 zaken", never "1 zaken".

The CLI speaks Dutch (its texts are not in the Qt catalogues, which need Qt); this is its one
place for singular and plural, as Qt's ``%n`` plural forms are for the windows.
"""

from __future__ import annotations


def count_words(count: int, one: str, more: str) -> str:
    """``count_words(1, "zaak", "zaken")`` → ``"1 zaak"``; any other count takes ``more``."""
    return f"{count} {one if count == 1 else more}"
