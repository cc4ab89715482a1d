"""The keyring is never asked on the GUI thread: a real one talks D-Bus to the desktop's secret
service (or shows a prompt) and may take seconds, during which the window would freeze.

The real start-up in stages (shell, then the workspace, then the services), a search, and the
settings dialog opened with Ctrl+, given a new source key and Klantinteracties token and saved
with Enter (OK), against the demo server over HTTP;
a recording keyring backend notes the thread of every call."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.app import complete_workspace
from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.demo.server import DemoServer
from kcc_desk.services.config_store import SecretWhere
from kcc_desk.startup import open_window
from kcc_desk.views.settings_dialog import SettingsDialog
from kcc_desk.warm_up import start_services
from tests.accessibility.helpers import when_modal_opens
from tests.security.fake_keyrings import RecordingKeyring
from tests.workspace.workspace_fixture import close_workspace, qasync_loop, restored_look


def test_start_up_search_and_saving_settings_never_ask_the_keyring_on_the_gui_thread(
    qtbot: QtBot,
    qapp: QApplication,
    demo_server: DemoServer,
    tmp_path: Path,
    recording_keyring: RecordingKeyring,
) -> None:
    config = demo_server.write_config(tmp_path / "config.toml")
    with qasync_loop(qapp) as loop, restored_look(qapp), contextlib.ExitStack() as stack:
        shell = open_window(qapp, training=False, language="nl", config_path=str(config))
        shell.window.show()
        task = loop.create_task(
            complete_workspace(
                qapp, shell, training=False, language="nl", config_path=str(config), stack=stack
            )
        )
        qtbot.waitUntil(task.done, timeout=30_000)
        workspace, app_config = task.result()
        try:
            start_services(workspace, app_config, training=False)
            qtbot.waitUntil(lambda: workspace.presenter.audit is not None, timeout=10_000)
            field = workspace.window.search_bar.input
            qtbot.keyClicks(field, PERSONA_BSN)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: workspace.presenter.cases.rowCount() > 0, timeout=30_000)

            def type_secrets_and_save(dialog: SettingsDialog) -> None:
                # The secrets' places are looked up after the dialog is shown; wait for them.
                qtbot.waitUntil(
                    lambda: all(
                        e.secret_where is not SecretWhere.CHECKING for e in dialog.state.sources
                    ),
                    timeout=10_000,
                )
                assert dialog.state.sources[0].secret_where is SecretWhere.INLINE_DEMO
                qtbot.keyClick(
                    dialog.sources.secret_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier
                )
                qtbot.keyClicks(dialog.sources.secret_edit, "nieuwe-sleutel-0123456789abcdef")
                qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClicks(dialog.klant.token_edit, "nieuw-token")
                qtbot.keyClick(dialog.klant.token_edit, Qt.Key.Key_Return)  # OK

            run = when_modal_opens(SettingsDialog, type_secrets_and_save, close=False)
            qtbot.keyClick(field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(
                lambda: run.opened and QApplication.activeModalWidget() is None, timeout=10_000
            )
            run.check()
            # Saved off the GUI thread, after the dialog closed.
            qtbot.waitUntil(
                lambda: (
                    {"set_password"}
                    <= {c.method for c in recording_keyring.calls if c.user == "klantinteracties"}
                ),
                timeout=10_000,
            )
        finally:
            close_workspace(qtbot, loop, workspace)

    users = {call.user for call in recording_keyring.calls}
    # The test sees the keyring at work (sources, Klantinteracties, the audit salt) ...
    assert {"klantinteracties", "audit-salt"} <= users
    stored = {c.user for c in recording_keyring.calls if c.method == "set_password"}
    assert "klantinteracties" in stored and any(u.startswith("source:") for u in stored)
    assert any(user.startswith("source:") for user in users)
    # ... and never from the GUI thread.
    on_gui_thread = [(c.method, c.user) for c in recording_keyring.on_gui_thread()]
    assert not on_gui_thread, on_gui_thread
