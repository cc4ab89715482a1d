"""The person part of the workspace (issue 14): who was found for a name with date of birth, a
postcode, a phone number or an e-mail, and who the caller is once picked.

- Several found: a list (name, date of birth, address, BSN •••••1234) the agent walks with the
  arrow keys; Enter picks. Geheimhouding is said in words in the row.
- Picked (or the only one): the caller's name in a header line, and for geheimhouding a warning
  that stays as long as the person is shown.
- Always while BRP data is shown: the note that it is there only to check who is calling.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.person_list_model import born_text


class _RoomForTheFocusFrame(QStyledItemDelegate):
    """The theme draws a thick frame around the current row that the row's measured height does
    not include: without this room its second line (address, BSN) was cut off."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


class PersonPanel(QWidget):
    person_activated = Signal(int)  # row

    def __init__(self, model: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personPanel")
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("personHeader")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_warning = QLabel(
            self.tr(
                "Geheimhouding: geef geen adres of andere persoonsgegevens van deze persoon aan "
                "anderen. Alleen de persoon zelf mag ze horen."
            ),
            self,
        )
        self.secret_warning.setObjectName("secrecyWarning")
        self.secret_warning.setProperty("alert", "error")
        self.secret_warning.setWordWrap(True)
        # The list's name is its visible label (WCAG 2.5.3); the instruction is a line of its own.
        self.heading = QLabel(self.tr("&Gevonden personen"), self)
        self.heading.setObjectName("personListHeading")
        self.hint = QLabel(self.tr("Kies de beller en druk op Enter."), self)
        self.list = QListView(self)
        self.list.setObjectName("personList")
        self.list.setModel(model)
        self.list.setAccessibleName(self.tr("Gevonden personen"))
        self.list.setAccessibleDescription(
            self.tr("Kies met de pijltjestoetsen de persoon die belt en druk op Enter.")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Every row whole, in its own two lines (a cut-off address or BSN is no help in telling
        # namesakes apart). Not word-wrapped: a wrapped row's height was measured before the
        # list had its width, and the current row was then cut off.
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(_RoomForTheFocusFrame(self.list))
        self.heading.setBuddy(self.list)
        self.info = QLabel(self)
        self.info.setObjectName("personInfo")
        self.info.setWordWrap(True)
        self.purpose_note = QLabel(
            self.tr(
                "Gegevens uit de BRP ziet u alleen om te controleren wie er belt. "
                "Geef ze niet door."
            ),
            self,
        )
        self.purpose_note.setObjectName("brpPurposeNote")
        self.purpose_note.setProperty("alert", "info")
        self.purpose_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.chosen_label,
            self.secret_warning,
            self.heading,
            self.hint,
            self.list,
            self.info,
            self.purpose_note,
        ):
            layout.addWidget(widget)
        self.list.activated.connect(self._activated)
        self.clear()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.person_activated.emit(index.row())

    def _show(self, *, chosen: bool = False, listing: bool = False, info: str = "") -> None:
        self.chosen_label.setVisible(chosen)
        self.heading.setVisible(listing)
        self.hint.setVisible(listing)
        self.list.setVisible(listing)
        self.info.setText(info)
        self.info.setVisible(bool(info))
        # With a chosen person the note is part of the header line (less room on a laptop).
        self.purpose_note.setVisible(listing)
        if not chosen:
            self.secret_warning.setVisible(False)
        self.setVisible(chosen or listing or bool(info))

    def show_searching(self) -> None:
        self._show(info=self.tr("Bezig met zoeken naar de persoon…"))

    def show_list(self, count: int) -> None:
        del count
        self._show(listing=True)
        rows = min(4, self.list.model().rowCount())
        self.list.setMinimumHeight(sum(self.list.sizeHintForRow(r) for r in range(rows)) + 8)
        self.list.setCurrentIndex(self.list.model().index(0, 0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_chosen(self, person: Any) -> None:
        text = self.tr("Beller: {name}, geboren {born}").format(
            name=person.naam or self.tr("naam onbekend"), born=born_text(person)
        )
        if person.adres:
            text += " · " + person.adres
        text += ". " + self.tr("BRP-gegevens alleen om te controleren wie er belt.")
        self.chosen_label.setText(text)
        self.chosen_label.setAccessibleName(text)
        self._show(chosen=True)
        self.secret_warning.setVisible(bool(person.geheimhouding))

    def show_nothing(self, text: str) -> None:
        self._show(info=text)

    def clear(self) -> None:
        self.chosen_label.clear()
        self._show()
