"""The team lead's review, in a window of its own (the agent's workspace stays as it is).

Top to bottom, in Tab order: period and team, the KPI tiles, then tabs with the referral queue,
the charts (each with its table) and the KPI table. Everything works by keyboard; every control
is named after its visible label.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.review import ReviewPresenter
from kcc_desk.services.errors import KccError
from kcc_desk.services.review.period import Period, Preset
from kcc_desk.views import accessible_kinds
from kcc_desk.views.accessible_kinds import AccessibleWindow, LabelledComboBox
from kcc_desk.views.flow_layout import FlowLayout
from kcc_desk.views.review.charts import ChartWithTable
from kcc_desk.views.review.field_label import FieldLabel
from kcc_desk.views.review.queue_pane import QueuePane
from kcc_desk.views.review.tables import KpiPane
from kcc_desk.views.review.tiles import TilesBar


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReviewWindow(AccessibleWindow):
    closed = Signal()

    def __init__(self, presenter: ReviewPresenter, parent: QWidget | None = None) -> None:
        accessible_kinds.install()
        super().__init__(parent, Qt.WindowType.Window)
        self.presenter = presenter
        self.setWindowTitle(self.tr("Overzicht doorverwijzingen en KPI's"))
        self.setObjectName("reviewWindow")
        # Where an export goes; tests put a function here instead of the file dialog.
        self.ask_path: Callable[[str], Path | None] = self._ask_path

        controls = QWidget()
        flow = FlowLayout(controls)

        def labelled(text: str, widget: QWidget) -> QWidget:
            box = QWidget(controls)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            label = FieldLabel(text, box)
            label.setBuddy(widget)
            widget.setParent(box)
            widget.setAccessibleName(text.replace("&", ""))
            row.addWidget(label)
            row.addWidget(widget)
            flow.addWidget(box)
            return widget

        self.preset = LabelledComboBox()
        for text, preset in (
            (self.tr("Vandaag"), Preset.TODAY),
            (self.tr("Deze week"), Preset.WEEK),
            (self.tr("Deze maand"), Preset.MONTH),
            (self.tr("Zelf kiezen"), Preset.CUSTOM),
        ):
            self.preset.addItem(text, preset.value)
        labelled(self.tr("&Periode"), self.preset)
        today = _qdate(presenter.today())
        self.start = QDateEdit(today.addDays(-7))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        labelled(self.tr("&Van"), self.start)
        labelled(self.tr("&Tot en met"), self.end)
        self.team = LabelledComboBox()
        self.team.setSizeAdjustPolicy(
            LabelledComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.team.setMinimumContentsLength(18)
        self.team.addItem(self.tr("Alle teams"), "")
        labelled(self.tr("Te&am"), self.team)
        self.refresh = QPushButton(self.tr("&Vernieuwen"), controls)
        self.refresh.setAccessibleName(self.tr("Vernieuwen"))
        flow.addWidget(self.refresh)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        self.tiles = TilesBar(self)
        self.queue_pane = QueuePane(presenter.queue_view, self)
        charts = QWidget(self)
        charts_layout = QVBoxLayout(charts)
        self.charts = [
            ChartWithTable(
                self.tr("Statuscontacten en doorverwijzingen per dag"),
                presenter.per_day,
                (1, 2),
                charts,
            ),
            ChartWithTable(
                self.tr("Doorverwijzingen per team"), presenter.per_team, (1, 2, 3), sideways=True
            ),
            ChartWithTable(
                self.tr("Doorverwijzingen per zaaktype"),
                presenter.per_zaaktype,
                (1,),
                sideways=True,
            ),
            ChartWithTable(self.tr("Open doorverwijzingen naar leeftijd"), presenter.by_age, (1,)),
        ]
        for chart in self.charts:
            charts_layout.addWidget(chart)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kpi_pane = KpiPane(presenter.kpis, presenter.per_agent, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.queue_pane, self.tr("&Wachtrij"))
        self.tabs.addTab(scroll, self.tr("&Grafieken"))
        self.tabs.addTab(self.kpi_pane, self.tr("&KPI-tabel"))
        self.tabs.setAccessibleName(self.tr("Onderdelen van het overzicht"))
        self.tabs.tabBar().setAccessibleName(self.tr("Onderdelen van het overzicht"))

        # All in one scroll area: at 200% text or on a small screen nothing is out of reach,
        # and the tabs keep a useful height instead of being squeezed to nothing.
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(controls)
        column.addWidget(self.message)
        column.addWidget(self.tiles)
        column.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(420)
        outer = QScrollArea(self)
        outer.setWidgetResizable(True)
        outer.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Rows wrap to the window's width (tiles, filters); only the tables scroll sideways.
        outer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start.dateChanged.connect(self._custom_changed)
        self.end.dateChanged.connect(self._custom_changed)
        self.team.currentIndexChanged.connect(self.reload)
        self.refresh.clicked.connect(self.reload)
        self.queue_pane.export_requested.connect(self.export_queue)
        self.queue_pane.open_case_requested.connect(presenter.open_case)
        self.kpi_pane.export_requested.connect(self.export_kpis)
        presenter.loading.connect(lambda: self._say(self.tr("Het overzicht wordt gemaakt…")))
        presenter.ready.connect(self._on_ready)
        presenter.failed.connect(self._say)
        presenter.filters_changed.connect(self.queue_pane.set_choices)
        presenter.teams_ready.connect(self._set_teams)
        self._preset_changed()

    # -- choosing ---------------------------------------------------------------------------
    def period(self) -> Period:
        preset = Preset(self.preset.currentData())
        if preset is Preset.CUSTOM:
            return Period(self.start.date().toPython(), self.end.date().toPython())  # type: ignore[arg-type]
        return Period.preset(preset, self.presenter.today())

    def _preset_changed(self) -> None:
        preset = Preset(self.preset.currentData())
        custom = preset is Preset.CUSTOM
        if not custom:  # the dates show the period the preset stands for
            period = Period.preset(preset, self.presenter.today())
            for edit, day in ((self.start, period.start), (self.end, period.end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.reload()

    def _custom_changed(self) -> None:
        if Preset(self.preset.currentData()) is Preset.CUSTOM:
            self.reload()

    def reload(self) -> None:
        try:
            period = self.period()
        except KccError as exc:
            self._say(exc.message)
            return
        self.presenter.request(period, self.team.currentData() or None)

    def _set_teams(self, names: list[str]) -> None:
        current = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("Alle teams"), "")
        for name in names:
            self.team.addItem(name, name)
        self.team.setCurrentIndex(max(0, self.team.findData(current)))
        self.team.blockSignals(False)

    # -- showing ----------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _on_ready(self) -> None:
        model = self.presenter.kpis
        self.tiles.set_tiles(
            [
                (str(model.index(r, 0).data()), str(model.index(r, 1).data()))
                for r in range(model.rowCount())
            ]
        )
        # Tab follows the screen from top to bottom: controls, tiles, then the tabs.
        chain = [self.refresh, *self.tiles.tiles, self.tabs.tabBar()]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        report = self.presenter.report
        if report is not None:
            self._say(
                self.tr("Periode {start} tot en met {end}.").format(
                    start=report.period.start.strftime("%d-%m-%Y"),
                    end=report.period.end.strftime("%d-%m-%Y"),
                )
            )

    # -- exporting --------------------------------------------------------------------------
    def _ask_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporteren als CSV"), suggested, self.tr("CSV-bestanden (*.csv)")
        )
        return Path(name) if name else None

    def _export(self, suggested: str, write: Callable[[Path], None]) -> None:
        path = self.ask_path(suggested)
        if path is None:
            return
        try:
            write(path)
        except OSError as exc:
            self._say(self.tr("Niet opgeslagen: {reason}").format(reason=exc.strerror or exc))
            return
        self._say(self.tr("Opgeslagen: {path}").format(path=str(path)))

    def export_queue(self) -> None:
        self._export("doorverwijzingen.csv", self.presenter.export_queue)

    def export_kpis(self) -> None:
        self._export("kpi.csv", self.presenter.export_kpis)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.preset.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
