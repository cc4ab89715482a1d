"""Issue 20, what Orca 43 hears beyond the first messages (test_orca_notifier.py): the outbox state
and a failing source reach the notifier; the case tabs say nothing before a case is shown (their
first selection made Orca take a hidden tab for the focus and then ignore every focus change);
the timeline tells the screen reader the right item on Down, the last step included; F6 stops at
the status card and the steps."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.demo.server import Fault
from kcc_desk.services.contacts.queue import DeliveryReport
from kcc_desk.views import timeline as timeline_module
from kcc_desk.views.announce import Notifier
from kcc_desk.views.case_detail import CaseDetailView
from kcc_desk.views.outbox_state import OutboxView, worth_saying
from kcc_desk.views.timeline import TimelineView
from tests.accessibility.helpers import open_first_case
from tests.views.sample_data import TODAY, summary, timeline_steps
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 20_000


def _listener(window: QWidget) -> Callable[[str], bool]:
    """``said(part)``: whether the window's notifier (what Orca 43 speaks) has carried a message
    containing ``part`` since this was made."""
    heard: list[str] = []

    def said(part: str) -> bool:
        notifier = window.findChild(Notifier)
        if notifier is not None and notifier.message and notifier.message not in heard:
            heard.append(notifier.message)
        return any(part in message for message in heard)

    return said


# --- the outbox state and a failing source reach the notifier ---------------------------------


def test_outbox_waiting_and_delivered_are_heard(qtbot: QtBot, fresh_workspace: Workspace) -> None:
    workspace = fresh_workspace
    window = workspace.window
    open_first_case(qtbot, workspace)
    workspace.server.klantinteracties_set_fault(Fault.REFUSE)
    said = _listener(window)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: said("Opgeslagen: vraag over zaak"), timeout=TIMEOUT_MS)
    # Klantinteracties is down: the first failed round is news, said once.
    qtbot.waitUntil(
        lambda: said("1 contact nog niet verzonden: kcc-desk probeert het opnieuw"),
        timeout=TIMEOUT_MS,
    )
    workspace.server.klantinteracties_set_fault(None)
    workspace.contacts._ensure().worker.wake()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: said("Alle contacten verzonden"), timeout=TIMEOUT_MS)
    assert window.outbox_label.text() == "Alle contacten verzonden"


def test_a_refused_contact_is_heard(qtbot: QtBot, workspace: Workspace) -> None:
    """The outbox worker's report of a refusal (a 400, tested against the API in tests/outbox)
    goes from the contact presenter to the notifier, and the line says it too."""
    window = workspace.window
    said = _listener(window)
    workspace.contacts.on_delivery_report(DeliveryReport(failed=(7,)))
    qtbot.waitUntil(lambda: said("Klantinteracties weigerde een contact."), timeout=TIMEOUT_MS)


def test_a_failing_source_is_heard(qtbot: QtBot, fresh_workspace: Workspace) -> None:
    workspace = fresh_workspace
    window = workspace.window
    workspace.server.set_fault(1, Fault.REFUSE)
    failing = workspace.server.sources[1].name
    said = _listener(window)
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said(f"Niet bereikbaar: {failing}."), timeout=TIMEOUT_MS)
    assert said("zaken gevonden.")  # the same sentence: the cases that were found, then why not all


@pytest.mark.parametrize(
    ("before", "after", "news"),
    [
        (None, OutboxView(0, 0), False),  # start-up, nothing waits: quiet
        (None, OutboxView(2, 0), True),  # start-up with contacts from before: said
        (None, OutboxView(0, 1), True),
        (OutboxView(0, 0), OutboxView(1, 0), False),  # just logged: the confirmation says it
        (OutboxView(1, 0), OutboxView(1, 0, "weg"), True),  # delivery fails: said
        (OutboxView(1, 0, "weg"), OutboxView(1, 0, "weg"), False),  # still failing: once
        (OutboxView(1, 0, "weg"), OutboxView(0, 0), True),  # delivered
        (OutboxView(1, 0), OutboxView(0, 0), False),  # an ordinary round: "Opgeslagen" stays
        (OutboxView(1, 0), OutboxView(0, 1), False),  # refused: the presenter says it
    ],
)
def test_outbox_says_only_news(before: OutboxView | None, after: OutboxView, news: bool) -> None:
    assert worth_saying(before, after) is news


# --- the case tabs are silent until a case is shown (Orca lost the focus at start-up) ----------


def test_case_tabs_say_nothing_until_a_case_is_shown(qtbot: QtBot) -> None:
    view = CaseDetailView()
    qtbot.addWidget(view)
    view.show()
    bar = view.tabs.tabBar()
    state = QAccessible.queryAccessibleInterface(bar).state()
    # What AT-SPI turns into an empty state set, which Orca ignores: no "enabled", "sensitive",
    # "focusable", "showing" or "visible". Its tab selection is then no focus for Orca.
    assert state.disabled and not state.focusable and state.invisible
    view.set_summary(summary(), TODAY)
    state = QAccessible.queryAccessibleInterface(bar).state()
    assert not state.disabled and state.focusable and not state.invisible
    assert bar.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_at_launch_the_search_field_has_the_focus(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_bar.input, timeout=2000)
    bar = window.case_detail.tabs.tabBar()
    assert not bar.isEnabled() and not bar.focusPolicy() & Qt.FocusPolicy.TabFocus


# --- the timeline names the item that has the cursor ------------------------------------------

Told = list[tuple[QAccessible.Event, int]]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Iterator[Told]:
    """The item events the timeline hands to Qt's accessibility (as if a screen reader ran)."""
    real = QAccessible
    events: Told = []

    class Recording:
        Event = real.Event

        @staticmethod
        def isActive() -> bool:
            return True

        @staticmethod
        def updateAccessibility(event: QAccessibleEvent) -> None:
            events.append((event.type(), event.child()))

    monkeypatch.setattr(timeline_module, "QAccessible", Recording)
    yield events


