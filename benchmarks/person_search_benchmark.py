"""How long finding a caller without a BSN takes against the demo server (issue 14).

Prints the median and worst of N runs per query kind, with and without 100 ms added latency per
response (the demo's ``set_latency``), and the number of requests each kind needs. Run:
    .venv/bin/python benchmarks/person_search_benchmark.py [N]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import tomllib

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.config import parse_config
from kcc_desk.services.identifiers import parse_identifier
from kcc_desk.services.persons.service import PersonService

QUERIES = {
    "naam_geboortedatum": "de Vries 12-3-1980",
    "postcode_huisnummer": "3119 LA 12",
    "telefoon": "+31 6 1234 5679",
    "email": "zoe.vandenberg@voorbeeld.nl",
}


async def measure(server: DemoServer, runs: int) -> None:
    config = parse_config(tomllib.loads(server.config_toml()))
    async with PersonService(config) as service:
        for kind, text in QUERIES.items():
            query = parse_identifier(text)
            server.clear_request_log()
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                await service.find(query)
                times.append((time.perf_counter() - start) * 1000)
            requests = (
                len(server.brp_request_log()) + len(server.klantinteracties_request_log())
            ) / runs
            print(
                f"  {kind:20} median {statistics.median(times):7.1f} ms  "
                f"worst {max(times):7.1f} ms  requests {requests:.0f}"
            )


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    server = DemoServer(sources=2, seed=1)
    server.start()
    try:
        for latency in (0, 100):
            server.set_latency(latency)
            print(f"latency {latency} ms per response, {runs} runs:")
            asyncio.run(measure(server, runs))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
