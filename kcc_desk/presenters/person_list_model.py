"""The persons to pick from (issue 14): one row each, name, date of birth, address and the BSN
masked to its last four digits (••••• 1234), with geheimhouding said in words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kcc_desk.formatting import format_date
from kcc_desk.i18n import current_language
from kcc_desk.services.identifiers import mask_bsn_for_choice

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
SECRET_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonListModel", text)


def born_text(person: Any) -> str:
    if person.geboortedatum is not None:
        return format_date(person.geboortedatum, current_language())
    return str(person.geboortedatum_tekst or _tr("geboortedatum onbekend"))


def describe(person: Any) -> str:
    """One line: "Daan de Vries · geboren 12-03-1980 · Lindenhof 12, … · BSN •••••0109"."""
    parts = [
        person.naam or _tr("naam onbekend"),
        _tr("geboren {date}").format(date=born_text(person)),
        person.adres or _tr("adres onbekend"),
        _tr("BSN {masked}").format(masked=mask_bsn_for_choice(person.bsn)),
    ]
    marks = [_tr("GEHEIMHOUDING")] if person.geheimhouding else []
    if getattr(person, "overleden", False):
        marks.append(_tr("overleden"))
    return " · ".join(parts + marks)


def describe_lines(person: Any) -> str:
    """The same in two lines for the list: name and date of birth, then address and BSN."""
    name, born, *rest = describe(person).split(" · ")
    return f"{name} · {born}\n" + " · ".join(rest)


class PersonListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._persons: list[Any] = []

    def set_persons(self, persons: Sequence[Any]) -> None:
        self.beginResetModel()
        self._persons = list(persons)
        self.endResetModel()

    def person(self, row: int) -> Any:
        return self._persons[row] if 0 <= row < len(self._persons) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._persons)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return describe_lines(person)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(person)  # one line: a screen reader reads it as one sentence
        if role == PERSON_ROLE:
            return person
        if role == SECRET_ROLE:
            return bool(person.geheimhouding)
        return None
