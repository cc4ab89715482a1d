"""The DemoServer's case and catalogue changes (tests and training mode), kept apart from its
life cycle.

A case edit runs on the server's loop and returns the new object's UUID; a record edit
(``change_statustype``, ``change_substatus``) changes it in place and forgets its cached JSON.
"""

from __future__ import annotations

import asyncio
from typing import Any

from kcc_desk.demo.context import SourceContext
from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_KVK
from kcc_desk.demo.evolve import TRAINING_STEP_S, CaseEvolver, TrainingClock


class CaseChanges:
    _contexts: list[SourceContext]
    _training_clock: TrainingClock | None = None

    def _call(self, coro: Any, timeout: float) -> Any:  # provided by DemoServer
        raise NotImplementedError

    def _evolver(self, index: int) -> CaseEvolver:
        return CaseEvolver(self._contexts[index].store)

    async def _on_loop(self, index: int, edit: str, *args: Any) -> Any:
        return getattr(self._evolver(index), edit)(*args)

    def add_status(self, index: int, zaak_uuid: str, statustype_uuid: str | None = None) -> str:
        """Set the next status (or ``statustype_uuid``) on a case, as its handler would."""
        result: str = self._call(self._on_loop(index, "add_status", zaak_uuid, statustype_uuid), 10)
        return result

    def add_substatus(self, index: int, zaak_uuid: str, omschrijving: str) -> str:
        result: str = self._call(self._on_loop(index, "add_substatus", zaak_uuid, omschrijving), 10)
        return result

    def add_document(self, index: int, zaak_uuid: str, titel: str) -> str:
        result: str = self._call(self._on_loop(index, "add_document", zaak_uuid, titel), 10)
        return result

    def close_case(self, index: int, zaak_uuid: str) -> str:
        """Give a case its resultaat and einddatum."""
        result: str = self._call(self._on_loop(index, "close", zaak_uuid), 10)
        return result

    def start_training_clock(self, every_s: float = TRAINING_STEP_S, seed: int = 1) -> None:
        """Training mode: a training persona's case moves a step every ``every_s`` seconds."""
        cases = [
            sorted(
                ctx.store.zaken_by_key["bsn"].get(PERSONA_BSN, set())
                | ctx.store.zaken_by_key["kvk"].get(PERSONA_KVK, set())
            )
            for ctx in self._contexts
        ]
        clock = TrainingClock(
            [CaseEvolver(ctx.store) for ctx in self._contexts], cases, every_s=every_s, seed=seed
        )

        async def start() -> None:
            clock.start()

        self._call(start(), 10)
        self._training_clock = clock

    def stop_training_clock(self) -> None:
        clock = self._training_clock
        if clock is not None:

            async def stop() -> None:
                clock.stop()
                await asyncio.sleep(0)

            self._call(stop(), 10)
            self._training_clock = None

    def change_statustype(self, index: int, uuid: str, **changes: Any) -> None:
        """Edit a statustype in source ``index`` (as a catalogue administrator could): its
        detail gets a new ETag, the lists and later answers show the new values."""
        self._change(
            index, "statustype", self._contexts[index].store.data.statustypen, uuid, changes
        )

    def change_substatus(self, index: int, uuid: str, **changes: Any) -> None:
        """Edit a substatus in source ``index`` (e.g. ``doelgroep=""``, which Open Zaak allows)."""
        self._change(
            index, "substatus", self._contexts[index].store.data.substatussen, uuid, changes
        )

    def _change(
        self, index: int, kind: str, table: dict[str, Any], uuid: str, changes: dict[str, Any]
    ) -> None:
        record = table[uuid]
        for name, value in changes.items():
            if not hasattr(record, name):
                raise AttributeError(name)
            setattr(record, name, value)
        self._contexts[index].store.forget(kind, uuid)
