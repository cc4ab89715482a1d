"""`--server-cost openzaak`: what each request would cost Open Zaak 1.30, in proportion to the
table in zgw-recorded/README.md (20 cases of the benchmark caller), reported in Server-Timing;
and the catalogue behaviour the lookup relies on (list answers without ETag, details with)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from kcc_desk.demo.data.personas import BENCHMARK_BSN_20
from kcc_desk.demo.server import DemoServer, ServerCost
from tests.demo.helpers import BSN_PARAM, client
from tests.demo.test_cli import _bearer

# expand → (lowest, highest) server time measured on Open Zaak 1.30, 2026-12-05, 20 cases
MEASURED_MS = {
    "": (100, 138),
    "status": (184, 212),
    "status,resultaat": (200, 208),
    "status,status.statustype": (356, 376),
    "status,status.statustype,resultaat,resultaat.resultaattype": (440, 472),
    # The demo now gives every handled case a responsible department too (one more rol each),
    # a little above the 896 ms measured with fewer rollen.
    "zaaktype,status,status.statustype,resultaat,rollen": (822, 950),
}


def server_ms(response: httpx.Response) -> float:
    name, _, duration = response.headers["Server-Timing"].partition(";dur=")
    assert name == "app"
    return float(duration)


@pytest.fixture
def costly(demo_server_factory: Callable[..., DemoServer]) -> DemoServer:
    return demo_server_factory(sources=1, klantinteracties=False, server_cost=ServerCost.OPENZAAK)


def test_search_costs_as_measured(costly: DemoServer) -> None:
    source = costly.sources[0]
    with client(source) as http:
        for expand, (low, high) in MEASURED_MS.items():
            params = {BSN_PARAM: BENCHMARK_BSN_20, **({"expand": expand} if expand else {})}
            response = http.get(source.zaken_api + "zaken", params=params)
            assert response.status_code == 200 and response.json()["count"] == 20
            assert low <= server_ms(response) <= high, expand
        # A dotted path alone expands nothing (Open Zaak): it costs what no expand costs.
        alone = http.get(
            source.zaken_api + "zaken",
            params={BSN_PARAM: BENCHMARK_BSN_20, "expand": "status.statustype"},
        )
        assert all(z["_expand"] == {} for z in alone.json()["results"])
        assert server_ms(alone) <= MEASURED_MS[""][1]


def test_catalogue_costs_and_etags(costly: DemoServer) -> None:
    source = costly.sources[0]
    with client(source) as http:
        zaak = http.get(source.zaken_api + "zaken", params={BSN_PARAM: BENCHMARK_BSN_20})
        zaaktype = zaak.json()["results"][0]["zaaktype"]
        statustypen = http.get(source.catalogi_api + "statustypen", params={"zaaktype": zaaktype})
        resultaattypen = http.get(
            source.catalogi_api + "resultaattypen", params={"zaaktype": zaaktype}
        )
        assert 18 <= server_ms(statustypen) <= 26
        assert server_ms(resultaattypen) == pytest.approx(68, abs=6)
        # Catalogue list answers carry no ETag; details do, and a 304 is cheap.
        assert "ETag" not in statustypen.headers and "ETag" not in resultaattypen.headers
        detail = http.get(statustypen.json()["results"][0]["url"])
        assert detail.headers["ETag"]
        again = http.get(detail.url, headers={"If-None-Match": detail.headers["ETag"]})
        assert again.status_code == 304 and server_ms(again) == 11
        # The search without types costs less than half of the one with them.
        cheap = http.get(
            source.zaken_api + "zaken",
            params={BSN_PARAM: BENCHMARK_BSN_20, "expand": "status,resultaat"},
        )
        dear = http.get(
            source.zaken_api + "zaken",
            params={
                BSN_PARAM: BENCHMARK_BSN_20,
                "expand": "status,status.statustype,resultaat,resultaat.resultaattype",
            },
        )
        assert server_ms(cheap) <= 0.5 * server_ms(dear)


def test_cost_model_only_when_asked(demo_server: DemoServer) -> None:
    source = demo_server.sources[0]
    with client(source) as http:
        response = http.get(source.zaken_api + "zaken", params={BSN_PARAM: BENCHMARK_BSN_20})
    assert response.status_code == 200 and "Server-Timing" not in response.headers


def test_changed_statustype_gets_a_new_etag(fresh_demo_server: DemoServer) -> None:
    source = fresh_demo_server.sources[0]
    store = fresh_demo_server._contexts[0].store
    uuid = next(iter(store.data.statustypen))
    with client(source) as http:
        url = source.catalogi_api + f"statustypen/{uuid}"
        before = http.get(url)
        fresh_demo_server.change_statustype(0, uuid, omschrijving="Anders genoemd")
        after = http.get(url, headers={"If-None-Match": before.headers["ETag"]})
        assert after.status_code == 200 and after.json()["omschrijving"] == "Anders genoemd"
        assert after.headers["ETag"] != before.headers["ETag"]
        listed = http.get(
            source.catalogi_api + "statustypen", params={"zaaktype": after.json()["zaaktype"]}
        )
        assert "Anders genoemd" in {s["omschrijving"] for s in listed.json()["results"]}
    with pytest.raises(AttributeError):
        fresh_demo_server.change_statustype(0, uuid, bestaat_niet=1)


def test_command_line_switch(tmp_path: Path) -> None:
    config_path = tmp_path / "cost.toml"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kcc_desk",
            "demo-server",
            "--sources",
            "1",
            "--server-cost",
            "openzaak",
            "--write-config",
            str(config_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "draait" in line:
                break
        source = tomllib.loads(config_path.read_text(encoding="utf-8"))["sources"][0]
        response = httpx.get(source["catalogi_api"] + "zaaktypen", headers=_bearer(source))
        assert response.status_code == 200 and server_ms(response) > 0
    finally:
        process.terminate()
        process.communicate(timeout=10)
