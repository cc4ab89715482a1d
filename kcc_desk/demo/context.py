"""Per-source runtime state shared by the handlers, the middlewares and ``DemoServer``."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from kcc_desk.demo.faults import FaultState
from kcc_desk.demo.server_cost import ServerCost
from kcc_desk.demo.store import SourceStore

ZAKEN_VERSION = "1.5.1"
ZAKEN_VERSION_COMPAT = "1.0.0"
CATALOGI_VERSION = "1.3.1"
DOCUMENTEN_VERSION = "1.4.2"


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the server saw it (for tests that count or check the client's calls)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    raw_query: str = ""
    body: bytes = b""
    # Positions in the log of the requests still being answered when this one arrived (tests
    # check concurrency with it: "page 2 and 3 in flight together", a per-source limit).
    in_flight_with: frozenset[int] = frozenset()


@dataclass(slots=True)
class SourceContext:
    store: SourceStore
    secrets: dict[str, str]  # client_id -> secret
    fault_state: FaultState
    page_size: int = 100
    compat_1_0: bool = False
    server_cost: ServerCost | None = None  # model Open Zaak's server time (benchmarks)
    catalogi_forbidden: bool = False  # a client with Zaken rights only: 403 on Catalogi
    request_log: list[RecordedRequest] = field(default_factory=list)

    @property
    def base(self) -> str:
        return self.store.urls.base

    @property
    def zaken_version(self) -> str:
        return ZAKEN_VERSION_COMPAT if self.compat_1_0 else ZAKEN_VERSION


CTX: web.AppKey[SourceContext] = web.AppKey("ctx", SourceContext)


def ctx_of(request: web.Request) -> SourceContext:
    """The source a request came in on (every ZGW handler starts here)."""
    return request.app[CTX]
