"""Compare two readings of a case: what is new is a change, each exactly once.

A change is keyed by the URL of the object that appeared (a status, a document ...), so reading
the same state again, after a restart or from a relay that delivers twice, yields nothing.
"""

from __future__ import annotations

from kcc_desk.services.watch.model import CaseState, Change, ChangeKind, Item


def diff_states(zaak_url: str, old: CaseState | None, new: CaseState) -> tuple[Change, ...]:
    """The changes from ``old`` to ``new``, oldest first; none for the first reading."""
    if old is None:
        return ()
    known = old.urls()
    changes: list[Change] = []
    for kind, items in (
        (ChangeKind.STATUS, new.statussen),
        (ChangeKind.SUBSTATUS, new.substatussen),
        (ChangeKind.DOCUMENT, new.documents),
    ):
        changes += [_change(zaak_url, kind, i) for i in items if i.url not in known]
    if new.resultaat is not None and new.resultaat.url not in known:
        changes.append(_change(zaak_url, ChangeKind.RESULT, new.resultaat))
    if new.einddatum is not None and old.einddatum is None and not changes:
        # Closed with nothing else to show for it (no new status or resultaat): say it once.
        changes.append(
            Change(zaak_url, ChangeKind.CLOSED, "", None, f"closed:{new.einddatum.isoformat()}")
        )
    return tuple(sorted(changes, key=lambda c: (c.at is None, c.at.timestamp() if c.at else 0)))


def _change(zaak_url: str, kind: ChangeKind, item: Item) -> Change:
    return Change(zaak_url, kind, item.label, item.at, f"{kind.value}:{item.url}")
