"""Watch-list benchmark (issue 17): prints figures, asserts nothing.

200 watched cases (100 in each of two demo sources) polled by the real PollingFeed through the
real WatchPresenter, with the "Gevolgd" pane shown, on a qasync loop:

1. Requests per case per interval in steady state (target <= 2), with some cases changing
   meanwhile (a new status costs one extra statussen request for that case), and the resulting
   requests per minute at the default interval (120 s).
2. Requests to a source that is backing off (target 0): source 2 answers 500 until it backs off,
   then every request it receives while the feed backs off is counted.
3. The longest event-loop stall meanwhile (a 5 ms QTimer; target <= 50 ms).

The interval is scaled down (``--interval``, default 12 s) so the run takes about a minute; the
requests per case per interval do not depend on it.

Run: .venv/bin/python benchmarks/watch_benchmark.py [--interval 12] [--cases 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_INTERVAL_S = 120.0


def keep_none_alive() -> None:
    """Work around an environment bug so the figures can be measured at all: with PySide6 6.12
    on Python 3.11 every call of a Python override of a Qt virtual (qasync's timerEvent runs every
    asyncio callback) drops one reference to None, and the process aborts with "none_dealloc"
    after some thousands of callbacks (reproduced without kcc-desk code: see the report of issue
    17). Python 3.12+ has an immortal None. Only this benchmark tops the count up."""
    import ctypes

    if sys.version_info < (3, 12):
        for immortal in (None, True, False):  # True/False go the same way
            ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interval", type=float, default=12.0)
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--intervals", type=int, default=3)
    args = parser.parse_args()

    import qasync
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kcc_desk.demo.faults import Fault
    from kcc_desk.demo.server import DemoServer
    from kcc_desk.presenters.watch import WatchPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.config import load_config
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.lookup import LookupService
    from kcc_desk.services.watch.setup import LookupWatchBackend
    from kcc_desk.views.watch_pane import WatchPane

    keep_none_alive()
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(tempfile.mkdtemp(prefix="kcc-watch-bench-"))
    server = DemoServer(sources=2, seed=1)
    server.start()
    config = load_config(server.write_config(folder / "kcc-desk.toml"))
    lookup = LookupService(config, Credentials(config), keep_catalogue=False)
    per_source = args.cases // 2
    picked: list[tuple[int, str, str, str, str]] = []  # source, uuid, url, number, zaaktype
    for index, source in enumerate(server.sources):
        data = server.data.sources[index]
        open_cases = sorted(
            (z for z in data.zaken.values() if z.einddatum is None and z.status_uuids),
            key=lambda z: z.identificatie,
        )[:per_source]
        for zaak in open_cases:
            picked.append(
                (
                    index,
                    zaak.uuid,
                    f"{source.zaken_api}zaken/{zaak.uuid}",
                    zaak.identificatie,
                    data.zaaktypen[zaak.zaaktype_uuid].omschrijving,
                )
            )
    workspace = WorkspacePresenter(lookup, open_file=lambda _p: None)
    backend = LookupWatchBackend(lookup, path=folder / "gevolgd.json", interval_s=args.interval)
    presenter = WatchPresenter(lambda: backend, workspace)
    window = QMainWindow()
    pane = WatchPane(presenter.model, window)
    window.setCentralWidget(pane)
    presenter.unseen_changed.connect(pane.set_unseen)
    window.show()
    names = [s.name for s in server.sources]
    results: dict[str, float] = {}

    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))

    def zgw_requests(index: int) -> int:
        return sum(1 for r in server.request_log(index) if "/zaken/api/v1/" in r.path)

    async def run() -> None:
        clock.start()
        ticker.start()
        service = presenter.service
        started = time.perf_counter()
        for index, _uuid, url, number, zaaktype in picked:
            service.watch(url, names[index], number, zaaktype)
        while any(w.state is None for w in service.watches()):
            await asyncio.sleep(0.05)
        results["baseline_s"] = time.perf_counter() - started
        results["baseline_stall_ms"] = float(max(gaps[1:] or [0]))
        gaps.clear()
        # Steady state: let the baseline wave pass, then count whole intervals.
        await asyncio.sleep(args.interval)
        server.clear_request_log()
        changed = picked[:: max(1, len(picked) // 20)]  # about 20 cases move on meanwhile
        window_s = args.interval * args.intervals
        steps = len(changed)
        for i, (index, zaak_uuid, *_rest) in enumerate(changed):
            await asyncio.sleep(window_s / (steps + 1))
            server.add_status(index, zaak_uuid) if i % 2 == 0 else server.add_document(
                index, zaak_uuid, "Besluit"
            )
        await asyncio.sleep(window_s / (steps + 1))
        total = zgw_requests(0) + zgw_requests(1)
        per_case = total / len(picked) / args.intervals
        results["requests_per_case_per_interval"] = per_case
        results["requests_per_minute_at_default"] = per_case * len(picked) * 60 / DEFAULT_INTERVAL_S
        results["changes_made"] = steps
        await asyncio.sleep(args.interval * 1.2)  # the last change is read too
        results["changes_seen"] = sum(len(w.unseen) for w in service.watches())
        # A source goes down: after it backs off, nothing may reach it.
        server.set_fault(1, Fault.HTTP_500)
        backend.feed.poll_all_now()
        while not backend.feed.backing_off(names[1]):
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # reads that were in flight end
        server.clear_request_log(1)
        counted_s = 0.0
        while backend.feed.backing_off(names[1]) and counted_s < args.interval * 0.8:
            await asyncio.sleep(0.1)
            counted_s += 0.1
        results["backoff_window_s"] = counted_s
        results["requests_while_backing_off"] = zgw_requests(1)
        server.set_fault(1, None)
        ticker.stop()
        results["max_stall_ms"] = float(max(gaps[1:] or [0]))
        await presenter.aclose()
        await lookup.aclose()

    with loop:
        loop.run_until_complete(run())
    server.stop()
    print(f"watched cases: {len(picked)} ({per_source} per source), interval {args.interval} s")
    print(f"baseline of all cases: {results['baseline_s']:.1f} s")
    print(
        "requests per case per interval: "
        f"{results['requests_per_case_per_interval']:.2f} (target <= 2), "
        f"with {int(results['changes_made'])} changes made, "
        f"{int(results['changes_seen'])} seen"
    )
    print(
        "requests per minute for these cases at the default 120 s interval: "
        f"{results['requests_per_minute_at_default']:.0f}"
    )
    print(
        "requests to the backing-off source in "
        f"{results['backoff_window_s']:.1f} s: {int(results['requests_while_backing_off'])} "
        "(target 0)"
    )
    print(
        f"longest event-loop stall: {results['max_stall_ms']:.0f} ms while polling "
        f"(target <= 50 ms); {results['baseline_stall_ms']:.0f} ms while all "
        f"{len(picked)} cases were added at once and read for the first time"
    )


if __name__ == "__main__":
    main()
