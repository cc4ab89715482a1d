"""A whole call with the keyboard only, checking where focus lands and what is said at each step:
search → open case → read the timeline → refer (Ctrl+R) → new caller (Ctrl+N).

Every key goes to whatever has focus (``QApplication.focusWidget()``), as a real key press does,
so a focus that lands in the wrong place makes the next step fail. Status messages are recorded
at the QAccessibleAnnouncementEvent (WCAG 4.1.3: said without moving focus).

tests/workspace/test_journey.py checks the *data* of every case; tests/workspace/
test_referral_journey.py what a referral writes to Klantinteracties. This test is about focus
and speech along the same path, so it reuses their server, fixture and persona.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

import kcc_desk.views.announce as announce_module
from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from kcc_desk.presenters.timeline_model import TimelineRole
from kcc_desk.views.referral_dialog import ReferralDialog
from tests.accessibility import walker
from tests.accessibility.helpers import (
    CTRL,
    TIMEOUT_MS,
    activate,
    search_persona,
    when_modal_opens,
)
from tests.workspace.workspace_fixture import Workspace

Heard = list[tuple[str, bool]]  # (text, assertive)
REASON = "Inwoner vraagt wanneer het besluit komt"


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[Heard]:
    """Every announcement the app makes, recorded where it is handed to Qt's accessibility."""
    real = QAccessible
    said: Heard = []

    class Recording:
        AnnouncementPoliteness = real.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event: QAccessibleEvent) -> None:
            if isinstance(event, QAccessibleAnnouncementEvent):
                assertive = event.politeness() == real.AnnouncementPoliteness.Assertive
                said.append((event.message(), assertive))
            real.updateAccessibility(event)

    monkeypatch.setattr(announce_module, "QAccessible", Recording)
    yield said


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """A key to whatever has focus; returns what has focus afterwards."""
    qtbot.keyClick(walker.focus_widget(), key, modifier)
    return walker.focus_widget()


def test_a_call_with_the_keyboard_only(
    qtbot: QtBot, fresh_workspace: Workspace, heard: Heard
) -> None:
    workspace = fresh_workspace
    window, presenter = workspace.window, workspace.presenter
    search = window.search_bar.input
    table = window.case_list.table
    timeline = window.case_detail.timeline
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)

    # Ctrl+R too early: said at once (assertive), focus stays in the search field.
    assert press(qtbot, Qt.Key.Key_R, CTRL) is search
    assert heard[-1] == ("Open eerst een zaak. Kies de zaak in de lijst en druk op Enter.", True)

    # Search: the result is said politely; focus goes to the first case.
    search_persona(qtbot, workspace)
    assert walker.focus_widget() is table
    count = presenter.cases.rowCount()
    assert any(str(count) in text and not loud for text, loud in heard), heard
    assert walker.focus_name(table), "the focused case row is read, not just 'table'"

    # Enter opens the case; focus stays in the list so the agent can open another one.
    with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_Return)
    assert walker.focus_widget() is table

    # Tab to the timeline, hearing the status card on the way ("Stap 3 van 5: ...").
    read: list[str] = []
    focus = walker.focus_widget()
    while focus is not timeline:
        focus = press(qtbot, Qt.Key.Key_Tab)
        read.append(walker.focus_name(focus))
        assert len(read) < 30, f"Tab did not reach the timeline: {read}"
    case = presenter.current_case
    assert case is not None
    assert any(r.startswith("Stap ") and " van " in r for r in read), read
    assert any(r.startswith("Verwacht klaar op: ") for r in read), read
    assert any(r.startswith("De inwoner ziet: ") for r in read), read

    # In the timeline: focus starts on where the case is now; arrows walk every step.
    model = timeline.model()
    current_rows = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(TimelineRole.STATE) == "current"
    ]
    if current_rows:
        assert "huidige stap" in walker.focus_name(timeline)
    # The compact stepper shows the steps; substatuses are folded until asked for.
    shown = [r for r in range(model.rowCount()) if not timeline.isRowHidden(r)]
    expected = [str(model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole)) for r in shown]
    press(qtbot, Qt.Key.Key_Home)
    spoken = [walker.focus_name(timeline)]
    for _ in range(len(shown) - 1):
        press(qtbot, Qt.Key.Key_Down)
        spoken.append(walker.focus_name(timeline))
    assert spoken == expected
    assert spoken[0].startswith("Stap 1 van ")
    assert press(qtbot, Qt.Key.Key_Down) is timeline, "Down at the last step stays in the list"
    # One key opens a step's substatuses (Space), and the arrows read them.
    with_subs = [r for r in shown if timeline.timeline_model().substatus_rows(r)]
    if with_subs:
        press(qtbot, Qt.Key.Key_Home)
        for _ in range(shown.index(with_subs[0])):
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
        assert timeline.substatuses_shown()
        press(qtbot, Qt.Key.Key_Down)
        assert walker.focus_name(timeline).startswith("Bij stap ")
        press(qtbot, Qt.Key.Key_Space)
        assert not timeline.substatuses_shown()

    # Ctrl+R: typed and Enter, focus moving filter → list → reason, never a mouse.
    def refer(dialog: ReferralDialog) -> None:
        assert walker.focus_widget() is dialog.target_filter
        qtbot.keyClicks(walker.focus_widget(), "Vergunningen")
        assert press(qtbot, Qt.Key.Key_Down) is dialog.target_list
        assert "Vergunningen" in walker.focus_name(dialog.target_list)
        focus = press(qtbot, Qt.Key.Key_Return)
        assert focus in (dialog.reason, dialog.reason_edit), walker.describe(focus)
        qtbot.keyClicks(focus, REASON)
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert not dialog.isVisible(), "Enter in the reason sends the referral"

    run = when_modal_opens(ReferralDialog, refer, close=False)
    qtbot.keyClick(timeline, Qt.Key.Key_R, CTRL)  # returns when the dialog has closed
    run.check()
    # Focus is back on the step the agent was reading once the window is active again.
    activate(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is timeline, timeout=2000)
    qtbot.waitUntil(
        lambda: "Alle contacten verzonden" in window.outbox_label.text(), timeout=TIMEOUT_MS
    )
    assert any("Vergunningen" in text and not loud for text, loud in heard), heard

    # Ctrl+N: a new caller. Focus in the search field, said politely, nothing of the caller
    # left in any accessible name or description.
    assert press(qtbot, Qt.Key.Key_N, CTRL) is search
    assert heard[-1][1] is False and "Nieuwe beller" in heard[-1][0], heard[-1]
    # The sources' old buttons are deleted later (deleteLater): delete them now.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    everything = " ".join(
        f"{n.name} {n.description}" for n in walker.walk(window, enter_items=True)
    )
    for secret in (PERSONA_BSN, case.identificatie, " ".join(PERSONA_NAME[1:3])):
        assert secret not in everything, secret
