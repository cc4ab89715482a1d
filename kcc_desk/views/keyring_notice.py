"""The one place that says there is no secure keyring, and what to do about it.

Everywhere else (the main window's status row, the top of the settings dialog) shows only a
short line, a button that opens this explanation. Before, the whole warning stood in the settings
dialog, in a banner in the main window and again as a three-line status text, all at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from kcc_desk.i18n import translated
from kcc_desk.services.messages import Message
from kcc_desk.theme.variant import set_variant


def explanation(reason: str) -> str:
    """What is wrong (``reason``, in the UI language), what it means and what to do."""
    advice = QCoreApplication.translate(
        "KeyringNotice",
        "Wat kunt u doen? Vraag de beheerder van deze computer om de sleutelbos van het "
        "systeem aan te zetten: GNOME Keyring of KWallet op Linux, Windows Referentiebeheer "
        "of de macOS-sleutelhanger. Start kcc-desk daarna opnieuw en vul de sleutels nog één "
        "keer in bij Instellingen (Ctrl+,).",
    )
    return f"{reason}\n\n{advice}"


class KeyringNotice(QPushButton):
    """A short line that opens the explanation. ``reason`` is translated when it is shown, so a
    language chosen later is used too."""

    def __init__(self, reason: Message | str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sleutelbos niet veilig: lees wat u kunt doen"), parent)
        self.setObjectName("keyringNotice")
        self.reason = reason
        self.setAccessibleName(self.text())
        # In the settings dialog Enter on this line opens the explanation (not OK): auto-default.
        self.setAutoDefault(True)
        set_variant(self, "variant", "subtle")
        self.clicked.connect(self.explain)

    def explain(self) -> None:
        reason = translated(self.reason) if isinstance(self.reason, Message) else self.reason
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Geen veilige sleutelbos"),
            explanation(reason),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setObjectName("keyringExplanation")
        box.exec()
