"""The settings dialog on a 1366×768 screen, at 100% and at 200% text, in Dutch and English.

Measured from the widgets' geometry (see STYLE.md, "Visible without scrolling, tested"): no label,
help text, field or button overlaps another, none is cut off (its text fits the room it was
given, and at 100% its whole rectangle survives every ancestor's clip without scrolling), the
URL fields show a typical 60-character address in full, and the dialog stays on the screen. At
200% the tab's page scrolls inside the dialog: each widget, scrolled into view, is whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.settings_presenter import SettingsPresenter
from kcc_desk.presenters.settings_training import TrainingSettingsPresenter, TrainingSetup
from kcc_desk.services.config_store import ConfigStore, SourceSettings
from kcc_desk.theme import apply as theme_apply
from kcc_desk.theme.apply import apply_theme
from kcc_desk.theme.registry import load_theme
from kcc_desk.views.settings_dialog import WINDOW_FRAME_PX, SettingsDialog
from kcc_desk.views.settings_form import URL_SAMPLE, UrlEdit
from tests.i18n.conftest import in_language, qm_dir
from tests.workspace.workspace_fixture import restored_look

__all__ = ["qm_dir"]  # the fixture, used here by name

SCREEN = QRect(0, 0, 1366, 768)
TOLERANCE_PX = 1
# 60 characters, the length the issue asks room for.
LONG_URL = "https://zaaksysteem.gemeente-voorbeeld.nl/documenten/api/v1/"
assert len(LONG_URL) == 60 and len(URL_SAMPLE) == 60


@pytest.fixture(autouse=True)
def _look_put_back(qapp: QApplication) -> Iterator[None]:
    """Every test here sets a text size: the next test (in any file) gets the look back."""
    with restored_look(qapp):
        yield
    theme_apply._Applied.scale = 1.0  # what current_text_scale() reports


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    with in_language(qapp, qm_dir, request.param):
        yield request.param


def _dialog(
    qtbot: QtBot, tmp_path: Path, scale: float, *, training: bool = False
) -> SettingsDialog:
    apply_theme(QApplication.instance(), load_theme(), scale)  # type: ignore[arg-type]
    store = ConfigStore(tmp_path / "config.toml")
    store.add_source(
        SourceSettings(
            "Open Zaak van de gemeente",
            LONG_URL.replace("documenten", "zaken"),
            LONG_URL.replace("documenten", "catalogi"),
            LONG_URL,
            "kcc-desk-productie",
        )
    )
    store.set_klantinteracties(LONG_URL.replace("documenten", "klanten"))
    presenter: SettingsPresenter = SettingsPresenter(store)  # keyring not secure: notice shown
    if training:
        presenter = TrainingSettingsPresenter(
            TrainingSetup(tuple(store.sources()), LONG_URL, store.general(), scale)
        )
    dialog = SettingsDialog(presenter, theme_names=["voorbeeld", "donker", "hoog-contrast"])
    qtbot.addWidget(dialog)
    dialog.fit_to_screen(SCREEN)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _items(dialog: SettingsDialog) -> list[QWidget]:
    """What a person reads or operates: labels with text, fields, buttons (not the parts of a
    combobox, spin box or scroll area, which their owner's rectangle covers)."""
    kinds = (QLabel, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractScrollArea)
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QScrollArea):
            continue
        if not widget.isVisibleTo(dialog) or widget.width() <= 0:
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue
        if type(widget).__name__ in ("QTabBar", "QToolButton"):  # the tab bar's scroll arrows
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue
        found.append(widget)
    return found


