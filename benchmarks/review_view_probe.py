"""Time from opening the review window to a filled queue, its zaak and BSN columns in and every
column fitted (offscreen, the real presenter and
window on a qasync loop, as in the app), and the longest event-loop stall meanwhile: the GUI's
own loop, with the app's heap (Qt, the window) and the filling of the view's models included.
For benchmarks/review_benchmark.py."""

from __future__ import annotations

import asyncio
import os
import time
from datetime import datetime, timedelta
from pathlib import Path


def time_to_rendered_view(url: str, token: str, cache_dir: Path) -> tuple[float, float, float]:
    """(seconds, longest stall of the asyncio loop in ms, longest gap of a Qt timer in ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QDate, QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication
    from stall_ticker import StallTicker  # beside this script

    from kcc_desk.gui_gc import GuiThreadCollector
    from kcc_desk.presenters.queue_texts import PENDING
    from kcc_desk.presenters.review import BSN_COLUMN, ReviewPresenter
    from kcc_desk.presenters.review_models import QueueColumn
    from kcc_desk.services.http_client import make_http_client, tls_verify
    from kcc_desk.services.review.cache import DayCache
    from kcc_desk.services.review.kpi import Actor, Report
    from kcc_desk.services.review.period import Period
    from kcc_desk.services.review.service import ReviewService
    from kcc_desk.services.review.zaaktypes import ZaakInfo
    from kcc_desk.views.review.window import ReviewWindow

    class Backend:
        def __init__(self) -> None:
            self.http = make_http_client(timeout_s=30)
            self.service = ReviewService(self.http, url, token, cache=DayCache(url, cache_dir))

        async def report(
            self, period: Period, *, as_of: datetime | None = None, team: str | None = None
        ) -> Report:
            return await self.service.report(period, as_of=as_of, team=team)

        async def teams(self) -> list[Actor]:
            return await self.service.teams()

        async def my_actors(self, agent_id: str) -> set[str]:
            return await self.service.my_actors(agent_id)

        async def masked_bsns(self, contact_uuids: list[str]) -> dict[str, str]:
            return {}  # after the view is filled; not measured here

        async def zaken(self, zaak_ids: list[str]) -> dict[str, ZaakInfo]:
            return {}  # after the view is filled; not measured here

        async def zaak_number(self, zaak_id: str) -> str | None:
            return None  # not measured here

        async def aclose(self) -> None:
            await self.http.aclose()

    tls_verify(None)  # as the app's warm-up does, in a worker thread at start-up
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    collector = GuiThreadCollector(app)  # as the app: cycles collected on the GUI thread
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def run() -> tuple[float, float, float]:
        ticker = StallTicker()
        # Qt's own 5 ms timer too: the gaps between its ticks are what input and painting wait
        # for (an asyncio turn is not necessarily a turn of Qt's loop).
        qt_gaps: list[float] = [0.0]
        clock = QElapsedTimer()
        qt_ticker = QTimer()
        qt_ticker.setInterval(5)
        qt_ticker.timeout.connect(lambda: qt_gaps.append(max(0, clock.restart() - 5)))
        clock.start()
        qt_ticker.start()
        started = time.perf_counter()
        presenter = ReviewPresenter(Backend)
        window = ReviewWindow(presenter)
        done = asyncio.Event()
        presenter.ready.connect(done.set)
        presenter.failed.connect(lambda _text: done.set())
        # The benchmark's 30 days, as a custom period (one request: the dates change quietly).
        today = presenter.today()
        for edit, day in ((window.start, today - timedelta(days=29)), (window.end, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        window.preset.setCurrentIndex(3)
        window.show()
        await done.wait()
        # Then the zaak and BSN columns (the backend here answers at once, with nothing found)
        # and the columns measured again: the view is whole when nothing is left to do.
        queue = presenter.queue
        while window.queue_pane.fitting() or any(
            queue.index(0, column).data() == PENDING for column in (QueueColumn.ZAAK, BSN_COLUMN)
        ):
            await asyncio.sleep(0.005)
        window.repaint()  # paint what arrived (processEvents here would re-enter the loop)
        seconds = time.perf_counter() - started
        stall_ms = await ticker.stop()
        qt_ticker.stop()
        window.close()
        await presenter.shutdown()
        return seconds, stall_ms, float(max(qt_gaps))

    try:
        with loop:
            return loop.run_until_complete(run())
    finally:
        collector.stop()
