"""Documents: the table model (qtmodeltester) and the view's open action."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.documents_model import (
    DOCUMENT_ROLE,
    SORT_ROLE,
    Column,
    DocumentsTableModel,
)
from kcc_desk.views.documents import DocumentsView
from tests.fixtures.qt_layout import wait_for_layout
from tests.views.sample_data import documents


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DocumentsTableModel()
    model.set_documents(documents())
    qtmodeltester.check(model, force_py=True)
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_model_headers_and_cells_in_words() -> None:
    model = DocumentsTableModel()
    model.set_documents(documents())
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert headers == ["Titel", "Soort", "Datum", "Vertrouwelijkheid"]
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0] == [
        "Aanvraagformulier omgevingsvergunning",
        "Aanvraag",
        "2 maart 2026",
        "zaakvertrouwelijk",
    ]
    assert rows[2][3] == "vertrouwelijk"
    # A closed document says so on its own row, in words, with the reason.
    assert rows[2][0] == (
        "Advies welstandscommissie (concept)\n"
        "Niet te openen. Vertrouwelijk document: alleen de behandelaar mag het openen."
    )
    assert model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole) == "aanvraag.pdf (240 kB)"
    assert model.index(2, Column.DATE).data(SORT_ROLE) == "2026-03-18"
    assert model.index(1, Column.KIND).data(DOCUMENT_ROLE) == documents()[1]


def test_model_hides_an_unresolved_type_url() -> None:
    from dataclasses import replace

    model = DocumentsTableModel()
    url = "http://catalogi.example/informatieobjecttypen/1"
    model.set_documents([replace(documents()[0], informatieobjecttype=url)])
    assert model.index(0, Column.KIND).data() == "Onbekend"


def test_model_without_reason_still_says_no() -> None:
    from dataclasses import replace

    model = DocumentsTableModel()
    model.set_documents([replace(documents()[2], reason_closed=None, creatiedatum=None)])
    assert (
        model.index(0, Column.TITLE)
        .data()
        .endswith("\nNiet te openen. Dit mag niet voor dit document.")
    )
    assert model.index(0, Column.DATE).data() == "Onbekend"


def make_view(qtbot: QtBot, width: int = 700) -> DocumentsView:
    view = DocumentsView()
    qtbot.addWidget(view)
    view.resize(width, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_documents(documents())
    wait_for_layout(qtbot, view)
    return view


def test_table_is_named_and_has_headers(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.table.horizontalHeader().isVisible()
    iface = QAccessible.queryAccessibleInterface(view.table)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Table
    assert iface.text(QAccessible.Text.Name) == "Documenten"
    assert "Open document" in view.open_button.accessibleName()


def test_first_row_is_current_and_may_be_opened(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.table.currentIndex().row() == 0
    assert view.open_button.isEnabled()
    assert view.reason_label.text() == ""


def test_enter_on_allowed_row_emits_open_requested(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 1
    with qtbot.waitSignal(view.open_requested, timeout=1000) as blocker:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [documents()[1]]


def test_button_emits_for_allowed_row(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    with qtbot.waitSignal(view.open_requested, timeout=1000) as blocker:
        QTest.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [documents()[0]]


def test_closed_row_disables_open_and_says_why(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_End)
    assert view.table.currentIndex().row() == 2
    assert not view.open_button.isEnabled()
    assert view.reason_label.text() == (
        "Niet te openen. Vertrouwelijk document: alleen de behandelaar mag het openen."
    )
    with qtbot.assertNotEmitted(view.open_requested):
        QTest.keyClick(view.table, Qt.Key.Key_Enter)
        view.table.doubleClicked.emit(view.table.currentIndex())
    QTest.keyClick(view.table, Qt.Key.Key_Home)
    assert view.table.currentIndex().row() == 0
    assert view.open_button.isEnabled()


def test_no_documents_says_so(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_documents(())
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "Bij deze zaak zijn geen documenten."
    assert not view.table.isVisible()
    assert not view.open_button.isVisible()


def test_clear_forgets_the_documents(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.clear()
    assert view.model.rowCount() == 0
    assert view.current_document() is None
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert not any("welstand" in t or "Vertrouwelijk document" in t for t in texts)


def test_table_hugs_its_rows(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    table = view.table
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    assert table.viewport().height() >= rows
    for row in range(table.model().rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_column_cuts_a_word(qtbot: QtBot, scale: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * scale)
    app.setFont(font)
    try:
        view = make_view(qtbot, width=520)
        table = view.table
        metrics = table.fontMetrics()
        model = table.model()
        for column in range(model.columnCount()):
            for row in range(model.rowCount()):
                for word in str(model.index(row, column).data()).split():
                    assert metrics.horizontalAdvance(word) < table.columnWidth(column), word
            assert table.rowHeight(row) >= table.sizeHintForRow(row)
    finally:
        app.setFont(original)


def test_dates_sort_by_value_not_by_text() -> None:
    model = DocumentsTableModel()
    model.set_documents(documents())
    dates = [model.index(r, Column.DATE).data(SORT_ROLE) for r in range(3)]
    assert sorted(dates) == ["2026-03-02", "2026-03-02", "2026-03-18"]
    assert date.fromisoformat(dates[2]) == date(2026, 3, 18)
