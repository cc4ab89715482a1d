"""The DemoServer's Klantinteracties API: imported, seeded and built in a worker thread (seeding
takes a moment, the ZGW sources answer meanwhile). Kept apart from the server's life cycle."""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from aiohttp import web

from kcc_desk.demo.app import make_record_middleware
from kcc_desk.demo.context import RecordedRequest
from kcc_desk.demo.data.generate import N_PERSONS, DemoData
from kcc_desk.demo.faults import FaultState
from kcc_desk.demo.seedtypes import SeedZaak

KLANTINTERACTIES_PATH = "/klantinteracties/api/v1/"


def load_klantinteracties() -> Any | None:
    """The Klantinteracties package, built separately; serve ZGW only while it is absent."""
    try:
        return importlib.import_module("kcc_desk.demo.klantinteracties")
    except ModuleNotFoundError:
        return None


def build_klantinteracties_app(
    data: DemoData,
    *,
    seed: int,
    token: str,
    fault_state: FaultState,
    api_root: str,
    request_log: list[RecordedRequest],
    seed_zaken: Callable[[], list[SeedZaak]],
) -> tuple[web.Application, Any]:
    """Import, seed and build the Klantinteracties app; returns it with its store."""
    module = load_klantinteracties()
    assert module is not None
    store = module.KlantinteractiesStore()
    module.seed_klantinteracties(
        store,
        random.Random(f"{seed}-klantinteracties"),
        data.seed_persons(),
        seed_zaken(),
        data.seed_companies(),
    )
    _seed_review_history(store, data, seed, seed_zaken())
    app: web.Application = module.create_klantinteracties_app(store, token, fault_state, api_root)
    # Outermost, so refused or faulty requests are counted too (as on the ZGW sources).
    app.middlewares.insert(0, make_record_middleware(request_log))
    return app, store


def _seed_review_history(store: Any, data: DemoData, seed: int, seed_zaken: list[SeedZaak]) -> None:
    """The team lead's six weeks (``history_seed``), on its own random stream so the callers'
    histories above stay exactly as they were."""
    from kcc_desk.demo.klantinteracties.history_seed import seed_history

    personas = data.persons[: max(0, len(data.persons) - N_PERSONS)]
    seed_history(
        store,
        random.Random(f"{seed}-review-history"),
        seed_zaken,
        today=data.today,
        now=datetime.now(UTC) if data.today == date.today() else None,
        exclude_callers={p.bsn for p in personas} | {c.kvk for c in data.companies[:1]},
    )
