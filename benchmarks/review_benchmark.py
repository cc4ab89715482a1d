"""Review benchmark: a month with 10,000 status contacts at 20 ms latency, in a register that
also holds two years of older contacts (about 260,000 klantcontacten, 52,000 interne taken).

The register is synthetic and generated per page on request (a child process, so it does not
share this process's GIL): contact ``i`` is ``i`` steps back from now, newest first, as Open
Klant serves them; one in twenty is not about a zaak; one in five led to an interne taak.
Measures with the real ReviewService:

- cold: an empty per-day cache (every day of the month read);
- warm: the cache of the cold run (only today and yesterday read, and the interne taken);
- the longest event-loop stall while a report loads (a 5 ms ticker on the same loop);
- time to the rendered view (offscreen, the real review window and presenter on a qasync loop,
  as in the app), cold and warm, with the longest stall of that loop while the view fills;
- peak memory (ru_maxrss of this process).

Targets: warm ≤ 2 s, cold ≤ 5 s, no stall over 50 ms.

    .venv/bin/python benchmarks/review_benchmark.py [--latency-ms 20] [--month 10000] [--busy 2]

``--busy N`` keeps N other processes spinning meanwhile: the figures of a machine that is
doing other work (the stall target must hold there too).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

TOKEN = "benchmark-token"
PREFIX = "/klantinteracties/api/v1/"
DAYS = 30
OLDER_DAYS = 730
MAX_PAGE = 500
TEAMS = [f"00000000-0000-4000-8000-{n:012d}" for n in range(5)]
AGENTS = [f"00000000-0000-4000-9000-{n:012d}" for n in range(8)]


# -- the synthetic register (child process) -----------------------------------------------------
def serve(port: int, latency_ms: int, month: int) -> None:
    from aiohttp import web

    now = datetime.now(UTC).replace(microsecond=0)
    per_contact = timedelta(days=DAYS) / (month * 1.05)
    total = int(month * 1.05 * (DAYS + OLDER_DAYS) / DAYS)
    base = f"http://127.0.0.1:{port}{PREFIX}"

    def when(i: int) -> str:
        return (now - per_contact * i).isoformat().replace("+00:00", "Z")

    def contact(i: int) -> dict[str, Any]:
        about_zaak = i % 20 != 7
        tasks = [{"uuid": f"t-{i}", "url": f"{base}internetaken/t-{i}"}] if i % 5 == 0 else []
        agent = AGENTS[i % 8]
        ident = {"objectId": f"z-{i % 9000}", "codeObjecttype": "zgw-Zaak"}
        return {
            "uuid": f"k-{i}",
            "url": f"{base}klantcontacten/k-{i}",
            "kanaal": ("telefoon", "telefoon", "balie", "e-mail")[i % 4],
            "onderwerp": "Vraag over status",
            "inhoud": "Inwoner vroeg naar de status.",
            "plaatsgevondenOp": when(i),
            "hadBetrokkenActoren": [{"uuid": agent, "naam": agent, "soortActor": "medewerker"}],
            "leiddeTotInterneTaken": tasks,
            "_expand": {
                "gingOverOnderwerpobjecten": [{"onderwerpobjectidentificator": ident}]
                if about_zaak
                else []
            },
        }

    def task(j: int) -> dict[str, Any]:
        i = j * 5
        return {
            "uuid": f"t-{i}",
            "aanleidinggevendKlantcontact": {"uuid": f"k-{i}"},
            "toegewezenAanActoren": [{"uuid": TEAMS[i % 5]}],
            "status": "te_verwerken" if i < month // 3 and i % 3 else "verwerkt",
            "toegewezenOp": when(i),
            "afgehandeldOp": None,
            "gevraagdeHandeling": "Terugbellen",
        }

    open_tasks = [j for j in range(total // 5) if 5 * j < month // 3 and (5 * j) % 3]

    def actors() -> list[dict[str, Any]]:
        return [
            {"uuid": u, "naam": f"Team {n}", "soortActor": "organisatorische_eenheid"}
            for n, u in enumerate(TEAMS)
        ] + [
            {"uuid": u, "naam": f"Agent {n}", "soortActor": "medewerker"}
            for n, u in enumerate(AGENTS)
        ]

    async def listing(request: web.Request) -> web.Response:
        await asyncio.sleep(latency_ms / 1000)
        if request.headers.get("Authorization") != f"Token {TOKEN}":
            return web.json_response({"code": "not_authenticated"}, status=401)
        resource_name = request.match_info["resource"]
        size = min(int(request.query.get("pageSize", "100")), MAX_PAGE)
        page = int(request.query.get("page", "1"))
        if resource_name == "klantcontacten":
            count, make = total, contact
        elif resource_name == "internetaken" and request.query.get("status"):
            # Open Klant's status filter: the open ones only (the review asks for them).
            wanted = request.query["status"]
            chosen = open_tasks if wanted == "te_verwerken" else []
            count, make = len(chosen), lambda k: task(chosen[k])
        elif resource_name == "internetaken":
            count, make = total // 5, task
        else:
            items = actors()
            return web.json_response({"count": len(items), "next": None, "results": items})
        first = (page - 1) * size
        if first >= count:
            return web.json_response({"detail": "Ongeldige pagina."}, status=404)
        results = [make(i) for i in range(first, min(count, first + size))]
        return web.json_response({"count": count, "next": None, "results": results})

    app = web.Application()
    app.router.add_get(PREFIX + "{resource}", listing)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


# -- the measurements ---------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def timed_report(url: str, cache_dir: Path) -> tuple[float, int, float, int]:
    """(seconds, requests, longest stall in ms, status contacts)."""
    import httpx
    from stall_ticker import StallTicker  # beside this script

    from kcc_desk.services.review.cache import DayCache
    from kcc_desk.services.review.period import Period
    from kcc_desk.services.review.service import ReviewService

    today = datetime.now(UTC).date()
    period = Period(today - timedelta(days=DAYS - 1), today)
    ticker = StallTicker()
    async with httpx.AsyncClient(timeout=30) as http:
        service = ReviewService(http, url, TOKEN, cache=DayCache(url, cache_dir))
        started = time.perf_counter()
        report = await service.report(period)
        seconds = time.perf_counter() - started
    stall_ms = await ticker.stop()
    return seconds, service.figures.requests, stall_ms, report.status_contacts


def rendered_view(url: str, cache_dir: Path) -> tuple[float, float, float] | None:
    """Offscreen: from opening the review window to a filled queue, and the longest stall."""
    try:
        from review_view_probe import time_to_rendered_view  # beside this script
    except ImportError:
        return None
    return time_to_rendered_view(url, TOKEN, cache_dir)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--month", type=int, default=10_000, help="status contacts in the month")
    parser.add_argument("--busy", type=int, default=0, help="processes spinning meanwhile")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--spin", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.latency_ms, args.month)
        return 0
    if args.spin:
        while True:
            pass
    spinners = [
        subprocess.Popen([sys.executable, __file__, "--spin"]) for _ in range(max(0, args.busy))
    ]
    port = free_port()
    child = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--serve",
            str(port),
            "--latency-ms",
            str(args.latency_ms),
            "--month",
            str(args.month),
        ]
    )
    url = f"http://127.0.0.1:{port}{PREFIX}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as tmp:
            cache_dir = Path(tmp)
            cold = asyncio.run(timed_report(url, cache_dir))
            warm = asyncio.run(timed_report(url, cache_dir))
            view_cold = rendered_view(url, Path(tempfile.mkdtemp(dir=tmp)))
            view = rendered_view(url, cache_dir)
            size = sum(f.stat().st_size for f in cache_dir.iterdir())
    finally:
        for process in (child, *spinners):
            process.terminate()
            process.wait()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"register: {args.month} status contacts in {DAYS} days, {OLDER_DAYS} older days, "
        f"{args.latency_ms} ms latency; today {date.today()}; "
        f"{args.busy} other processes spinning on {os.cpu_count()} cores"
    )
    for name, (seconds, requests, stall, counted) in (("cold", cold), ("warm", warm)):
        print(
            f"{name}: {seconds:.2f} s to KPIs, {requests} requests, longest event-loop stall "
            f"{stall:.0f} ms, {counted} status contacts"
        )
    for name, figures in (("cold", view_cold), ("warm", view)):
        print(
            f"rendered view ({name}, qasync + Qt): "
            + (
                f"{figures[0]:.2f} s, longest event-loop stall {figures[1]:.0f} ms "
                f"(Qt's own timer: {figures[2]:.0f} ms)"
                if figures is not None
                else "not measured"
            )
        )
    print(f"per-day cache on disk: {size / 1024:.0f} KiB")
    print(f"peak memory (ru_maxrss): {peak_mb:.0f} MiB; pid {os.getpid()}")
    print("targets: warm <= 2 s, cold <= 5 s, no stall over 50 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
