"""Start-up probe for benchmarks/workspace_benchmark.py: one fresh process per measurement.

    python benchmarks/startup_probe.py bare|app [CONFIG]

Without CONFIG the app reads its config file from the default place, as an agent's would.
Prints, as perf_counter seconds, when the window is interactive: shown, with an event loop
running. For "app" also when the workspace is complete, the longest event-loop stall in between
(a 5 ms timer: a key typed then waits at most this) and whether the search field has the focus.
Imports only what each side needs before it measures: the benchmark script itself imports
asyncio, which would have put 50 ms into both sides.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def probe(kind: str, config_path: str | None) -> None:
    """Child process: print (as perf_counter seconds) when the window is interactive: shown, with
    the event loop running. For the app also when the workspace is complete, and the longest
    event-loop stall in between (a 5 ms timer), while the agent could already be typing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.show()
        QTimer.singleShot(0, app.quit)  # runs once the window is shown and events are processed
        app.exec()
        print(f"{time.perf_counter():.6f}")
        return

    import contextlib

    from PySide6.QtCore import QElapsedTimer

    from kcc_desk.app import complete_workspace, shut_down
    from kcc_desk.startup import open_window, preload
    from kcc_desk.theme.snapshot import new_application

    app = new_application(sys.argv[:1])

    # As run_gui does: the shell, then Qt's own loop while a worker thread imports the rest,
    # then the qasync loop for the second stage.
    shell = open_window(app, training=False, language=None, config_path=config_path)
    shell.window.show()
    marks: dict[str, float] = {}
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))

    def interactive() -> None:
        marks["shown"] = time.perf_counter()
        # The widget that has the keyboard focus as soon as the window is active (offscreen,
        # windows are never activated, so hasFocus() would say no).
        marks["focused"] = float(shell.window.focusWidget() is shell.window.search_bar.input)
        clock.start()
        ticker.start()

    QTimer.singleShot(0, interactive)
    assert preload(app, shell.window)
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> None:
        with contextlib.ExitStack() as stack:
            workspace, _config = await complete_workspace(
                app, shell, training=False, language=None, config_path=config_path, stack=stack
            )
            marks["ready"] = time.perf_counter()
            gaps.append(clock.restart())
            ticker.stop()
            await shut_down(workspace)

    with loop:
        loop.run_until_complete(run())
    stall = float(max(gaps))
    print(f"{marks['shown']:.6f} {marks['ready']:.6f} {stall:.1f} {int(marks['focused'])}")


if __name__ == "__main__":
    probe(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
