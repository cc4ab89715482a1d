"""Charts of named rows (teams, zaaktypen) run sideways: every name is on the axis, in the
table's order top to bottom, cut with "…" to the room Qt Charts gives the axis (a name running
off the chart's edge, or a name cut to "Team" under a bar, said nothing)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QHorizontalBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.review_models import TextTable
from kcc_desk.views.review.charts import NAME_SHARE, ChartWithTable

ROWS = [
    ["Kwijtschelding gemeentelijke belastingen en heffingen", "12"],
    ["Aanvraag parkeervergunning bewoners binnenstad", "7"],
    ["Aanvraag parkeervergunning bewoners buitenwijk", "5"],
    ["Subsidie", "3"],
]


def test_sideways_chart_names_fit_and_follow_the_table(qtbot: QtBot) -> None:
    model = TextTable(["Zaaktype", "Doorverwijzingen"])
    chart = ChartWithTable("Doorverwijzingen per zaaktype", model, (1,), sideways=True)
    qtbot.addWidget(chart)
    chart.resize(1000, 500)
    chart.show()
    qtbot.waitExposed(chart)
    model.set_rows(ROWS)
    series = chart.chart.series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalBarSeries)
    axis = chart.chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(axis, QBarCategoryAxis)
    names = axis.categories()
    assert len(names) == len(ROWS)  # two names cut to the same text still get a bar each
    # The first row is drawn at the top: Qt draws the first category at the bottom.
    bars = series[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [3.0, 5.0, 7.0, 12.0]
    assert names[-1].startswith("Kwijtschelding")
    room = chart.view.width() * NAME_SHARE
    metrics = QFontMetrics(axis.labelsFont())
    for name, (full, _) in zip(reversed(names), ROWS, strict=True):
        assert metrics.horizontalAdvance(name) <= room, name
        assert name == full or name.rstrip("\u200b").endswith("…"), name
    assert names[-1] != ROWS[0][0]  # the longest is cut here, and whole in the table
    assert model.index(0, 0).data() == ROWS[0][0]


def test_a_hidden_chart_is_drawn_when_it_is_shown(qtbot: QtBot) -> None:
    """The charts' tab is usually hidden when a report arrives: drawing waits until it shows."""
    model = TextTable(["Zaaktype", "Doorverwijzingen"])
    chart = ChartWithTable("Doorverwijzingen per zaaktype", model, (1,), sideways=True)
    qtbot.addWidget(chart)
    model.set_rows(ROWS)
    assert chart.chart.series() == []  # not drawn while hidden
    chart.resize(1000, 500)
    chart.show()
    qtbot.waitExposed(chart)
    series = chart.chart.series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    bars = series.barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [3.0, 5.0, 7.0, 12.0]
