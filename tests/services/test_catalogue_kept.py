"""The catalogue over real HTTP: what the search expands, each zaaktype's types fetched once, the
catalogue kept between runs (restart, revalidation, a changed type, a stale list, a corrupt
file). Every test gets its own demo server (it is changed, or its request log must be exact)."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from kcc_desk.demo.context import RecordedRequest
from kcc_desk.demo.server import BENCHMARK_BSN_20, PERSONA_BSN, PERSONA_KVK, DemoServer
from kcc_desk.services import catalog_store
from kcc_desk.services.catalog_cache import FRESH_FOR_S
from kcc_desk.services.config import AppConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService
from tests.services.conftest import demo_config

# Long enough that requests sent together are still open when the last of them arrives, also
# on a loaded machine (no test measures time).
LATENCY_MS = 250

CATALOGI = "/catalogi/api/v1/"


def service(config: AppConfig, kept: Path) -> LookupService:
    return LookupService(
        config,
        Credentials(config, environ={}, keyring_get=lambda s, u: None),
        catalogue_file=kept,
    )


def catalogue_requests(log: list[RecordedRequest]) -> list[RecordedRequest]:
    return [r for r in log if r.path.startswith(CATALOGI)]


def age_kept_file(kept: Path, seconds: float) -> None:
    """Pretend the kept catalogue was last confirmed ``seconds`` ago (a restart next morning)."""
    snapshot = catalog_store.load(kept)
    assert snapshot is not None
    for entry in snapshot.objects.values():
        entry.checked_at -= seconds
    for bundle in snapshot.types.values():
        bundle.checked_at -= seconds
    catalog_store.save(kept, snapshot)


async def test_search_expands_only_status_and_resultaat(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    async with service(config, tmp_path / "kept.json") as lookup:
        result = await lookup.lookup(PERSONA_BSN)
    assert all(s.ok for s in result.sources)
    for index in range(2):
        searches = [r for r in fresh_demo_server.request_log(index) if r.path.endswith("/zaken")]
        assert searches and {r.query["expand"] for r in searches} == {"status,resultaat"}
    # The types still reach the agent: from the catalogue.
    assert all(c.status and c.status.omschrijving and c.status.statustekst for c in result.cases)
    assert all(c.resultaat for c in result.cases if not c.is_open)


async def test_each_zaaktype_types_fetched_once_per_run(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    async with service(config, tmp_path / "kept.json") as lookup:
        for query in (PERSONA_BSN, PERSONA_KVK, BENCHMARK_BSN_20, PERSONA_BSN, BENCHMARK_BSN_20):
            result = await lookup.lookup(query)
            for case in result.cases:  # opening a case uses the same statustypen
                await lookup.case_detail(case)
    for index in range(2):
        log = catalogue_requests(fresh_demo_server.request_log(index))
        lists = Counter(
            (r.path.rsplit("/", 1)[1], r.query["zaaktype"]) for r in log if "zaaktype" in r.query
        )
        assert lists and max(lists.values()) == 1, lists
        kinds = {kind for kind, _ in lists}
        assert kinds == {"statustypen", "resultaattypen"}
        # No such type was fetched on its own.
        assert not [r for r in log if any(f"/{kind}/" in r.path for kind in kinds)]
        # The documents' kinds (no zaaktype filter in Catalogi 1.3): each type once per run.
        documents = Counter(r.path for r in log if "/informatieobjecttypen/" in r.path)
        assert documents and max(documents.values()) == 1, documents


async def test_restart_uses_kept_catalogue_then_confirms_it(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    kept = tmp_path / "kept.json"
    async with service(config, kept) as lookup:
        first = await lookup.lookup(BENCHMARK_BSN_20)
    assert kept.exists()
    for run in range(2):  # the first confirmation learns the ETags, the second uses them
        age_kept_file(kept, FRESH_FOR_S + 60)
        fresh_demo_server.clear_request_log()
        async with service(config, kept) as lookup:
            again = await lookup.lookup(BENCHMARK_BSN_20)
            before = fresh_demo_server.request_log(0)
            # Zero catalogue requests before (or for) the search: one request, the search.
            assert [r.path.rsplit("/", 1)[1] for r in before] == ["zaken"]
            await lookup.kept_catalogue.settled()
        assert again.cases == first.cases
        confirmed = catalogue_requests(fresh_demo_server.request_log(0))
        assert confirmed, "the kept catalogue was not confirmed after the search"
        assert all(r.method == "GET" and not r.query for r in confirmed)  # details only
        if run == 1:
            assert all("if-none-match" in r.headers for r in confirmed)
    # Confirmed entries are fresh again: a third start sends nothing but the search.
    fresh_demo_server.clear_request_log()
    async with service(config, kept) as lookup:
        await lookup.lookup(BENCHMARK_BSN_20)
        await lookup.kept_catalogue.settled()
    assert len(fresh_demo_server.request_log(0)) == 1


async def test_changed_statustype_replaces_the_kept_one(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    kept = tmp_path / "kept.json"
    async with service(config, kept) as lookup:
        before = await lookup.lookup(BENCHMARK_BSN_20)
    case = next(c for c in before.cases if c.status is not None and not c.status.is_eindstatus)
    assert case.status is not None
    store = fresh_demo_server._contexts[0].store
    zaak = store.data.zaken[case.url.rsplit("/", 1)[1]]
    assert zaak.status_uuid is not None
    statustype_uuid = store.data.statussen[zaak.status_uuid].statustype_uuid
    fresh_demo_server.change_statustype(
        0, statustype_uuid, omschrijving="Wordt beoordeeld", statustekst="Nieuwe uitleg."
    )
    age_kept_file(kept, FRESH_FOR_S + 60)
    async with service(config, kept) as lookup:
        await lookup.lookup(BENCHMARK_BSN_20)  # kept values, confirmed afterwards
        await lookup.kept_catalogue.settled()
        after = await lookup.lookup(BENCHMARK_BSN_20)
    changed = next(c for c in after.cases if c.url == case.url)
    assert changed.status is not None
    assert (changed.status.omschrijving, changed.status.statustekst) == (
        "Wordt beoordeeld",
        "Nieuwe uitleg.",
    )
    # And the kept file has the new one for the next start.
    async with service(config, kept) as lookup:
        fresh_demo_server.clear_request_log()
        restarted = await lookup.lookup(BENCHMARK_BSN_20)
    same = next(c for c in restarted.cases if c.url == case.url)
    assert same.status is not None and same.status.omschrijving == "Wordt beoordeeld"


async def test_stale_kept_list_is_refreshed_never_shown_wrong(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    kept = tmp_path / "kept.json"
    async with service(config, kept) as lookup:
        truth = await lookup.lookup(BENCHMARK_BSN_20)
    # The kept statustypen of one zaaktype miss the statustype a case now has (as if the list
    # was kept before that statustype existed).
    case = next(c for c in truth.cases if c.status is not None)
    snapshot = catalog_store.load(kept)
    assert snapshot is not None
    bundle = snapshot.types[case.zaaktype_url]
    current = next(
        u
        for u in bundle.urls["statustypen"]
        if snapshot.objects[u].body["omschrijving"] == case.status.omschrijving  # type: ignore[union-attr]
    )
    bundle.urls["statustypen"].remove(current)
    del snapshot.objects[current]
    catalog_store.save(kept, snapshot)
    fresh_demo_server.clear_request_log()
    async with service(config, kept) as lookup:
        result = await lookup.lookup(BENCHMARK_BSN_20)
    assert result.cases == truth.cases
    refreshed = catalogue_requests(fresh_demo_server.request_log(0))
    assert {r.query.get("zaaktype") for r in refreshed} == {case.zaaktype_url}


async def test_corrupt_or_foreign_kept_file_is_rebuilt(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    kept = tmp_path / "kept.json"
    async with service(config, kept) as lookup:
        truth = await lookup.lookup(PERSONA_BSN)
    for damage in (
        b'{"format": "kcc-desk-catalogus", "version": 1, "objects": {"x": ',  # cut off
        b"\x00\xff not json",
        b'{"format": "kcc-desk-catalogus", "version": 999, "objects": {}}',
        b'["something", "else"]',
        b'{"format": "kcc-desk-catalogus", "version": 1, "objects": {"u": 5}, "types": []}',
    ):
        kept.write_bytes(damage)
        async with service(config, kept) as lookup:
            result = await lookup.lookup(PERSONA_BSN)
        assert result.cases == truth.cases
        rebuilt = catalog_store.load(kept)
        assert rebuilt is not None and rebuilt.objects and rebuilt.types


async def test_kept_file_holds_catalogue_data_only(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    kept = tmp_path / "cache" / "kept.json"
    async with service(config, kept) as lookup:
        for query in (PERSONA_BSN, PERSONA_KVK):
            result = await lookup.lookup(query)
            for case in result.cases:
                await lookup.case_detail(case)
    text = kept.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "kcc-desk-catalogus" and document["version"] == 1
    roots = tuple(s.catalogi_api for s in config.sources)
    assert document["objects"] and all(u.startswith(roots) for u in document["objects"])
    assert all(u.startswith(roots) for u in document["types"])
    for private in (PERSONA_BSN, PERSONA_KVK, "/zaken/api/", "/documenten/api/"):
        assert private not in text
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600


async def test_default_place_is_the_users_cache_folder(
    fresh_demo_server: DemoServer, tmp_path: Path, isolated_user_dirs: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    async with LookupService(
        config, Credentials(config, environ={}, keyring_get=lambda s, u: None)
    ) as lookup:
        await lookup.lookup(PERSONA_BSN)
    assert (isolated_user_dirs / "cache" / "kcc-desk" / "catalogus.json").is_file()


async def test_a_catalogue_that_cannot_be_written_costs_nothing(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = demo_config(fresh_demo_server, tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    kept = blocker / "kept.json"  # its folder cannot be made
    async with service(config, kept) as lookup:
        result = await lookup.lookup(PERSONA_BSN)
        again = await lookup.lookup(PERSONA_BSN)
    assert result.cases == again.cases and all(s.ok for s in result.sources)
    assert not kept.exists()


async def test_unknown_zaaktype_after_restart_comes_in_one_burst(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    server = demo_server_factory(sources=1, latency_ms=LATENCY_MS, klantinteracties=False)
    config = demo_config(server, tmp_path)
    kept = tmp_path / "kept.json"
    async with service(config, kept) as lookup:
        await lookup.lookup(BENCHMARK_BSN_20)  # keeps 3 zaaktypen with their types
    # Forget the zaaktypen no case used (the preload brought them): they are new next time.
    snapshot = catalog_store.load(kept)
    assert snapshot is not None
    for url in [u for u in snapshot.objects if "/zaaktypen/" in u and u not in snapshot.types]:
        del snapshot.objects[url]
    catalog_store.save(kept, snapshot)
    server.clear_request_log()
    async with service(config, kept) as lookup:
        result = await lookup.lookup(PERSONA_BSN)  # some of her zaaktypen are new
    assert result.cases and all(c.zaaktype and c.status for c in result.cases)
    log = server.request_log(0)
    assert not [r for r in log if r.path.endswith("/zaaktypen")]  # no preload: a kept catalogue
    # Whatever the kept catalogue lacks (her other zaaktypen with their type lists) is asked
    # for in one burst.
    burst = [i for i, r in enumerate(log) if r.path.startswith(CATALOGI)]
    assert burst and all(a in log[b].in_flight_with for a in burst for b in burst if a < b)
    lists = Counter(
        (log[i].path.rsplit("/", 1)[1], log[i].query["zaaktype"])
        for i in burst
        if "zaaktype" in log[i].query
    )
    new = {zaaktype for _, zaaktype in lists}
    assert new and set(lists) == {(k, z) for z in new for k in ("statustypen", "resultaattypen")}
    assert max(lists.values()) == 1
    base = server.sources[0].catalogi_api.split(CATALOGI)[0]
    fetched = sorted(base + log[i].path for i in burst if "/zaaktypen/" in log[i].path)
    assert fetched == sorted(new)  # and each new zaaktype itself, once


async def test_source_whose_catalogue_is_forbidden_expands_the_types_instead(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    """Authorisations with Zaken rights only: the catalogue answers 403. The types then come
    from the search after all (one extra search, once), never a failing source."""
    fresh_demo_server.set_catalogi_forbidden(0)
    config = demo_config(fresh_demo_server, tmp_path)
    async with service(config, tmp_path / "kept.json") as lookup:
        first = await lookup.lookup(BENCHMARK_BSN_20)
        await lookup.kept_catalogue.settled()  # the refused burst may still be finishing
        fresh_demo_server.clear_request_log(0)
        second = await lookup.lookup(BENCHMARK_BSN_20)
    assert all(s.ok for s in first.sources) and len(first.cases) == 20
    assert [c.url for c in first.cases] == [c.url for c in second.cases]
    assert all(c.status and c.status.omschrijving and c.status.statustekst for c in first.cases)
    assert all(c.resultaat for c in first.cases if not c.is_open)
    searches = [r for r in fresh_demo_server.request_log(0) if r.path.endswith("/zaken")]
    assert [r.query["expand"] for r in searches] == [
        "zaaktype,status,status.statustype,resultaat,resultaat.resultaattype"
    ]
    assert all(c.zaaktype for c in second.cases)  # the zaaktype from the search as well
    assert not catalogue_requests(fresh_demo_server.request_log(0))  # not asked again