def test_down_tells_the_item_under_the_cursor_up_to_the_last_step(qtbot: QtBot, told: Told) -> None:
    """Folded substatuses are hidden rows; the focus event used to give the position among the
    shown rows, so Orca read a hidden substatus and never the last step."""
    host = QWidget()
    qtbot.addWidget(host)
    view = TimelineView(host, compact=True)
    QVBoxLayout(host).addWidget(view)
    host.resize(500, 600)
    host.show()
    qtbot.waitExposed(host)
    view.set_timeline(timeline_steps(), None, TODAY)
    assert any(view.isRowHidden(r) for r in range(view.model().rowCount())), "folded substeps"
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    iface = QAccessible.queryAccessibleInterface(view)

    def spoken() -> str:
        _kind, child = next(e for e in reversed(told) if e[0] == QAccessible.Event.Focus)
        item = iface.child(child)
        assert item is not None
        return str(item.text(QAccessible.Text.Name))

    qtbot.keyClick(view, Qt.Key.Key_Home)
    heard = [spoken()]
    for _ in range(view.model().rowCount()):
        told.clear()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        if told:
            heard.append(spoken())
            current = view.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
            assert heard[-1] == current
            selected = [c for k, c in told if k == QAccessible.Event.SelectionAdd]
            assert selected == [view.currentIndex().row()]
    steps = view.timeline_model().step_count()
    expected = [f"Stap {n} van {steps}" for n in range(1, steps + 1)]
    assert [h.split(":")[0] for h in heard] == expected


# --- F6 reaches the status card and the steps ---------------------------------------------------


def test_f6_stops_at_the_status_card_then_the_steps(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    open_first_case(qtbot, workspace)
    table = window.case_list.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    detail = window.case_detail
    qtbot.keyClick(table, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is detail.card.step
    qtbot.keyClick(detail.card.step, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is detail.timeline
    qtbot.keyClick(detail.timeline, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is detail.tabs.tabBar()
    # Alt+1 and Alt+2 go there from anywhere, the F1 list says so.
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is detail.card.step
    qtbot.keyClick(detail.card.step, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is detail.timeline
