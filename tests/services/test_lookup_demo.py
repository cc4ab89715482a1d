"""The lookup service against the demo server over real HTTP (read-only tests, shared server)."""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from kcc_desk.demo.server import BENCHMARK_BSN_20, PERSONA_BSN, PERSONA_KVK, DemoServer
from kcc_desk.services.errors import DocumentNotAllowedError
from kcc_desk.services.identifiers import IdentifierKind, InvalidIdentifierError, Query
from kcc_desk.services.models import (
    SourcePhase,
    SourceProgress,
    StepState,
    confidentiality_rank,
)
from tests.services.conftest import demo_config, demo_service
from tests.services.spec_check import validate_request


async def test_persona_found_in_both_sources(demo_server: DemoServer, tmp_path: Path) -> None:
    events: list[SourceProgress] = []
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN, on_progress=events.append)
    assert all(s.ok for s in result.sources) and not result.partial
    assert len(result.cases) >= 3
    assert {c.source for c in result.cases} == set(service.source_names)
    # STARTED for every source before its FINISHED, which carries that source's cases.
    for name in service.source_names:
        phases = [e.phase for e in events if e.name == name]
        assert phases == [SourcePhase.STARTED, SourcePhase.FINISHED]
        finished = next(e for e in events if e.name == name and e.outcome is not None)
        assert finished.outcome is not None and finished.outcome.count == len(finished.cases)
    # Most recent activity first.
    moments = [c.last_activity for c in result.cases]
    assert all(m is not None for m in moments)
    assert moments == sorted(moments, key=lambda m: m.timestamp() if m else 0, reverse=True)
    # The case in both sources is shown once, naming the other source.
    shared = [c for c in result.cases if c.also_in]
    assert len(shared) == 1
    assert len({c.identificatie for c in result.cases}) == len(result.cases)
    for case in result.cases:
        assert case.zaaktype and case.status is not None and case.status.omschrijving


async def test_closed_case_has_result_and_final_status(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
    closed = [c for c in result.cases if not c.is_open]
    assert closed
    assert all(c.resultaat and c.status and c.status.is_eindstatus for c in closed)


async def test_company_by_kvk_in_both_variants(demo_server: DemoServer, tmp_path: Path) -> None:
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_KVK)
    assert all(s.ok for s in result.sources)
    assert len(result.cases) >= 2
    # Source 1 keeps the KVK number in kvkNummer, source 2 in innNnpId: both are found.
    assert {c.source for c in result.cases} == set(service.source_names)


async def test_case_number_with_slash_and_space(demo_server: DemoServer, tmp_path: Path) -> None:
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        persona = await service.lookup(PERSONA_BSN)
        number = next(c.identificatie for c in persona.cases if "/" in c.identificatie)
        assert " " in number
        demo_server.clear_request_log()
        result = await service.lookup(number)
    assert [c.identificatie for c in result.cases] == [number]
    assert all(s.ok for s in result.sources)
    sent = [r for r in demo_server.request_log(1) if r.path.endswith("/zaken")]
    assert sent and sent[0].query["identificatie"] == number


async def test_invalid_bsn_sends_nothing(demo_server: DemoServer, tmp_path: Path) -> None:
    demo_server.clear_request_log()
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        with pytest.raises(InvalidIdentifierError) as info:
            await service.lookup("123456789")
    assert "BSN" in info.value.message
    assert all(demo_server.request_log(i) == [] for i in range(2))


