"""Cases that move on while the demo server runs: a new status, substatus, document or result.

Tests call these one at a time (through :class:`~kcc_desk.demo.server.DemoServer`); training
mode lets :class:`TrainingClock` move a persona's case a step every few minutes, so an agent can
watch a case and see the change arrive. Every edit runs on the server's own loop (no request
sees half an edit) and makes the changed objects be serialised again.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from kcc_desk.demo.data.model import (
    DocumentRec,
    ResultaatRec,
    StatusRec,
    SubStatusRec,
    ZaakRec,
    ZioRec,
)
from kcc_desk.demo.store import SourceStore

log = logging.getLogger(__name__)

# A step every this many seconds in training mode: often enough to see during a lesson.
TRAINING_STEP_S = 180.0
TRAINING_SUBSTATUSSEN = (
    "Wij hebben uw aanvraag doorgestuurd naar de behandelaar",
    "De behandelaar heeft uw stukken bekeken",
    "Wij wachten op advies van een andere afdeling",
)
TRAINING_DOCUMENTEN = ("Ontvangstbevestiging", "Adviesrapport", "Besluit")


class CaseEvolver:
    """Edits one source's cases the way a case handler's system would."""

    def __init__(
        self, store: SourceStore, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._store = store
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    def _zaak(self, zaak_uuid: str) -> ZaakRec:
        return self._store.data.zaken[zaak_uuid]

    def _touched(self, zaak: ZaakRec, moment: datetime) -> None:
        zaak.laatst_gemuteerd = moment
        self._store.forget("zaak", zaak.uuid)

    def next_statustype(self, zaak_uuid: str) -> str | None:
        """The statustype after the current one, or None at the last step."""
        data = self._store.data
        zaak = self._zaak(zaak_uuid)
        order = data.zaaktypen[zaak.zaaktype_uuid].statustype_uuids
        current = data.statussen[zaak.status_uuid].statustype_uuid if zaak.status_uuid else None
        index = order.index(current) + 1 if current in order else 0
        return order[index] if index < len(order) else None

    def add_status(self, zaak_uuid: str, statustype_uuid: str | None = None) -> str:
        data = self._store.data
        zaak = self._zaak(zaak_uuid)
        statustype = statustype_uuid or self.next_statustype(zaak_uuid)
        if statustype is None:
            raise ValueError("the case is at its last step")
        moment = self._now()
        for old in self._store.statussen_by_zaak[zaak_uuid]:
            if old.is_last:
                old.is_last = False
                self._store.forget("status", old.uuid)
        status = StatusRec(
            uuid=str(uuid.uuid4()),
            zaak_uuid=zaak_uuid,
            statustype_uuid=statustype,
            datum_status_gezet=moment,
            statustoelichting=f"Status '{data.statustypen[statustype].omschrijving}' gezet",
            is_last=True,
        )
        data.statussen[status.uuid] = status
        zaak.status_uuids.append(status.uuid)
        self._store.statussen_by_zaak[zaak_uuid].insert(0, status)  # newest first, as OZ
        if data.statustypen[statustype].is_eindstatus and zaak.einddatum is None:
            zaak.einddatum = moment.date()
        self._touched(zaak, moment)
        return status.uuid

    def add_substatus(
        self, zaak_uuid: str, omschrijving: str, doelgroep: str = "betrokkenen"
    ) -> str:
        zaak = self._zaak(zaak_uuid)
        moment = self._now()
        sub = SubStatusRec(
            uuid=str(uuid.uuid4()),
            zaak_uuid=zaak_uuid,
            status_uuid=zaak.status_uuid,
            omschrijving=omschrijving,
            tijdstip=moment,
            doelgroep=doelgroep,
        )
        self._store.data.substatussen[sub.uuid] = sub
        self._store.substatussen_by_zaak[zaak_uuid].append(sub)
        self._touched(zaak, moment)
        return sub.uuid

    def add_document(self, zaak_uuid: str, titel: str) -> str:
        data = self._store.data
        zaak = self._zaak(zaak_uuid)
        moment = self._now()
        iot = next(iter(data.zaaktypen[zaak.zaaktype_uuid].informatieobjecttype_uuids), None)
        iot = iot or next(iter(data.informatieobjecttypen))
        doc = DocumentRec(
            uuid=str(uuid.uuid4()),
            identificatie=f"DOC-{moment.year}-{len(data.documenten) + 1:07d}",
            bronorganisatie=zaak.bronorganisatie,
            creatiedatum=moment.date(),
            titel=titel,
            vertrouwelijkheid="openbaar",
            auteur="Behandelaar",
            status="definitief",
            formaat="text/plain",
            bestandsnaam=f"{titel.lower().replace(' ', '-')}.txt",
            content_lines=(titel,),
            beschrijving=titel,
            informatieobjecttype_uuid=iot,
            begin_registratie=moment,
        )
        data.documenten[doc.uuid] = doc
        zio = ZioRec(
            uuid=str(uuid.uuid4()),
            zaak_uuid=zaak_uuid,
            document_uuid=doc.uuid,
            titel=titel,
            beschrijving=titel,
            registratiedatum=moment,
        )
        data.zios[zio.uuid] = zio
        zaak.zio_uuids.append(zio.uuid)
        self._touched(zaak, moment)
        return zio.uuid

    def close(self, zaak_uuid: str, resultaattype_uuid: str | None = None) -> str:
        """Give the case its result and end date (the last status is not set here)."""
        data = self._store.data
        zaak = self._zaak(zaak_uuid)
        moment = self._now()
        rt = resultaattype_uuid or data.zaaktypen[zaak.zaaktype_uuid].resultaattype_uuids[0]
        res = ResultaatRec(str(uuid.uuid4()), zaak_uuid, rt, data.resultaattypen[rt].toelichting)
        data.resultaten[res.uuid] = res
        zaak.resultaat_uuid = res.uuid
        zaak.einddatum = moment.date()
        self._touched(zaak, moment)
        return res.uuid

    def step(self, zaak_uuid: str, rng: random.Random) -> str:
        """Training: one plausible change to an open case; returns what it did."""
        zaak = self._zaak(zaak_uuid)
        if zaak.einddatum is not None:
            return "closed"
        roll = rng.random()
        nxt = self.next_statustype(zaak_uuid)
        if roll < 0.2:
            self.add_substatus(zaak_uuid, rng.choice(TRAINING_SUBSTATUSSEN))
            return "substatus"
        if roll < 0.35:
            self.add_document(zaak_uuid, rng.choice(TRAINING_DOCUMENTEN))
            return "document"
        if nxt is None or self._store.data.statustypen[nxt].is_eindstatus:
            self.close(zaak_uuid)
            if nxt is not None:
                self.add_status(zaak_uuid, nxt)
            return "closed"
        self.add_status(zaak_uuid, nxt)
        return "status"


class TrainingClock:
    """Training mode: every ``every_s`` one open case of the training personas moves on."""

    def __init__(
        self,
        evolvers: list[CaseEvolver],
        cases: list[list[str]],
        *,
        every_s: float = TRAINING_STEP_S,
        seed: int = 1,
    ) -> None:
        self._evolvers = evolvers
        self._cases = cases  # per source: the zaak uuids that may move
        self._every_s = every_s
        self._rng = random.Random(f"{seed}-training-clock")
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._every_s)
            self.tick()

    def tick(self) -> str | None:
        """Move one case (the first source with an open one, chosen at random)."""
        order = list(range(len(self._evolvers)))
        self._rng.shuffle(order)
        for index in order:
            candidates = [u for u in self._cases[index] if _open(self._evolvers[index], u)]
            if candidates:
                zaak = self._rng.choice(candidates)
                what = self._evolvers[index].step(zaak, self._rng)
                log.info("oefenzaak bijgewerkt: %s", what)
                return what
        return None


def _open(evolver: CaseEvolver, zaak_uuid: str) -> bool:
    return evolver._zaak(zaak_uuid).einddatum is None
