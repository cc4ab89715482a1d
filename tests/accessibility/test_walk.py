"""Part (1) of the accessibility issue: every window and dialog walked in-process through
``QAccessible.queryAccessibleInterface`` (offscreen): names, roles, states, table headers, Tab
order (complete, no trap, Shift+Tab the reverse) and F6 between panes.

The real app (``build_workspace``) runs against the demo server; everything is driven by key
presses. The walker's checks return every problem at once, with the accessible tree in the
failure message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.settings_presenter import SettingsPresenter
from kcc_desk.services.config_store import ConfigStore
from kcc_desk.views.referral_dialog import ReferralDialog
from kcc_desk.views.settings_dialog import SettingsDialog
from kcc_desk.views.shortcuts_dialog import ShortcutsDialog
from tests.accessibility import walker
from tests.accessibility.helpers import (
    CTRL,
    SHIFT,
    activate,
    check_names,
    check_tab_order,
    open_first_case,
    when_modal_opens,
)
from tests.workspace.workspace_fixture import Workspace

Role = QAccessible.Role

# Names that appear twice on purpose: the sources list sits on the tab that is also called
# "Bronnen", and both are what a sighted user reads there.
INTENDED_DUPLICATES = frozenset({"bronnen"})


def _role(widget: QWidget) -> QAccessible.Role:
    return walker.interface(widget).role()


def _check_unique_names(root: QWidget, allowed: frozenset[str] = frozenset()) -> None:
    duplicates = {
        name: labels for name, labels in walker.duplicate_names(root).items() if name not in allowed
    }
    assert not duplicates, f"interactive controls share a name: {duplicates}"


# --- the checks themselves can fail ----------------------------------------------------------


def test_the_walker_finds_a_nameless_button_a_wrong_name_and_a_tab_trap(qtbot: QtBot) -> None:
    """A deliberately broken form: proves each check reports what it is meant to find."""
    form = QWidget()
    layout = QVBoxLayout(form)
    label = QLabel("&Naam", form)
    named = QLineEdit(form)
    named.setAccessibleName("Veld")  # does not contain its visible label "Naam"
    label.setBuddy(named)
    icon_only = QPushButton(form)  # no text, no accessible name
    trap = QPlainTextEdit(form)  # Tab inserts a tab character: focus never leaves
    trap.setAccessibleName("Notitie")
    for widget in (label, named, icon_only, trap):
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    activate(qtbot, form)

    problems = walker.name_problems(form)
    assert any("no accessible name" in p and "QPushButton" in p for p in problems), problems
    assert any("'Naam'" in p and "'Veld'" in p for p in problems), problems

    named.setFocus()
    qtbot.waitUntil(named.hasFocus, timeout=2000)
    with pytest.raises(AssertionError, match="did not return"):
        walker.tab_cycle(qtbot, limit=10)


# --- the main window -------------------------------------------------------------------------


def test_main_window_before_a_search(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    search = window.search_bar.input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)
    assert walker.focus_name(search) == "Zoek beller of zaak"
    state = walker.interface(search).state()
    assert state.focused and state.focusable and state.editable and not state.readOnly
    assert _role(search) == Role.EditableText
    assert _role(window.search_bar.button) == Role.PushButton
    assert _role(window.case_list.table) == Role.Table
    check_names(window)
    _check_unique_names(window)

    order = check_tab_order(qtbot, search)
    bar = window.sources_bar
    sources = [w for w in order if bar.isAncestorOf(w)]
    assert sources, (
        "the sources' buttons are Tab stops (a failed source's reason is one Enter away)"
    )
    # Reading order: search field, Zoeken, the sources, then the case list.
    assert order[:2] == [search, window.search_bar.button]
    assert order[2 : 2 + len(sources)] == sources
    assert order[2 + len(sources)] is window.case_list.table


def test_main_window_with_a_case_open(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    open_first_case(qtbot, workspace)
    check_names(window)
    _check_unique_names(window)
    table_problems = walker.table_problems(window)
    assert not table_problems, table_problems

    # The case table's name is its visible heading, with the count.
    count = workspace.presenter.cases.rowCount()
    assert walker.interface(window.case_list.table).text(QAccessible.Text.Name) == (
        f"Zaken van deze beller ({count})"
    )
    # Focus on the table reads the current row's cell, not just "table".
    assert walker.focus_name(window.case_list.table)

    detail = window.case_detail
    order = check_tab_order(qtbot, window.search_bar.input)
    # Reading order inside the detail pane: the status card, its copy button, the timeline,
    # then the tabs (details, documents, roles, earlier contacts: one key each, Alt+3..6).
    positions = [
        order.index(w)
        for w in (
            window.case_list.table,
            detail.card.step,
            detail.card.copy_button,
            detail.timeline,
            detail.tabs.tabBar(),
        )
        if w in order
    ]
    assert len(positions) == 5 and positions == sorted(positions), [
        walker.describe(w) for w in order
    ]

    # Reading order of the accessible tree (what a screen reader's browse mode follows) is the
    # screen's: search, sources, case list, status card, timeline, then the tabs (the first,
    # Gegevens, is the one shown).
    tree = [n.widget for n in walker.walk(window)]
    in_tree = [
        window.search_bar.input,
        window.sources_bar,
        window.case_list.table,
        detail.card.step,
        detail.timeline,
        detail.summary,
    ]
    positions = [tree.index(w) for w in in_tree]
    assert positions == sorted(positions), [walker.describe(w) for w in in_tree]

    # Summary values are read-only Tab stops that say "caption: value", once (#20).
    value = detail.summary.fields["zaaknummer"].value
    name = walker.interface(value).text(QAccessible.Text.Name)
    assert name == f"Zaaknummer: {value.text()}", name
    # No labelled-by relation as well: Orca would say the caption in front of the name again.
    assert not walker.interface(value).relations(QAccessible.RelationFlag.Label)
    assert walker.interface(value).state().focusable and walker.interface(value).state().readOnly
    # A button that cannot be used says so in its state (and the line next to it says why).
    open_button = detail.documents.open_button
    if open_button.isVisible():
        assert walker.interface(open_button).state().disabled == (not open_button.isEnabled())

    # The timeline is a list whose items say where they are, and the state in words.
    timeline = walker.interface(detail.timeline)
    assert timeline.role() == Role.List
    assert timeline.text(QAccessible.Text.Name) == "Voortgang van de zaak"
    items = [timeline.child(i) for i in range(timeline.childCount())]
    names = [i.text(QAccessible.Text.Name) for i in items if i is not None]
    steps = [n for n in names if n.startswith("Stap ")]
    assert steps and all(" van " in n for n in steps), names
    assert all(i is not None and i.role() == Role.ListItem for i in items)
    assert any("huidige stap" in n for n in names), "the current step says so in words"


def test_f6_and_shift_f6_cycle_the_panes(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    open_first_case(qtbot, workspace)
    search = window.search_bar.input
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)

    panes = [p for p in window.panes() if p.isVisible()]
    assert len(panes) >= 4

    def press(modifier: Qt.KeyboardModifier) -> QWidget:
        qtbot.keyClick(walker.focus_widget(), Qt.Key.Key_F6, modifier)
        focus = walker.focus_widget()
        # Each landing is a named control: a screen reader says where F6 went.
        assert walker.focus_name(focus), walker.describe(focus)
        return next(p for p in panes if p.isAncestorOf(focus))

    visited = [press(Qt.KeyboardModifier.NoModifier) for _ in panes]
    # Every pane once, in screen order, and the next F6 is back in the search field.
    assert visited == [*panes[1:], panes[0]], [p.objectName() for p in visited]
    assert walker.focus_widget() is search
    back = [press(SHIFT) for _ in panes]
    assert back == [*reversed(visited[:-1]), panes[0]], [p.objectName() for p in back]


# --- dialogs ---------------------------------------------------------------------------------


def test_referral_dialog(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    open_first_case(qtbot, workspace)
    qtbot.waitUntil(lambda: bool(workspace.contacts.targets()), timeout=15_000)
    table = window.case_list.table

    def inspect(dialog: ReferralDialog) -> None:
        # Opens with the cursor in the filter field, which says what to do.
        assert walker.focus_widget() is dialog.target_filter
        assert walker.focus_name(dialog.target_filter).startswith("Doorverwijzen naar")
        assert walker.interface(dialog).role() == Role.Dialog
        check_names(dialog)
        _check_unique_names(dialog)
        assert _role(dialog.target_list) == Role.List
        assert _role(dialog.reason) == Role.ComboBox
        order = check_tab_order(qtbot, dialog.target_filter)
        # The list of targets directly follows its filter field, then the reason.
        assert order[:3] == [dialog.target_filter, dialog.target_list, dialog.reason]
        # Nothing of the caller but the masked BSN is in the dialog's accessible tree.
        names = " ".join(n.name for n in walker.walk(dialog))
        assert PERSONA_BSN not in names
        assert "653" in names  # the masked BSN ("BSN ••••••653") tells the agent who it is
        qtbot.keyClick(walker.focus_widget(), Qt.Key.Key_Escape)

    run = when_modal_opens(ReferralDialog, inspect, close=False)
    qtbot.keyClick(table, Qt.Key.Key_R, CTRL)
    run.check()
    # Escape closed it; focus is back where it was as soon as the window is active again.
    activate(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)


def test_shortcuts_dialog(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    search = window.search_bar.input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)

    def inspect(dialog: ShortcutsDialog) -> None:
        assert walker.focus_widget() is dialog.table, "F1 opens with focus on the overview"
        check_names(dialog)
        _check_unique_names(dialog)
        problems = walker.table_problems(dialog)
        assert not problems, problems
        headers = walker.header_names(walker.interface(dialog.table), 3)
        assert list(headers.values()) == ["Toetsen", "Wat", "Uitleg"]
        order = check_tab_order(qtbot, dialog.table)
        assert len(order) == 2  # the table and "Sluiten": nothing hidden, no trap
        qtbot.keyClick(walker.focus_widget(), Qt.Key.Key_Escape)

    run = when_modal_opens(ShortcutsDialog, inspect, close=False)
    qtbot.keyClick(search, Qt.Key.Key_F1)
    run.check()
    activate(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)


@pytest.fixture
def settings_dialog(
    qtbot: QtBot, tmp_path: Path, demo_server: DemoServer
) -> Iterator[SettingsDialog]:
    path = tmp_path / "config.toml"
    demo_server.write_config(path)
    presenter = SettingsPresenter(ConfigStore(path))
    dialog = SettingsDialog(presenter, theme_names=["voorbeeld", "donker"])
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    yield dialog
    presenter.shutdown()


@pytest.mark.parametrize("tab", [0, 1, 2], ids=["bronnen", "klantinteracties", "algemeen"])
def test_settings_dialog_tab(qtbot: QtBot, settings_dialog: SettingsDialog, tab: int) -> None:
    dialog = settings_dialog
    dialog.tabs.setCurrentIndex(tab)
    tab_bar = dialog.tabs.tabBar()
    check_names(dialog)
    _check_unique_names(dialog, INTENDED_DUPLICATES)
    order = check_tab_order(qtbot, tab_bar)
    buttons = [dialog.ok_button, dialog.cancel_button, dialog.apply_button]
    # The short keyring line sits above the tabs: from the tab bar it is the last stop.
    notice = [dialog.keyring_notice] if dialog.keyring_notice is not None else []
    assert order[-len(buttons) - len(notice) :] == buttons + notice
    if tab == 2:
        # "Bladeren…" sits under the CA field and comes right after it.
        assert order.index(dialog.general.ca_browse) == order.index(dialog.general.ca_edit) + 1
    # Ctrl+Tab switches tabs from anywhere in the dialog (announced by the tab's name).
    qtbot.keyClick(walker.focus_widget(), Qt.Key.Key_Tab, CTRL)
    assert dialog.tabs.currentIndex() == (tab + 1) % dialog.tabs.count()


def test_lock_screen(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    open_first_case(qtbot, workspace)
    window.lock()  # what the idle timer does
    button = window.lock_screen.button
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    check_names(window)
    # The one way back is the only Tab stop; nothing of the caller is left to read.
    assert check_tab_order(qtbot, button) == [button]
    names = " ".join(f"{n.name} {n.description}" for n in walker.walk(window, enter_items=True))
    for secret in (PERSONA_BSN, PERSONA_NAME[2]):
        assert secret not in names
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(window.search_bar.input.hasFocus, timeout=2000)


def test_the_lock_closes_a_dialog_left_open(qtbot: QtBot, workspace: Workspace) -> None:
    """The agent opened Ctrl+R and walked away: the lock must not leave the referral (with the
    case and the caller) on top of the lock screen, holding the keyboard focus."""
    window = workspace.window
    open_first_case(qtbot, workspace)
    qtbot.waitUntil(lambda: bool(workspace.contacts.targets()), timeout=15_000)
    still_open: list[bool] = []

    def walk_away(dialog: ReferralDialog) -> None:
        qtbot.keyClicks(dialog.target_filter, "Vergunningen")
        window.idle_watcher.idle.emit()  # what the idle timer does after the set minutes
        still_open.append(dialog.isVisible())

    run = when_modal_opens(ReferralDialog, walk_away, close=False)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_R, CTRL)
    run.check()
    assert still_open == [False]
    assert window.is_locked() and QApplication.activeModalWidget() is None
    activate(qtbot, window)
    qtbot.waitUntil(window.lock_screen.button.hasFocus, timeout=2000)
