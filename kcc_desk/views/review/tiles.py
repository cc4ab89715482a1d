"""KPI tiles: a big number with its label. Each tile takes keyboard focus (Tab) and carries its
label and value in its accessible name, so a screen reader says "Te laat: 39"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kcc_desk.views.flow_layout import FlowLayout


class Tile(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # One line per tile ("428 Statuscontacten"), so a row of tiles costs one text line of
        # height and the queue below keeps room on a 1366x768 screen.
        self.value = QLabel("–", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.value.setFont(font)
        self.label = QLabel(label, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        self.set_value("–")

    def set_value(self, value: str) -> None:
        self.value.setText(value)
        self.setAccessibleName(f"{self.label.text()}: {value}")


class TilesBar(QWidget):
    """The tiles in rows that wrap (at 200% text they do not push the window wider)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self.tiles: list[Tile] = []

    def set_tiles(self, rows: Sequence[tuple[str, str]]) -> None:
        """(label, value) per tile; the set of labels may change (channels), values update."""
        if [t.label.text() for t in self.tiles] != [label for label, _ in rows]:
            for tile in self.tiles:
                self._layout.removeWidget(tile)
                tile.deleteLater()
            self.tiles = [Tile(label, self) for label, _ in rows]
            for tile in self.tiles:
                self._layout.addWidget(tile)
        for tile, (_, value) in zip(self.tiles, rows, strict=True):
            tile.set_value(value)
