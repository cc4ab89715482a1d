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

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QEvent, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QSizePolicy, QWidget

from kcc_desk.views.row_table import RowTable
from kcc_desk.views.semantic_colors import SemanticColors, ThemeColors

CHART_LINES = 12  # the least height of a chart, in lines of text
NAME_SHARE = 0.34  # of a sideways chart's width, for the names down its left side


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
        *,
        sideways: bool = False,
    ) -> None:
        """``sideways``: bars run left to right, the names (teams, zaaktypen) down the left,
        where each has a line's width instead of a bar's (under a bar "Team Belastingen" was
        cut to "Team")."""
        super().__init__(title, parent)
        self.model = model
        self._columns = list(value_columns)
        self._sideways = sideways
        self._stale = False  # the model changed while the chart was hidden
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
        # and axis labels only ("…" for every number). Sideways, each name needs a line.
        lines = CHART_LINES
        if self._sideways:  # a name needs a line and a bit; three bars beside it a bit more
            per_name = 1.2 + 0.4 * len(self._columns)
            lines = max(lines, 5 + round(self.model.rowCount() * per_name))
        self.view.setMinimumHeight(max(220, lines * self.fontMetrics().lineSpacing()))

    def _fit_table(self) -> None:
        """The table as wide as its columns (a few short ones): no sideways scrolling."""
        self.table.resizeColumnsToContents()
        frame = 2 * self.table.frameWidth()
        scroll = self.table.verticalScrollBar().sizeHint().width()
        header = self.table.horizontalHeader().length()
        self.table.setMinimumWidth(max(260, header + frame + scroll))

    def _fitted(self, names: list[str], font: QFont) -> list[str]:
        """Names cut to the room Qt Charts gives a side axis (at most ~40 % of the chart) with
        "…", so none runs off the chart's edge; the table beside has them whole. Qt keeps one
        bar per distinct name, so names that end up the same are told apart invisibly."""
        room = int(self.view.width() * NAME_SHARE)
        metrics = QFontMetrics(font)
        fitted: list[str] = []
        for name in names:
            short = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            while short in fitted:
                short += "\u200b"  # zero-width space
            fitted.append(short)
        return fitted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sideways and event.size().width() != event.oldSize().width():
            self.redraw()  # the names get another width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        if event.type() == QEvent.Type.StyleChange:
            self.redraw()  # another theme: the bars and labels follow it

    def redraw(self) -> None:
        """Draw now if the chart is on screen, else when it is shown: the charts' tab is
        usually hidden, and drawing four charts there cost the event loop ~20 ms on every new
        report for nothing."""
        if self.isVisible():
            self._draw()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart.legend().setLabelColor(text)
        series: QAbstractBarSeries = QHorizontalBarSeries() if self._sideways else QBarSeries()
        top = 0
        colors = series_colors(palette, self._colors.for_palette(palette))
        # Sideways the first category is drawn at the bottom: the rows go in last to first,
        # so the chart reads top to bottom as the table does.
        rows = range(self.model.rowCount())
        rows = rows[::-1] if self._sideways else rows
        for n, column in enumerate(self._columns):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            bar_set = QBarSet(header)
            bar_set.setColor(colors[n % len(colors)])
            bar_set.setBorderColor(colors[n % len(colors)])
            for row in rows:
                value = float(str(self.model.index(row, column).data() or "0") or 0)
                bar_set.append(value)
                top = max(top, int(value))
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        names = [str(self.model.index(r, 0).data() or "") for r in rows]
        categories.append(self._fitted(names, categories.labelsFont()) if self._sideways else names)
        categories.setLabelsColor(text)
        if not self._sideways and self.model.rowCount() > 8:
            categories.setLabelsAngle(-60)
        if self._sideways:
            # A long zaaktype is shown whole: the axis takes the room its names need.
            categories.setTruncateLabels(False)
        values = QValueAxis()
        values.setRange(0, max(1, top))
        values.applyNiceNumbers()  # 0, 5, 10, 15 rather than 0, 28, 56, 84
        values.setLabelFormat("%d")
        values.setLabelsColor(text)
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        chart.addAxis(categories, left if self._sideways else bottom)
        chart.addAxis(values, bottom if self._sideways else left)
        series.attachAxis(categories)
        series.attachAxis(values)
        self._fit_height()
        self._fit_table()
