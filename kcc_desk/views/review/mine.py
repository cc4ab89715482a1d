""" "Mijn doorverwijzingen" (Ctrl+Shift+M), for every agent: the referrals I made in the last 30
days with their status now, so I can tell a caller who calls back how things stand."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.review import MINE_DAYS, ReviewPresenter
from kcc_desk.presenters.review_models import QueueColumn
from kcc_desk.views import accessible_kinds
from kcc_desk.views.accessible_kinds import AccessibleWindow
from kcc_desk.views.review.queue_pane import FIT_ROWS
from kcc_desk.views.review.sort_choice import SortChoice
from kcc_desk.views.row_table import RowTable


class MyReferralsWindow(AccessibleWindow):
    closed = Signal()

    def __init__(self, presenter: ReviewPresenter, agent_id: str) -> None:
        accessible_kinds.install()
        super().__init__(None, Qt.WindowType.Window)
        self.presenter = presenter
        self.agent_id = agent_id
        self.setObjectName("myReferralsWindow")
        self.setWindowTitle(self.tr("Mijn doorverwijzingen"))
        intro = QLabel(
            self.tr(
                "De doorverwijzingen die u de afgelopen {days} dagen maakte, met hun status nu."
            ).format(days=MINE_DAYS),
            self,
        )
        intro.setWordWrap(True)
        self.table = RowTable(self)
        self.table.setModel(presenter.queue_view)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(self.tr("Mijn doorverwijzingen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FIT_ROWS)  # the same queue: see queue_pane
        header.setSectionResizeMode(QueueColumn.REASON, QHeaderView.ResizeMode.Stretch)
        # "Door" would say the agent's own name on every row.
        self.table.setColumnHidden(QueueColumn.AGENT, True)
        shown = [c for c in QueueColumn if c is not QueueColumn.AGENT]
        self.sort = SortChoice(self.table, shown, self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.refresh = QPushButton(self.tr("&Vernieuwen"), self)
        self.refresh.setAccessibleName(self.tr("Vernieuwen"))
        self.refresh.clicked.connect(self.reload)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sort, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Tab follows the screen: the sort choice, the list, then "Vernieuwen".
        for before, after in (
            (self.sort.column, self.sort.descending),
            (self.sort.descending, self.table),
            (self.table, self.refresh),
        ):
            QWidget.setTabOrder(before, after)
        presenter.loading.connect(lambda: self.message.setText(self.tr("Bezig met ophalen…")))
        presenter.failed.connect(self.message.setText)
        presenter.ready.connect(self._on_ready)

    def reload(self) -> None:
        self.presenter.request_mine(self.agent_id)

    def _on_ready(self) -> None:
        count = self.presenter.queue_view.rowCount()
        if count:
            self.message.setText(self.tr("{n} doorverwijzingen.").format(n=count))
        else:
            self.message.setText(
                self.tr("U hebt de afgelopen {days} dagen niemand doorverwezen.").format(
                    days=MINE_DAYS
                )
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
