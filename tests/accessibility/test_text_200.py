"""Part (4) of the accessibility issue: at 200% text (WCAG 1.4.4) no label, button or check box is
cut off, and no table header is cut short, on the main window with a case open and in the
referral and shortcuts dialogs. The text size is raised the way an agent does it: Ctrl+= until
200%. Screenshots at 100% and 200% go to $KCC_A11Y_SHOTS (default /tmp/kcc-a11y) to look at.

"Cut off" is measured, not eyeballed: a widget whose size hint (what its text needs) is larger
than the geometry the layout gave it is clipped; a word-wrapped label is clipped when its
height-for-width at its real width exceeds its height.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kcc_desk.theme.apply import current_text_scale
from kcc_desk.views.main_window import MainWindow
from kcc_desk.views.referral_dialog import ReferralDialog
from kcc_desk.views.shortcuts_dialog import ShortcutsDialog
from tests.accessibility import walker
from tests.accessibility.helpers import CTRL, activate, open_first_case, when_modal_opens
from tests.fixtures.qt_layout import wait_for_layout
from tests.workspace.workspace_fixture import Workspace

TOLERANCE_PX = 1  # rounding between size hints and layout geometry


@pytest.fixture
def shots() -> Path:
    target = Path(os.environ.get("KCC_A11Y_SHOTS", "/tmp/kcc-a11y"))
    target.mkdir(parents=True, exist_ok=True)
    return target


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _texts_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not _shown(widget):
            continue
        if (isinstance(widget, QLabel) and widget.text().strip()) or (
            isinstance(widget, QPushButton | QCheckBox) and widget.text().strip()
        ):
            yield widget


def clipped(root: QWidget) -> list[str]:
    """Every shown label/button/check box whose text does not fit the space it was given."""
    problems = []
    for widget in _texts_widgets(root):
        width, height = widget.width(), widget.height()
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        where = f"{type(widget).__name__} {widget.objectName() or ''} {text[:50]!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(width)
            if need > height + TOLERANCE_PX:
                problems.append(f"{where}: needs {need}px high at {width}px wide, has {height}px")
            continue
        hint = widget.minimumSizeHint() if isinstance(widget, QAbstractButton) else None
        hint = hint if hint is not None and hint.isValid() else widget.sizeHint()
        if hint.width() > width + TOLERANCE_PX or hint.height() > height + TOLERANCE_PX:
            problems.append(f"{where}: needs {hint.width()}x{hint.height()}, has {width}x{height}")
    return problems


def squeezed_fields(root: QWidget) -> list[str]:
    """Fields too narrow for their hint text ("Typ e…") and lists whose items only fit by
    scrolling sideways ("Team Be"): content lost at 200% just as a cut label is."""
    problems = []
    for edit in root.findChildren(QLineEdit):
        placeholder = edit.placeholderText()
        if not _shown(edit) or edit.text() or not placeholder:
            continue
        metrics = edit.fontMetrics()
        # What the style adds around the text: the size hint is 17 "x" plus frame and padding.
        chrome = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        need = metrics.horizontalAdvance(placeholder) + chrome
        if need > edit.width() + TOLERANCE_PX:
            problems.append(f"field {placeholder!r}: needs {need}px, has {edit.width()}px")
    for view in root.findChildren(QListView):
        if _shown(view) and view.horizontalScrollBar().isVisible():
            problems.append(f"list {view.accessibleName()!r} must be scrolled sideways to read")
    return problems


def cut_rows(root: QWidget) -> list[str]:
    """Table rows lower than their wrapped text needs: the last line is cut or elided ("oo…").
    Qt's sizeHintForRow measures each cell at its column's current width."""
    problems = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if not _shown(view) or model is None:
            continue
        for row in range(min(model.rowCount(), 50)):
            need, has = view.sizeHintForRow(row), view.rowHeight(row)
            if need > has + TOLERANCE_PX:
                problems.append(
                    f"table {view.accessibleName()!r} row {row}: needs {need}px, has {has}px"
                )
    return problems


def cut_headers(root: QWidget) -> list[str]:
    """Column headers narrower than their title ("aaknummer" for "Zaaknummer")."""
    problems = []
    for header in root.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not _shown(header):
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            need = header.sectionSizeFromContents(section).width()
            if need > header.sectionSize(section) + TOLERANCE_PX:
                title = header.model().headerData(section, Qt.Orientation.Horizontal)
                problems.append(
                    f"header {title!r}: needs {need}px, has {header.sectionSize(section)}px"
                )
    return problems


def _reach_200_percent(qtbot: QtBot) -> None:
    """Ctrl+= as an agent presses it, until the app says 200% (at most ten presses)."""
    for _ in range(10):
        if current_text_scale() >= 2.0:
            break
        qtbot.keyClick(walker.focus_widget(), Qt.Key.Key_Equal, CTRL)
    assert current_text_scale() == 2.0
    # Relayout after the style sheet change (deferred events, timers).
    wait_for_layout(qtbot, walker.focus_widget().window())


def _scroll_into_view(widget: QWidget) -> None:
    """Grab a part of a page that scrolls: bring it into view first."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def wider_than_window(window: MainWindow) -> list[str]:
    """The page cut off at the right edge: the window never scrolls sideways (only tables do),
    so a page wider than its viewport hides whatever sticks out (WCAG 1.4.4, 1.4.10)."""
    page, view = window.central, window.page_scroll.viewport()
    if page.width() <= view.width():
        return []
    cut = [
        w.objectName() or type(w).__name__
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.mapTo(page, w.rect().topRight()).x() >= view.width()
    ]
    return [f"page {page.width()} px in a {view.width()} px window; cut: {cut[:8]}"]