def _in_dialog(widget: QWidget, dialog: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def _visible_part(widget: QWidget, dialog: QWidget) -> QRect:
    """The widget's rectangle after every ancestor's clip (a scroll area's viewport included)."""
    rect = _in_dialog(widget, dialog)
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        rect = rect.intersected(_in_dialog(parent, dialog))
        parent = parent.parentWidget()
    return rect.intersected(dialog.rect())


def _text_cut(widget: QWidget) -> str | None:
    """Why the widget's own content does not fit the room it has, or None."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        need = widget.heightForWidth(widget.width())
        return f"needs {need}px high, has {widget.height()}" if need > widget.height() + 1 else None
    if isinstance(widget, QLabel | QAbstractButton):
        hint = widget.minimumSizeHint() if isinstance(widget, QAbstractButton) else None
        hint = hint if hint is not None and hint.isValid() else widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return None
    need = widget.minimumSizeHint().height()
    return f"needs {need}px high, has {widget.height()}" if need > widget.height() + 1 else None


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text[:40]!r}"


def _scroll_to(widget: QWidget) -> None:
    """Scroll every page around ``widget`` until it is whole in view, as a person would.
    (QScrollArea.ensureWidgetVisible only brings a text box's cursor into view.)"""
    parent = widget.parentWidget()
    while parent is not None:
        content = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and content is not None:
            top_left = widget.mapTo(content, QPoint(0, 0))
            view = parent.viewport().size()
            for bar, start, length, room in (
                (parent.verticalScrollBar(), top_left.y(), widget.height(), view.height()),
                (parent.horizontalScrollBar(), top_left.x(), widget.width(), view.width()),
            ):
                if start < bar.value():
                    bar.setValue(start)
                elif start + length > bar.value() + room:
                    bar.setValue(start + length - room)
        parent = parent.parentWidget()


def layout_problems(dialog: SettingsDialog, *, may_scroll: bool) -> list[str]:
    problems: list[str] = []
    items = _items(dialog)
    # What is on screen: a part scrolled out of its page's viewport overlaps nothing.
    rects = [_visible_part(w, dialog) for w in items]
    for i, first in enumerate(items):
        for j in range(i + 1, len(items)):
            if rects[i].intersects(rects[j]):  # (an empty rectangle intersects nothing)
                problems.append(f"{_name(first)} overlaps {_name(items[j])}")
    for widget in items:
        if isinstance(widget, QListWidget) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{_name(widget)} must be scrolled sideways to read its items")
        cut = _text_cut(widget)
        if cut:
            problems.append(f"{_name(widget)} cut off: {cut}")
        if may_scroll:
            _scroll_to(widget)
        whole = _in_dialog(widget, dialog)
        if _visible_part(widget, dialog) != whole:
            problems.append(f"{_name(widget)} not wholly visible at {whole}")
    return problems


def _settle(qtbot: QtBot, dialog: SettingsDialog) -> None:
    """Layouts run on posted events: wait until a second look finds the same geometry."""

    def geometry() -> list[QRect]:
        return [_in_dialog(w, dialog) for w in _items(dialog)]

    last: list[list[QRect]] = [geometry()]

    def stable() -> bool:
        QApplication.processEvents()
        now = geometry()
        same = now == last[0]
        last[0] = now
        return same

    qtbot.waitUntil(stable, timeout=3000)


def _check_every_tab(
    qtbot: QtBot, dialog: SettingsDialog, *, may_scroll: bool
) -> dict[str, list[str]]:
    # The dialog never reaches past the screen (less the window frame around it).
    room = QSize(SCREEN.width() - WINDOW_FRAME_PX, SCREEN.height() - WINDOW_FRAME_PX)
    assert dialog.width() <= room.width() and dialog.height() <= room.height(), dialog.size()
    found = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _settle(qtbot, dialog)
        problems = layout_problems(dialog, may_scroll=may_scroll)
        if problems:
            found[dialog.tabs.tabText(index)] = problems
    return found


def test_at_100_percent_everything_fits_without_scrolling(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    dialog = _dialog(qtbot, tmp_path, 1.0)
    assert not _check_every_tab(qtbot, dialog, may_scroll=False)
    # The URL fields show a whole 60-character address; the full value is also said.
    dialog.tabs.setCurrentIndex(0)
    _settle(qtbot, dialog)
    for edit in dialog.findChildren(UrlEdit):
        if not edit.isVisibleTo(dialog):
            continue
        room = edit.width() - (
            edit.sizeHint().width() - edit.fontMetrics().horizontalAdvance(URL_SAMPLE)
        )
        assert edit.fontMetrics().horizontalAdvance(edit.text()) <= room + TOLERANCE_PX, (
            f"{edit.accessibleName()}: {edit.width()}px shows less than {edit.text()!r}"
        )
        assert edit.toolTip() == edit.text()
        assert edit.text() in edit.accessibleDescription()


def test_at_200_percent_the_page_scrolls_inside_the_dialog(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    dialog = _dialog(qtbot, tmp_path, 2.0)
    assert not _check_every_tab(qtbot, dialog, may_scroll=True)
    # The buttons and the keyring line stay in view, outside the scrolling page.
    for button in (dialog.ok_button, dialog.cancel_button, dialog.apply_button):
        assert _visible_part(button, dialog) == _in_dialog(button, dialog)


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
def test_training_mode_with_its_notes_fits_too(
    qtbot: QtBot, tmp_path: Path, language: str, scale: float
) -> None:
    dialog = _dialog(qtbot, tmp_path, scale, training=True)
    assert not _check_every_tab(qtbot, dialog, may_scroll=scale > 1)


def test_the_check_finds_overlap_and_cut_text(qtbot: QtBot, tmp_path: Path) -> None:
    """The measurement can fail: a help text pushed onto the next field, a button squeezed."""
    dialog = _dialog(qtbot, tmp_path, 1.0)
    _settle(qtbot, dialog)
    hint = dialog.sources.fields["zaken_api"].hint
    assert hint is not None
    # The bug as it was: the Catalogi API row drawn over the Zaken API help text.
    label = dialog.sources.fields["catalogi_api"].label
    parent = label.parentWidget()
    assert parent is not None
    label.move(hint.mapTo(parent, QPoint(0, 0)))
    dialog.ok_button.resize(dialog.ok_button.width() // 3, dialog.ok_button.height())
    problems = layout_problems(dialog, may_scroll=False)
    assert any("overlaps" in p and "Catalogi" in p and "/api/v1/" in p for p in problems), problems
    assert any("OK" in p and "cut off" in p for p in problems), problems


def test_at_200_percent_a_field_reached_by_its_letter_scrolls_into_view(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Alt+letter to a field below the page's fold: the page follows (WCAG 2.4.11)."""
    dialog = _dialog(qtbot, tmp_path, 2.0)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    _settle(qtbot, dialog)
    spin = dialog.sources.timeout_spin
    assert _visible_part(spin, dialog) != _in_dialog(spin, dialog)  # out of view at first
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # W&achttijd
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    assert _visible_part(spin, dialog) == _in_dialog(spin, dialog)
