"""The review's charts, each beside an accessible table with the same numbers.

Qt's own chart module (QtCharts, in PySide6-Addons, already a dependency of kcc-desk): it is
maintained with Qt, draws with the same QPalette and fonts as the rest of the window (text size
and dark theme follow), needs no web view or extra package, and ships under the same LGPL as
the rest of Qt. A chart is a picture for sighted users; the table beside it is what keyboard and
screen-reader users read (WCAG 1.1.1): charts take no focus, the tables do.

Colours come from the theme (``ThemeColors``: the process-step colours the theme engine
checked for contrast) and the palette, never from a hard-coded value.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QEvent, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QSizePolicy, QWidget

from kcc_desk.views.row_table import RowTable
from kcc_desk.views.semantic_colors import SemanticColors, ThemeColors

CHART_LINES = 12  # the least height of a chart, in lines of text


def series_colors(palette: QPalette, colors: SemanticColors) -> list[QColor]:
    return [
        palette.color(QPalette.ColorRole.Highlight),
        colors.current.marker_fill,
        colors.warning_text,
        colors.done.marker_fill,
    ]


class ChartWithTable(QGroupBox):
    """A titled bar chart of some columns of ``model`` and the model itself as a table."""

    def __init__(
        self,
        title: str,
        model: QAbstractTableModel,
        value_columns: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        self._columns = list(value_columns)
        self._colors = ThemeColors(self)
        self.chart = QChart()
        self.chart.legend().setVisible(len(self._columns) > 1)
        self.chart.setBackgroundVisible(False)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fit_height()
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The picture is described by the table next to it; say so instead of repeating it.
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(self.tr("Grafiek; de tabel ernaast heeft de cijfers."))
        self.table = RowTable(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Tabel: {title}").format(title=title))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(260)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.table, 2)
        model.modelReset.connect(self.redraw)

    def _fit_height(self) -> None:
        # In lines of text, not pixels: at 200 % text a 220 px chart had room for its legend
        # and axis labels only ("…" for every number).
        self.view.setMinimumHeight(max(220, CHART_LINES * self.fontMetrics().lineSpacing()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        if event.type() == QEvent.Type.StyleChange:
            self.redraw()  # another theme: the bars and labels follow it

    def redraw(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart.legend().setLabelColor(text)
        series = QBarSeries()
        top = 0
        colors = series_colors(palette, self._colors.for_palette(palette))
        for n, column in enumerate(self._columns):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            bar_set = QBarSet(header)
            bar_set.setColor(colors[n % len(colors)])
            bar_set.setBorderColor(colors[n % len(colors)])
            for row in range(self.model.rowCount()):
                value = float(str(self.model.index(row, column).data() or "0") or 0)
                bar_set.append(value)
                top = max(top, int(value))
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(
            [str(self.model.index(r, 0).data() or "") for r in range(self.model.rowCount())]
        )
        categories.setLabelsColor(text)
        categories.setLabelsAngle(-60 if self.model.rowCount() > 8 else 0)
        values = QValueAxis()
        values.setRange(0, max(1, top))
        values.setLabelFormat("%d")
        values.setLabelsColor(text)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
