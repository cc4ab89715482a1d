"""The HTTP client against replayed real Open Zaak 1.30 exchanges (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import asyncio

import jwt
import pytest

from kcc_desk.services.catalog_cache import FRESH_FOR_S, TRUST_FOR_S, CatalogCache
from kcc_desk.services.errors import ApiError, InvalidResponseError
from kcc_desk.services.pagination import get_list
from kcc_desk.services.zgw_client import ZgwClient
from tests.services.conftest import REPLAY_SECRET
from tests.services.replay import ReplayServer

BSN = "999993653"
SRC = "Open Zaak (opname)"
BSN_FILTER = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


async def test_list_zaken_sends_jwt_and_crs(replay: ReplayServer, replay_client: ZgwClient) -> None:
    items, first = await get_list(
        replay_client, f"{replay.base}/zaken/api/v1/zaken", {BSN_FILTER: BSN}, source_name=SRC
    )
    assert {z["identificatie"] for z in items} == {"ZAAK-2026-0000000001", "ZAAK-2026-0000000002"}
    assert first.api_version == "1.5.1"
    seen = replay.seen[-1]
    assert seen.headers["Accept-Crs"] == "EPSG:4326"
    scheme, token = seen.headers["Authorization"].split(" ")
    assert scheme == "Bearer"
    claims = jwt.decode(token, REPLAY_SECRET, algorithms=["HS256"])
    assert claims["iss"] == claims["client_id"] == "kcc-desk-test"
    assert claims["user_id"] == claims["user_representation"] == "j.jansen"
    assert isinstance(claims["iat"], int)
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}


async def test_403_problem_becomes_typed_error(
    replay: ReplayServer, replay_client: ZgwClient
) -> None:
    replay.prefer.add("err_403_list_no_autorisaties")
    with pytest.raises(ApiError) as info:
        await get_list(
            replay_client, f"{replay.base}/zaken/api/v1/zaken", {BSN_FILTER: BSN}, source_name=SRC
        )
    assert info.value.status == 403
    assert str(info.value.reason) == "geen toegang (403)"
    assert info.value.code == "permission_denied"
    assert "toestemming" in info.value.server_message
    assert BSN not in info.value.message


async def test_unknown_parameter_is_recognised(
    replay: ReplayServer, replay_client: ZgwClient
) -> None:
    with pytest.raises(ApiError) as info:
        await replay_client.get_json(
            f"{replay.base}/zaken/api/v1/zaken", {BSN_FILTER: BSN, "foo": "bar"}, source_name=SRC
        )
    assert info.value.unknown_parameters


async def test_pagination_follows_next(replay: ReplayServer, replay_client: ZgwClient) -> None:
    params = {BSN_FILTER: BSN, "pageSize": "1", "ordering": "-startdatum"}
    items, _ = await get_list(
        replay_client, f"{replay.base}/zaken/api/v1/zaken", params, source_name=SRC
    )
    assert len(items) == 2
    assert [s.recording for s in replay.seen] == [
        "oz_zaken_by_bsn_pagesize1",
        "oz_zaken_by_bsn_page2",
    ]


async def test_plain_array_list(replay: ReplayServer, replay_client: ZgwClient) -> None:
    zaak = f"{replay.base}/zaken/api/v1/zaken/69802aa1-4c98-447d-ae5a-a9385cd2e732"
    items, _ = await get_list(
        replay_client,
        f"{replay.base}/zaken/api/v1/zaakinformatieobjecten",
        {"zaak": zaak},
        source_name=SRC,
    )
    assert len(items) == 1
    assert items[0]["informatieobject"].startswith(replay.base)


async def test_catalog_cache_revalidates_with_etag(
    replay: ReplayServer, replay_client: ZgwClient
) -> None:
    now = [0.0]
    cache = CatalogCache(replay_client, clock=lambda: now[0])
    url = f"{replay.base}/catalogi/api/v1/statustypen/1c0a6dfd-c8ad-4cfe-83d7-27bd780a131b"
    first = await cache.get(url, source_name=SRC)
    again = await cache.get(url, source_name=SRC)
    assert again is first and cache.fetches == 1  # fresh: no request at all
    # Due for confirmation: still used as it is; confirmed in the background with a 304.
    now[0] = FRESH_FOR_S + 1
    assert await cache.get(url, source_name=SRC) is first and cache.fetches == 1
    assert cache.due()
    await cache.revalidate()
    assert cache.fetches == 2 and not cache.due()
    assert replay.seen[-1].recording == "ztc_statustype_detail_if_none_match"
    assert replay.seen[-1].headers["If-None-Match"] == '"bf3e2449cfd30d6ce5c5cd5b5c06c851"'
    # Not confirmed for too long: not trusted any more, confirmed before it is used.
    now[0] += TRUST_FOR_S
    revalidated = await cache.get(url, source_name=SRC)
    assert revalidated == first and cache.fetches == 3
    assert replay.seen[-1].recording == "ztc_statustype_detail_if_none_match"


async def test_404_detail(replay: ReplayServer, replay_client: ZgwClient) -> None:
    with pytest.raises(ApiError) as info:
        await replay_client.get_json(
            f"{replay.base}/zaken/api/v1/zaken/966468b1-82cf-4ea5-af61-e0bdbf28be77",
            source_name=SRC,
        )
    assert info.value.status == 404


async def test_url_outside_configured_roots_is_refused(
    replay: ReplayServer, replay_client: ZgwClient
) -> None:
    with pytest.raises(InvalidResponseError):
        await replay_client.get_json("http://127.0.0.2:9/zaken/api/v1/zaken", source_name=SRC)
    assert replay.seen == []


async def test_catalog_cache_shares_one_fetch_and_survives_a_cancelled_waiter(
    replay: ReplayServer, replay_client: ZgwClient
) -> None:
    cache = CatalogCache(replay_client)
    url = f"{replay.base}/catalogi/api/v1/zaaktypen/c3229c67-09a2-4943-afa5-7da445495014"
    first = asyncio.create_task(cache.get(url, source_name=SRC))
    second = asyncio.create_task(cache.get(url, source_name=SRC))
    await asyncio.sleep(0)  # both are waiting on the same fetch now
    first.cancel()  # e.g. the agent started a new lookup
    body = await second
    assert body["omschrijving"] == "Aanvraag parkeervergunning"
    with pytest.raises(asyncio.CancelledError):
        await first
    assert cache.fetches == 1 and len(replay.seen) == 1
    assert cache.peek(url) == body  # the fetch completed into the cache
