from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.views.actions import ActionId, ActionRegistry


def test_every_action_has_a_shortcut_with_a_modifier_or_function_key(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    for action_id in ActionId:
        keys = registry.action(action_id).shortcuts()
        assert keys, action_id
        for key in keys:
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            single_plain_key = len(text) == 1
            assert not single_plain_key, f"{action_id} uses a bare letter: {text}"


def test_required_shortcuts_exist(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)

    def keys(action_id: ActionId) -> set[str]:
        return {k.toString() for k in registry.action(action_id).shortcuts()}

    assert "Ctrl+F" in keys(ActionId.FOCUS_SEARCH)
    assert "Ctrl+N" in keys(ActionId.NEW_CALLER)
    assert "Ctrl+R" in keys(ActionId.REFER)
    assert "F1" in keys(ActionId.SHORTCUTS)
    assert "F6" in keys(ActionId.NEXT_PANE)
    assert "Shift+F6" in keys(ActionId.PREVIOUS_PANE)


def test_no_two_actions_share_a_key(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    seen: dict[str, ActionId] = {}
    for action_id in ActionId:
        for key in registry.action(action_id).shortcuts():
            assert key.toString() not in seen, (key.toString(), action_id, seen.get(key.toString()))
            seen[key.toString()] = action_id


def test_f1_overview_lists_every_action(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    rows = ActionRegistry(window).shortcut_rows()
    assert len(rows) == len(ActionId)
    assert all(keys and what and explanation for keys, what, explanation in rows)
