"""The outbox line in the status row, seen and, when it matters, heard (issue 20).

The line always says the state. A screen reader hears it through the window's notifier
(views.announce) only when it tells the agent something new, so it is not said after every
delivery round:

* at start-up, when something still waits or was refused;
* when delivery starts failing ("… nog niet verzonden: kcc-desk probeert het opnieuw");
* when everything that waited after a failed round has gone ("Alle contacten verzonden").

Not said here: a contact that waits right after it was logged (the confirmation already says
"Het wordt verzonden naar Klantinteracties"), and a refusal (the contact presenter reports that
in words of its own, as an error).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kcc_desk.views.announce import announce

# The words were the main window's before they moved here: translated in its context
# ("MainWindow"), so the existing translations stay valid.


@dataclass(frozen=True, slots=True)
class OutboxView:
    pending: int
    failed: int
    last_error: str = ""


def outbox_text(state: OutboxView) -> str:
    # Literal context and text per call: lupdate finds nothing else.
    if state.failed:
        text = QCoreApplication.translate(
            "MainWindow",
            "%n contact(en) niet verzonden: Klantinteracties weigerde ze. "
            "Ze staan bij de eerdere contacten. Meld het de beheerder.",
            "",
            state.failed,
        )
    elif state.pending:
        text = QCoreApplication.translate(
            "MainWindow", "%n contact(en) nog niet verzonden", "", state.pending
        )
    else:
        text = QCoreApplication.translate("MainWindow", "Alle contacten verzonden")
    if state.pending and not state.failed and state.last_error:
        text += QCoreApplication.translate("MainWindow", ": kcc-desk probeert het opnieuw")
    return text


def worth_saying(previous: OutboxView | None, current: OutboxView) -> bool:
    """Whether the change from ``previous`` (None: the first report) is news to the agent."""
    if previous is None:
        return bool(current.pending or current.failed)
    if current.failed > previous.failed:
        return False  # said by the contact presenter, as an error
    if current.pending and current.last_error:
        return not (previous.pending and previous.last_error)
    # Delivered after delivery had failed. Not after an ordinary round: the contact goes out a
    # moment after "Opgeslagen: …", and Orca, reading the notifier a little later, heard only
    # "Alle contacten verzonden" instead of the confirmation (tools/look --orca).
    return bool(previous.pending and previous.last_error and not current.pending)


class OutboxStatus:
    """Shows the outbox state in ``label`` and says what is news."""

    def __init__(self, label: QLabel) -> None:
        self._label = label
        self._last: OutboxView | None = None

    def show(self, pending: int, failed: int, last_error: str) -> None:
        state = OutboxView(pending, failed, last_error)
        text = outbox_text(state)
        self._label.setText(text)
        self._label.setAccessibleName(text)
        news = worth_saying(self._last, state)
        self._last = state
        if news:
            announce(self._label, text, assertive=bool(state.last_error and state.pending))
