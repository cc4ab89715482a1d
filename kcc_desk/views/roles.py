"""Who is involved in the case (the rollen): role, name and kind, one row each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from kcc_desk.services.models import Role
from kcc_desk.views.row_table import RowTable


class RolesView(QWidget):
    """``set_roles(roles)``, ``clear()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roles")
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Rol"), self.tr("Naam"), self.tr("Soort")])
        self.table = RowTable(self)
        self.table.setObjectName("rolesTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rollen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("Bij deze zaak zijn geen rollen bekend."), self)
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self.clear()

    def set_roles(self, roles: Sequence[Role]) -> None:
        kinds = {
            "natuurlijk_persoon": self.tr("persoon"),
            "niet_natuurlijk_persoon": self.tr("organisatie"),
            "vestiging": self.tr("vestiging"),
            "medewerker": self.tr("medewerker"),
            "organisatorische_eenheid": self.tr("afdeling"),
        }
        self.model.removeRows(0, self.model.rowCount())
        for role in roles:
            cells = [
                role.omschrijving or role.omschrijving_generiek,
                role.naam or self.tr("onbekend"),
                kinds.get(role.betrokkene_type, role.betrokkene_type),
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def clear(self) -> None:
        self.set_roles(())
