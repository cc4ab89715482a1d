"""``DemoServer``: the training ZGW back ends on loopback, in a background thread.

Each source listens on its own port (so ``Fault.REFUSE`` can really stop listening); the
Klantinteracties API (built in ``kcc_desk.demo.klantinteracties`` when present) on another, the
BRP (``kcc_desk.demo.brp``) on a third.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.util
import logging
import random
import socket
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from aiohttp import web

from kcc_desk.demo.app import create_source_app, make_record_middleware
from kcc_desk.demo.brp.app import BRP_API_KEY, BRP_PATH, create_brp_app
from kcc_desk.demo.context import RecordedRequest, SourceContext
from kcc_desk.demo.data.generate import DemoData, generate_demo_data
from kcc_desk.demo.data.personas import (
    BENCHMARK_BSN_20,
    BENCHMARK_BSN_MANY,
    PERSONA_BSN,
    PERSONA_KVK,
)
from kcc_desk.demo.faults import Fault, FaultState
from kcc_desk.demo.listener import Listener, bind, close, reopen, serve
from kcc_desk.demo.seed_zaken import seed_zaken_of
from kcc_desk.demo.seedtypes import SeedZaak
from kcc_desk.demo.serialize import CATALOGI, DOCUMENTEN, ZAKEN
from kcc_desk.demo.server_changes import CaseChanges
from kcc_desk.demo.server_config import render_config
from kcc_desk.demo.server_cost import ServerCost
from kcc_desk.demo.server_klantinteracties import (
    KLANTINTERACTIES_PATH,
    build_klantinteracties_app,
)
from kcc_desk.demo.store import SourceStore

__all__ = [
    "BENCHMARK_BSN_20",
    "BENCHMARK_BSN_MANY",
    "PERSONA_BSN",
    "PERSONA_KVK",
    "DemoServer",
    "DemoSource",
    "Fault",
    "RecordedRequest",
    "ServerCost",
]

log = logging.getLogger(__name__)

CLIENT_ID = "kcc-desk"


@dataclass(frozen=True, slots=True)
class DemoSource:
    index: int
    name: str
    port: int
    zaken_api: str
    catalogi_api: str
    documenten_api: str
    client_id: str
    secret: str = field(repr=False)  # demo credential, but keep it out of log lines anyway


class DemoServer(CaseChanges):
    """See docs/architecture.md for the API; all methods are safe to call from any thread."""

    def __init__(
        self,
        sources: int = 2,
        seed: int = 1,
        *,
        latency_ms: int = 0,
        page_size: int = 100,
        host: str = "127.0.0.1",
        port: int = 0,
        big_caller_cases: int = 0,
        today: date | None = None,
        klantinteracties: bool = True,
        server_cost: ServerCost | None = None,
        brp: bool = True,
    ) -> None:
        self.with_klantinteracties = klantinteracties
        self.server_cost = server_cost
        self.with_brp = brp
        self.host = host
        self.requested_port = port
        self.seed = seed
        self.page_size = page_size
        self.data: DemoData = generate_demo_data(
            seed, today or date.today(), sources=sources, big_caller_cases=big_caller_cases
        )
        # Demo credentials: deterministic per seed, different per source.
        rng = random.Random(f"{seed}-credentials")
        self._secrets = [f"oefen-{i + 1}-{rng.getrandbits(192):048x}" for i in range(sources)]
        self.klantinteracties_token: str | None = f"{rng.getrandbits(160):040x}"
        self.brp_api_key = f"oefen-brp-{random.Random(f'{seed}-brp').getrandbits(128):032x}"
        self.brp_url: str | None = None  # e.g. http://127.0.0.1:41237/haalcentraal/api/brp
        self._brp_fault_state = FaultState(latency_ms=latency_ms)
        self._brp_listener: Listener | None = None
        self._brp_request_log: list[RecordedRequest] = []
        self._fault_states = [FaultState(latency_ms=latency_ms) for _ in range(sources)]
        self._ki_fault_state = FaultState(latency_ms=latency_ms)
        self.sources: list[DemoSource] = []
        self.klantinteracties_url: str | None = None
        # The seeded Klantinteracties store, for tests that count independently of the API.
        self.klantinteracties_store: Any = None
        self._contexts: list[SourceContext] = []
        self._listeners: list[Listener] = []
        self._ki_listener: Listener | None = None
        self._ki_task: asyncio.Task[None] | None = None
        self._ki_request_log: list[RecordedRequest] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # --- life cycle --------------------------------------------------------------------------

    def start(self, timeout: float = 10.0, *, wait_for_klantinteracties: bool = True) -> None:
        """Bind every port and serve from a background thread; returns when listening.

        With ``wait_for_klantinteracties=False`` it returns as soon as the ZGW sources answer;
        the Klantinteracties port is bound already and answers a moment later.
        """
        if self._thread is not None:
            raise RuntimeError("DemoServer already started")
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(
            target=loop.run_forever, name="kcc-desk-demo-server", daemon=True
        )
        self._thread.start()
        try:
            self._call(self._start_all(), timeout)
            if wait_for_klantinteracties:
                self._call(self._wait_klantinteracties(), timeout)
        except BaseException:
            self.stop()
            raise
        log.info("Demo server listening: %d sources", len(self.sources))

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if loop.is_running():
            self.stop_training_clock()
        if loop.is_running():
            try:
                self._call(self._stop_all(), 10.0)
            finally:
                loop.call_soon_threadsafe(loop.stop)
                thread.join(timeout=10)
        loop.close()
        self._loop = None
        self._thread = None

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _call(self, coro: Any, timeout: float) -> Any:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def _port_for(self, index: int) -> int:
        return self.requested_port + index if self.requested_port else 0

    async def _start_all(self) -> None:
        for i, source_data in enumerate(self.data.sources):
            sock = bind(self.host, self._port_for(i))
            port = sock.getsockname()[1]
            base = f"http://{self.host}:{port}"
            ctx = SourceContext(
                store=SourceStore(source_data, base),
                secrets={CLIENT_ID: self._secrets[i]},
                fault_state=self._fault_states[i],
                page_size=self.page_size,
                server_cost=self.server_cost,
            )
            listener = await serve(create_source_app(ctx), self.host, sock)
            self._contexts.append(ctx)
            self._listeners.append(listener)
            self.sources.append(
                DemoSource(
                    index=i,
                    name=source_data.profile.name,
                    port=port,
                    zaken_api=f"{base}{ZAKEN}/",
                    catalogi_api=f"{base}{CATALOGI}/",
                    documenten_api=f"{base}{DOCUMENTEN}/",
                    client_id=CLIENT_ID,
                    secret=self._secrets[i],
                )
            )
        if self.with_brp:
            await self._start_brp()
        if not self.with_klantinteracties:
            self.klantinteracties_token = None
            return
        if importlib.util.find_spec("kcc_desk.demo.klantinteracties") is None:
            log.warning("Klantinteracties API not available; serving the ZGW APIs only")
            self.klantinteracties_token = None
            return
        # The port is bound (and its URL known) now; the API itself is built in the background
        # so the ZGW sources answer sooner. Early connections wait in the listen backlog.
        sock = bind(self.host, self._port_for(len(self.data.sources)))
        base = f"http://{self.host}:{sock.getsockname()[1]}"
        self.klantinteracties_url = f"{base}{KLANTINTERACTIES_PATH}"
        self._ki_task = asyncio.get_running_loop().create_task(self._start_klantinteracties(sock))

    async def _start_brp(self) -> None:
        """The demo BRP: every person of the cases, plus official test persons (issue 14)."""
        persons = [*self.data.persons, *self.data.extra_persons, *self.data.brp_only_persons]
        app = create_brp_app(persons, self.brp_api_key, self._brp_fault_state, self.data.today)
        app.middlewares.insert(0, make_record_middleware(self._brp_request_log))
        sock = bind(self.host, self._port_for(len(self.data.sources) + 1))
        self._brp_listener = await serve(app, self.host, sock)
        self.brp_url = f"http://{self.host}:{self._brp_listener.port}{BRP_PATH}"

    def _build_klantinteracties_app(self, api_root: str) -> web.Application:
        """Runs in a worker thread; keeps the seeded store for tests that count without HTTP."""
        assert self.klantinteracties_token is not None
        app, self.klantinteracties_store = build_klantinteracties_app(
            self.data,
            seed=self.seed,
            token=self.klantinteracties_token,
            fault_state=self._ki_fault_state,
            api_root=api_root,
            request_log=self._ki_request_log,
            seed_zaken=self.seed_zaken,
        )
        return app

    async def _start_klantinteracties(self, sock: socket.socket) -> None:
        assert self.klantinteracties_url is not None
        try:
            app = await asyncio.get_running_loop().run_in_executor(
                None, self._build_klantinteracties_app, self.klantinteracties_url
            )
            self._ki_listener = await serve(app, self.host, sock)
        except Exception:
            # Serve the ZGW part anyway (training still works without contact history); refuse
            # on the Klantinteracties port rather than leave clients waiting in the backlog.
            sock.close()
            self.klantinteracties_url = None
            self.klantinteracties_token = None
            log.exception("Klantinteracties API failed to start; serving the ZGW APIs only")

    async def _wait_klantinteracties(self) -> None:
        if self._ki_task is not None:
            await asyncio.shield(self._ki_task)

    async def _stop_all(self) -> None:
        if self._ki_task is not None:
            with contextlib.suppress(Exception):
                await self._ki_task
        listeners = [*self._listeners, *([self._ki_listener] if self._ki_listener else [])]
        listeners += [self._brp_listener] if self._brp_listener else []
        for listener in listeners:
            await listener.runner.cleanup()
        await asyncio.get_running_loop().shutdown_default_executor()

    # --- seeds for the Klantinteracties part -------------------------------------------------

    def seed_zaken(self) -> list[SeedZaak]:
        """Every case of every source, as the Klantinteracties seeding needs them."""
        return seed_zaken_of(ctx.store for ctx in self._contexts)

    # --- runtime switches --------------------------------------------------------------------

    def set_fault(self, index: int, fault: Fault | None, delay_s: float = 5.0) -> None:
        """Switch a fault on (``None`` clears it). REFUSE closes the port until cleared."""
        state = self._fault_states[index]
        self._apply_fault(self._listeners[index], state, fault, delay_s)

    def klantinteracties_set_fault(self, fault: Fault | None, delay_s: float = 5.0) -> None:
        self._call(self._wait_klantinteracties(), 30.0)
        if self._ki_listener is None:
            raise RuntimeError("Klantinteracties API is not running")
        self._apply_fault(self._ki_listener, self._ki_fault_state, fault, delay_s)

    def brp_set_fault(self, fault: Fault | None, delay_s: float = 5.0) -> None:
        if self._brp_listener is None:
            raise RuntimeError("the demo BRP is not running")
        self._apply_fault(self._brp_listener, self._brp_fault_state, fault, delay_s)

    def brp_request_log(self) -> list[RecordedRequest]:
        return list(self._brp_request_log)

    def brp_bodies(self) -> list[Any]:
        """Every JSON body the demo BRP received (the POST bodies carry the BSNs and names)."""
        if self._brp_listener is None:
            return []
        return list(self._brp_listener.runner.app[BRP_API_KEY].bodies)

    def _apply_fault(
        self, listener: Listener, state: FaultState, fault: Fault | None, delay_s: float
    ) -> None:
        state.delay_s = delay_s
        state.fault = fault
        if fault is Fault.REFUSE:
            self._call(close(listener), 10.0)
        else:
            self._call(reopen(listener), 10.0)

    def set_compat(self, index: int, zaken_api_1_0: bool = True) -> None:
        """Behave as a Zaken API 1.0 server: no rol__ filters, no expand, API-version 1.0.0."""
        self._contexts[index].compat_1_0 = zaken_api_1_0

    def set_catalogi_forbidden(self, index: int, forbidden: bool = True) -> None:
        """Answer 403 on source ``index``'s Catalogi API, as for a client with Zaken rights only
        (the Zaken API still expands statustype and resultaattype)."""
        self._contexts[index].catalogi_forbidden = forbidden

    def set_server_cost(self, model: ServerCost | None) -> None:
        """Hold every ZGW answer back for what it would cost Open Zaak (None: answer at once)."""
        self.server_cost = model
        for ctx in self._contexts:
            ctx.server_cost = model

    def set_latency(self, latency_ms: int) -> None:
        for state in [*self._fault_states, self._ki_fault_state, self._brp_fault_state]:
            state.latency_ms = latency_ms

    def set_page_size(self, page_size: int) -> None:
        for ctx in self._contexts:
            ctx.page_size = page_size

    def request_log(self, index: int) -> list[RecordedRequest]:
        return list(self._contexts[index].request_log)

    def clear_request_log(self, index: int | None = None) -> None:
        """Forget recorded requests of one source, or of every source and Klantinteracties."""
        targets = self._contexts if index is None else [self._contexts[index]]
        for ctx in targets:
            ctx.request_log.clear()
        if index is None:
            self._ki_request_log.clear()
            self._brp_request_log.clear()

    def klantinteracties_request_log(self) -> list[RecordedRequest]:
        return list(self._ki_request_log)

    # --- config ------------------------------------------------------------------------------

    def config_toml(self, agent_id: str | None = None) -> str:
        return render_config(self, agent_id)

    def write_config(self, path: str | Path, agent_id: str | None = None) -> Path:
        """Write a kcc-desk config (TOML) pointing at this server, owner-only (it has secrets)."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.config_toml(agent_id), encoding="utf-8")
        target.chmod(0o600)
        return target
