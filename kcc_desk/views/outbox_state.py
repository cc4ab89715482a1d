"""The outbox's state in the status row: how many contacts still wait, or were refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class OutboxStateLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxState")

    def show_state(self, pending: int, failed: int, last_error: str) -> None:
        if failed:
            text = self.tr(
                "%n contact(en) niet verzonden: Klantinteracties weigerde ze. "
                "Ze staan bij de eerdere contacten. Meld het de beheerder.",
                "",
                failed,
            )
        elif pending:
            text = self.tr("%n contact(en) nog niet verzonden", "", pending)
        else:
            text = self.tr("Alle contacten verzonden")
        if pending and not failed and last_error:
            text += self.tr(": kcc-desk probeert het opnieuw")
        self.setText(text)
        self.setAccessibleName(text)
