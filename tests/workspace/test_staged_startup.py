"""Start-up in stages (kcc_desk.startup, then kcc_desk.app): ``open_window`` shows the shell with
the search field, ``complete_workspace`` adds the rest while the event loop runs. The agent may
type the caller's number and press Enter before the panes exist; that search runs as soon as
they do.

Real config file, real demo server over HTTP on 127.0.0.1, keys through qtbot."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.app import complete_workspace
from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.demo.server import DemoServer
from kcc_desk.services.errors import ConfigError
from kcc_desk.startup import open_window
from tests.workspace.workspace_fixture import close_workspace, qasync_loop, restored_look


def test_enter_before_the_panes_exist_searches_once_they_do(
    qtbot: QtBot, qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_server.write_config(tmp_path / "config.toml")
    with qasync_loop(qapp) as loop, restored_look(qapp), contextlib.ExitStack() as stack:
        shell = open_window(qapp, training=False, language="nl", config_path=str(config))
        window = shell.window
        window.show()
        assert not window.attached
        field = window.search_bar.input
        assert window.focusWidget() is field

        qtbot.keyClicks(field, PERSONA_BSN)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert "Het zoeken begint zo" in window.status_label.text()

        task = loop.create_task(
            complete_workspace(
                qapp,
                shell,
                training=False,
                language="nl",
                config_path=str(config),
                stack=stack,
            )
        )
        qtbot.waitUntil(task.done, timeout=30_000)
        workspace, _config = task.result()
        try:
            assert window.attached
            qtbot.waitUntil(lambda: workspace.presenter.cases.rowCount() > 0, timeout=30_000)
            assert field.text() == PERSONA_BSN  # what the agent typed is still there
            assert window.sources_bar.isVisible()
            # The panes read after the search field, in screen order (WCAG 1.3.2).
            children = window.central.children()
            assert children.index(window.search_bar) < children.index(window.sources_bar)
            assert children.index(window.sources_bar) < children.index(window.message)
        finally:
            close_workspace(qtbot, loop, workspace)


def test_a_config_file_that_cannot_be_used_is_reported_after_the_shell(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('language = "nl"\n[[sources]]\nname = "Zonder adressen"\n', "utf-8")
    with qasync_loop(qapp) as loop, restored_look(qapp), contextlib.ExitStack() as stack:
        shell = open_window(qapp, training=False, language=None, config_path=str(config))
        task = loop.create_task(
            complete_workspace(
                qapp, shell, training=False, language=None, config_path=str(config), stack=stack
            )
        )
        qtbot.waitUntil(task.done, timeout=30_000)
        with pytest.raises(ConfigError):
            task.result()
        assert not shell.window.attached
        shell.window.close()
        shell.window.deleteLater()


_STAGE_ONE = """
import json, os, sys
import PySide6.QtCore as QtCore
from kcc_desk.theme.snapshot import new_application
app = new_application([])
from kcc_desk.startup import open_window
shell = open_window(app, training=False, language="nl", config_path=sys.argv[1])
shell.window.show()
app.processEvents()
heavy = ("asyncio", "qasync", "httpx", "kcc_desk.app", "kcc_desk.services.config",
         "kcc_desk.theme.registry", "kcc_desk.theme.apply", "kcc_desk.views.case_detail",
         "kcc_desk.views.case_list", "kcc_desk.views.sources_bar",
         "kcc_desk.presenters.workspace", "kcc_desk.demo.server")
result = {
    "loaded": [name for name in heavy if name in sys.modules],
    "qt_namespace_built": "Qt" in QtCore.__dict__,
    "saved_look_used": shell.theming is None,
    "focus_in_search_field": shell.window.focusWidget() is shell.window.search_bar.input,
    "style_override_left": os.environ.get("QT_STYLE_OVERRIDE"),
}
app.setStyleSheet("")  # last: without it app.style() is the stylesheet's proxy style
result["style"] = app.style().metaObject().className()
print(json.dumps(result))
"""


def test_the_first_frame_loads_only_what_it_shows(demo_server: DemoServer, tmp_path: Path) -> None:
    """Start-up time is measured by benchmarks/workspace_benchmark.py; this guards its cause: the
    shell must not pull in the panes, the services, the theme machinery or PySide6's Qt
    namespace (each a few dozen ms) once the look has been saved by an earlier start."""
    config = demo_server.write_config(tmp_path / "config.toml")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_STYLE_OVERRIDE", None)

    def start() -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", _STAGE_ONE, str(config)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    first = start()  # a first start ever: no saved look, so the theme is loaded in full
    assert first["saved_look_used"] is False
    second = start()
    assert second == {
        "loaded": [],
        "qt_namespace_built": False,
        "saved_look_used": True,
        "focus_in_search_field": True,
        "style_override_left": None,  # a document viewer started from kcc-desk keeps its own
        "style": "QFusionStyle",
    }


def test_the_whole_start_up_with_a_search_smoke_test(tmp_path: Path) -> None:
    """run_gui as ``kcc-desk --smoke`` runs it: the shell, Qt's own loop while a worker thread
    imports the rest, then the qasync loop, the training server and one search."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "kcc_desk", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "smoke test: ok" in done.stderr
