"""The words for a watched case and its changes (pane rows and desktop notifications).

Only the case number, the zaaktype and what changed: never a name or a BSN (a notification
can be read over the agent's shoulder, and the store holds nothing else anyway).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from kcc_desk.services.watch.model import Change, ChangeKind, Watch


def _tr(text: str) -> str:
    return QCoreApplication.translate("WatchText", text)


def change_text(change: Change) -> str:
    """'Nieuwe status: In behandeling', 'Nieuw document: Besluit', ..."""
    label = change.label
    if change.kind is ChangeKind.STATUS:
        return _tr("Nieuwe status: {label}").format(label=label or _tr("onbekend"))
    if change.kind is ChangeKind.SUBSTATUS:
        return _tr("Nieuwe tussenstap: {label}").format(label=label or _tr("onbekend"))
    if change.kind is ChangeKind.DOCUMENT:
        return _tr("Nieuw document: {label}").format(label=label or _tr("zonder titel"))
    if change.kind is ChangeKind.RESULT:
        return _tr("Resultaat: {label}").format(label=label or _tr("onbekend"))
    return _tr("Zaak afgerond")


def public_change_text(change: Change) -> str:
    """What a desktop notification may say: catalogue words only (statustype, resultaattype).
    A substatus and a document title are free text a case handler typed, which can hold a
    name, so outside the window they are not quoted."""
    if change.kind is ChangeKind.SUBSTATUS:
        return _tr("Nieuwe tussenstap")
    if change.kind is ChangeKind.DOCUMENT:
        return _tr("Nieuw document")
    return change_text(change)


def ago(moment: datetime | None, now: datetime) -> str:
    """'zojuist', '5 minuten geleden', '2 uur geleden', '3 dagen geleden'."""
    if moment is None:
        return ""
    seconds = max(0.0, (now - moment).total_seconds())
    if seconds < 60:
        return _tr("zojuist")
    if seconds < 3600:
        return QCoreApplication.translate("WatchText", "%n minuten geleden", "", int(seconds // 60))
    if seconds < 86400:
        return QCoreApplication.translate("WatchText", "%n uur geleden", "", int(seconds // 3600))
    return QCoreApplication.translate("WatchText", "%n dagen geleden", "", int(seconds // 86400))


def change_line(change: Change, now: datetime | None = None) -> str:
    when = ago(change.at, now or datetime.now(UTC))
    return f"{change_text(change)}, {when}" if when else change_text(change)


def case_title(watch: Watch) -> str:
    return f"{watch.identificatie} · {watch.zaaktype}" if watch.zaaktype else watch.identificatie


def step_text(watch: Watch) -> str:
    if watch.state is None:
        return _tr("Bezig met laden…")
    step = watch.current_step or _tr("nog geen status")
    if watch.closed_on is not None:
        return _tr("Afgerond. Laatste stap: {step}").format(step=step)
    return _tr("Stap: {step}").format(step=step)


def notification(changes: list[tuple[Watch, Change]]) -> tuple[str, str]:
    """Title and body of one desktop notification for changes that arrived together."""
    cases = {w.zaak_url for w, _ in changes}
    if len(changes) == 1:
        watch, change = changes[0]
        return case_title(watch), public_change_text(change)
    if len(cases) == 1:
        watch = changes[0][0]
        title = QCoreApplication.translate("WatchText", "%n wijzigingen", "", len(changes))
        title = f"{case_title(watch)}: {title}"
        return title, "\n".join(public_change_text(c) for _, c in changes[:5])
    title = QCoreApplication.translate(
        "WatchText", "%n wijzigingen in gevolgde zaken", "", len(changes)
    )
    lines = [f"{w.identificatie}: {public_change_text(c)}" for w, c in changes[:5]]
    if len(changes) > 5:
        lines.append(QCoreApplication.translate("WatchText", "en nog %n", "", len(changes) - 5))
    return title, "\n".join(lines)