def test_the_clip_check_finds_a_cut_off_label(qtbot: QtBot) -> None:
    """The check can fail: a label squeezed to half its text, a wrapped label too short."""
    box = QWidget()
    short = QLabel("Verwachte einddatum: 18 januari 2027", box)
    short.setGeometry(0, 0, short.sizeHint().width() // 2, short.sizeHint().height())
    wrapped = QLabel("Een lange uitleg die over meerdere regels moet lopen om te passen.", box)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 80, 10)
    fits = QPushButton("Zoeken", box)
    fits.setGeometry(0, 80, fits.sizeHint().width(), fits.sizeHint().height())
    qtbot.addWidget(box)
    box.resize(400, 200)
    box.show()
    problems = clipped(box)
    assert len(problems) == 2, problems
    assert any("Verwachte einddatum" in p for p in problems)
    assert any("Een lange uitleg" in p for p in problems)


def test_main_window_with_a_case_open_at_200_percent(
    qtbot: QtBot, workspace: Workspace, shots: Path
) -> None:
    window = workspace.window
    window.resize(1366, 768)  # a common agent laptop screen
    open_first_case(qtbot, workspace)
    assert not clipped(window), clipped(window)
    assert window.grab().save(str(shots / "main-100.png"))

    _reach_200_percent(qtbot)
    problems = clipped(window) + cut_headers(window) + squeezed_fields(window)
    problems += cut_rows(window) + wider_than_window(window)
    assert window.grab().save(str(shots / "main-200.png"))
    # The detail pane scrolls; look at its timeline and documents as well.
    detail = window.case_detail
    _scroll_into_view(detail.documents)
    wait_for_layout(qtbot, window)
    assert window.grab().save(str(shots / "main-200-details.png"))
    assert not problems, "\n".join(problems)
    # Focus still visible and named after the relayout: a screen reader user is not lost.
    assert walker.focus_name(walker.focus_widget())
    # A smaller window (a half screen, a 1024 px laptop): the page still fits its width. A row
    # of source buttons once made it wider, and everything at the right edge was cut off.
    window.resize(1024, 768)
    wait_for_layout(qtbot, window)
    assert window.grab().save(str(shots / "main-200-1024.png"))
    problems = wider_than_window(window) + clipped(window)
    assert not problems, "\n".join(problems)


def test_referral_and_shortcuts_dialogs_at_200_percent(
    qtbot: QtBot, workspace: Workspace, shots: Path
) -> None:
    window = workspace.window
    window.resize(1366, 768)
    open_first_case(qtbot, workspace)
    qtbot.waitUntil(lambda: bool(workspace.contacts.targets()), timeout=15_000)
    _reach_200_percent(qtbot)
    table = window.case_list.table

    def referral(dialog: ReferralDialog) -> None:
        # With an error shown too: "Let op: ..." lines must fit as well.
        qtbot.keyClick(dialog.target_filter, Qt.Key.Key_Return)
        wait_for_layout(qtbot, dialog)
        assert dialog.reason_error.isVisible()
        assert dialog.grab().save(str(shots / "referral-200.png"))
        problems = clipped(dialog) + squeezed_fields(dialog)
        assert not problems, "\n".join(problems)

    run = when_modal_opens(ReferralDialog, referral)
    qtbot.keyClick(table, Qt.Key.Key_R, CTRL)
    run.check()

    def shortcuts(dialog: ShortcutsDialog) -> None:
        # Rows follow the stretched columns after the first layout pass.
        wait_for_layout(qtbot, dialog)
        assert dialog.grab().save(str(shots / "shortcuts-200.png"))
        problems = clipped(dialog) + cut_headers(dialog) + cut_rows(dialog)
        assert not problems, "\n".join(problems)

    activate(qtbot, window)
    run = when_modal_opens(ShortcutsDialog, shortcuts)
    qtbot.keyClick(walker.focus_widget(), Qt.Key.Key_F1)
    run.check()