async def test_warm_lookup_needs_one_request_per_source(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        demo_server.clear_request_log()
        cold = await service.lookup(BENCHMARK_BSN_20)
        cold_requests = sorted(r.path.rsplit("/", 1)[1] for r in demo_server.request_log(0))
        demo_server.clear_request_log()
        warm = await service.lookup(BENCHMARK_BSN_20)
        warm_requests = [len(demo_server.request_log(i)) for i in range(2)]
    assert len(cold.cases) == len(warm.cases) == 20
    # /zaken with the zaaktypen list alongside it, then the type lists of its 3 zaaktypen.
    assert cold_requests == ["resultaattypen"] * 3 + ["statustypen"] * 3 + ["zaaktypen", "zaken"]
    assert warm_requests == [1, 1]


async def test_timeline_with_substatussen(demo_server: DemoServer, tmp_path: Path) -> None:
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
        details = [await service.case_detail(c) for c in result.cases]
    with_subs = [d for d in details if any(s.substatussen for s in d.timeline)]
    assert with_subs
    steps = with_subs[0].timeline
    assert [s.volgnummer for s in steps] == sorted(s.volgnummer for s in steps)
    current = [s for s in steps if s.state is StepState.CURRENT]
    assert len(current) == 1
    doelgroepen = {sub.doelgroep for s in steps for sub in s.substatussen}
    assert doelgroepen == {"betrokkenen", "intern"}
    for detail in details:
        assert detail.substatus_supported and not detail.warnings
        assert detail.roles and any(r.omschrijving_generiek == "initiator" for r in detail.roles)
        assert all(r.naam for r in detail.roles)
        states = [s.state for s in detail.timeline]
        # DONE steps come first, then at most one CURRENT, then PLANNED ones.
        assert states == sorted(
            states, key=[StepState.DONE, StepState.CURRENT, StepState.PLANNED].index
        )
        assert all(s.datum_status_gezet for s in detail.timeline if s.state is StepState.CURRENT)
    addresses = [o.omschrijving for d in details for o in d.objects if o.object_type == "adres"]
    assert addresses and all(", " in a for a in addresses)


async def test_confidential_documents_listed_not_openable(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(demo_server, tmp_path)
    async with demo_service(config) as service:
        result = await service.lookup(PERSONA_BSN)
        secret = next(c for c in result.cases if c.vertrouwelijkheidaanduiding == "geheim")
        docs = (await service.case_detail(secret)).documents
    assert docs
    for doc in docs:  # the default maximum is zaakvertrouwelijk
        opens = confidentiality_rank(doc.vertrouwelijkheidaanduiding) <= confidentiality_rank(
            "zaakvertrouwelijk"
        )
        assert doc.may_open == opens
    # A stricter maximum closes them, with a reason, and they cannot be downloaded.
    async with demo_service(replace(config, max_confidentiality="openbaar")) as service:
        result = await service.lookup(PERSONA_BSN)
        secret = next(c for c in result.cases if c.vertrouwelijkheidaanduiding == "geheim")
        closed = (await service.case_detail(secret)).documents
        assert closed and not any(d.may_open for d in closed)
        assert all("niet te openen" in str(d.reason_closed) for d in closed)
        with pytest.raises(DocumentNotAllowedError):
            await service.download_document(closed[0])


async def test_download_is_owner_only_with_real_name(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
        docs = [d for c in result.cases for d in (await service.case_detail(c)).documents]
        document = next(d for d in docs if d.may_open)
        path = await service.download_document(document)
        assert path.name == document.bestandsnaam
        assert path.read_bytes()
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(path.parent.parent).st_mode) == 0o700
        service.clear_caller_data()
        assert not path.exists()
        # The catalogue survives a new caller: the next lookup needs one request per source.
        demo_server.clear_request_log()
        await service.lookup(PERSONA_BSN)
        assert [len(demo_server.request_log(i)) for i in range(2)] == [1, 1]


async def test_requests_fit_the_official_specs(demo_server: DemoServer, tmp_path: Path) -> None:
    demo_server.clear_request_log()
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        for text in (PERSONA_BSN, PERSONA_KVK):
            result = await service.lookup(text)
            for case in result.cases:
                await service.case_detail(case)
        await service.lookup(Query(IdentifierKind.ZAAK, result.cases[0].identificatie))
    checked = 0
    for index in range(2):
        for entry in demo_server.request_log(index):
            if entry.path.endswith("/download"):
                continue
            validate_request(entry.method, entry.path, entry.query, entry.headers, zaken_1_0=False)
            checked += 1
    assert checked > 20


async def test_without_preload_each_zaaktype_once(demo_server: DemoServer, tmp_path: Path) -> None:
    config = replace(demo_config(demo_server, tmp_path), preload_catalog=False)
    demo_server.clear_request_log()
    async with demo_service(config) as service:
        result = await service.lookup(BENCHMARK_BSN_20)
    paths = [r.path for r in demo_server.request_log(0)]
    distinct_types = {c.zaaktype_url for c in result.cases}
    assert "/catalogi/api/v1/zaaktypen" not in paths
    assert sum("/zaaktypen/" in p for p in paths) == len(distinct_types) == 3


async def test_logs_hold_no_personal_data(
    demo_server: DemoServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    details = []
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        for text in (PERSONA_BSN, PERSONA_KVK):
            result = await service.lookup(text)
            details += [await service.case_detail(c) for c in result.cases]
    names = {r.naam for d in details for r in d.roles if r.naam}
    assert caplog.records  # something was logged at all
    for secret in (PERSONA_BSN, PERSONA_KVK, *names):
        assert secret not in caplog.text


@pytest.mark.parametrize(
    "spelling",
    [
        lambda n: n.lower(),  # zaak-2026-0001020
        lambda n: n.replace("-", " ").lower(),  # zaak 2026 0001020
        lambda n: n.replace("-", ""),  # ZAAK20260001020
        lambda n: n.replace(" ", "-").lower(),  # bz-2026/1011
    ],
)
async def test_case_number_in_any_case_with_spaces_or_dashes(
    demo_server: DemoServer, tmp_path: Path, spelling: object
) -> None:
    """Case numbers are compared case-insensitively, spaces and dashes ignored, in every source:
    'zaak-2026-0001020' found nothing before."""
    assert callable(spelling)
    tried = 0
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        persona = await service.lookup(PERSONA_BSN)
        for case in persona.cases:
            typed = spelling(case.identificatie)
            if typed == case.identificatie:
                continue  # this spelling changes nothing for this source's numbers
            tried += 1
            result = await service.lookup(typed)
            assert [c.identificatie for c in result.cases] == [case.identificatie], typed
            assert all(s.ok for s in result.sources)
    assert tried >= 2


async def test_case_number_miss_on_a_server_without_the_contains_filter(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    """A Zaken API 1.0 server does not know identificatie__icontains: the miss is a miss, the
    source stays usable and is not asked with that filter again."""
    fresh_demo_server.set_compat(1, zaken_api_1_0=True)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        for _ in range(2):
            result = await service.lookup("bz-2026/9999")
            assert result.cases == () and all(s.ok for s in result.sources)
        sent = [r.query for r in fresh_demo_server.request_log(1) if r.path.endswith("/zaken")]
        assert sum("identificatie__icontains" in q for q in sent) <= 1
        persona = await service.lookup(PERSONA_BSN)
        assert any(c.source == service.source_names[1] for c in persona.cases)


async def test_document_kind_is_the_informatieobjecttype_omschrijving_cached(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    """'Soort' said "Onbekend" for every document: the kind is the informatieobjecttype's
    omschrijving from Catalogi, fetched once per type like the zaaktypen."""
    names = {
        kind.omschrijving
        for data in demo_server.data.sources
        for kind in data.informatieobjecttypen.values()
    }
    async with demo_service(demo_config(demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
        kinds: list[str] = []
        for case in result.cases:
            kinds += [d.informatieobjecttype for d in (await service.case_detail(case)).documents]
        assert kinds and set(kinds) <= names
        fetched = service.catalog.fetches
        service.clear_caller_data()
        for case in result.cases:
            await service.case_detail(case)
        assert service.catalog.fetches == fetched  # cached: not asked again
