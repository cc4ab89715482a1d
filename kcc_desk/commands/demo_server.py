"""`kcc-desk demo-server`: serve the training ZGW back ends ("Oefenomgeving") on loopback.

Sources are numbered from 1 on the command line (``--fault 2:500`` breaks the second source).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

FAULT_KINDS = ("refuse", "slow", "500", "html", "malformed-json", "403", "401")
MAX_SOURCES = 20


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (a clear message otherwise)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is geen heel getal") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"kies een getal van {low} tot en met {high}")
        return value

    return parse


def fault_spec(text: str) -> tuple[str, str]:
    """``SOURCE:KIND``: a source number (1, 2, ...) or ``ki``, and a fault from FAULT_KINDS."""
    where, colon, kind = text.partition(":")
    kinds = ", ".join(FAULT_KINDS)
    if not colon or not where or not kind:
        raise argparse.ArgumentTypeError(f"schrijf BRON:SOORT, bijvoorbeeld 2:500 (SOORT: {kinds})")
    if where != "ki" and not (where.isdigit() and int(where) >= 1):
        raise argparse.ArgumentTypeError(f"bron '{where}' bestaat niet: kies 1, 2, ... of ki")
    if kind not in FAULT_KINDS:
        raise argparse.ArgumentTypeError(f"onbekende storing '{kind}': kies uit {kinds}")
    return where, kind


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren")
    parser.add_argument(
        "--port",
        type=whole_number(0, 65535),
        default=0,
        help="eerste poort (bron N krijgt poort+N-1, Klantinteracties de volgende); 0 = vrij",
    )
    parser.add_argument(
        "--sources",
        type=whole_number(1, MAX_SOURCES),
        default=2,
        help=f"aantal ZGW-bronnen (1 tot en met {MAX_SOURCES})",
    )
    parser.add_argument("--seed", type=whole_number(0, 2**63), default=1, help="startwaarde")
    parser.add_argument(
        "--latency-ms",
        type=whole_number(0, 60_000),
        default=0,
        help="vertraging per antwoord (ms)",
    )
    parser.add_argument(
        "--page-size", type=whole_number(1, 500), default=100, help="standaard paginagrootte"
    )
    parser.add_argument(
        "--big-caller-cases",
        type=whole_number(0, 10_000),
        default=0,
        metavar="N",
        help="geef de benchmarkbeller 999990020 N zaken in bron 1",
    )
    parser.add_argument(
        "--server-cost",
        choices=("openzaak",),
        default=None,
        help="laat elk antwoord zo lang duren als Open Zaak 1.30 erover zou doen (voor "
        "benchmarks; de modeltijd staat in de kop Server-Timing)",
    )
    parser.add_argument(
        "--write-config", metavar="BESTAND", help="schrijf een kcc-desk-configuratie naar BESTAND"
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        type=fault_spec,
        metavar="SOURCE:KIND",
        help=f"storing in een bron (1, 2, ..., 'ki' of 'brp'); KIND: {', '.join(FAULT_KINDS)}",
    )
    parser.add_argument(
        "--compat-1-0",
        action="append",
        default=[],
        type=whole_number(1, MAX_SOURCES),
        metavar="SOURCE",
        help="laat bron SOURCE zich gedragen als Zaken API 1.0",
    )


def run(args: argparse.Namespace) -> int:
    import signal
    import threading

    from kcc_desk.demo.server import DemoServer, Fault, ServerCost

    faults = [(where, Fault(kind)) for where, kind in args.fault]
    # Source numbers can only be checked against --sources now that both are known.
    numbers = [int(w) for w, _ in faults if w != "ki"] + list(args.compat_1_0)
    wrong = [n for n in numbers if n > args.sources]
    if wrong:
        print(
            f"kcc-desk demo-server: bron {wrong[0]} bestaat niet: er zijn {args.sources} bronnen.",
            file=sys.stderr,
        )
        return 2
    server = DemoServer(
        sources=args.sources,
        seed=args.seed,
        latency_ms=args.latency_ms,
        page_size=args.page_size,
        host=args.host,
        port=args.port,
        big_caller_cases=args.big_caller_cases,
        server_cost=ServerCost(args.server_cost) if args.server_cost else None,
    )
    try:
        # Return once the ZGW sources answer; Klantinteracties follows within a moment.
        server.start(wait_for_klantinteracties=False)
    except OSError as error:
        print(
            f"kcc-desk demo-server: de oefenserver kan niet starten: {error.strerror or error}.",
            file=sys.stderr,
        )
        return 1
    try:
        for where, fault in faults:
            if where == "ki":
                server.klantinteracties_set_fault(fault)
            elif where == "brp":
                server.brp_set_fault(fault)
            else:
                server.set_fault(int(where) - 1, fault)
        for number in args.compat_1_0:
            server.set_compat(number - 1, zaken_api_1_0=True)
        if args.write_config:
            path = server.write_config(args.write_config)
            print(f"Configuratie geschreven naar {path}")
        for source in server.sources:
            print(f"Bron {source.index + 1}: {source.name}")
            print(f"  Zaken API:      {source.zaken_api}")
            print(f"  Catalogi API:   {source.catalogi_api}")
            print(f"  Documenten API: {source.documenten_api}")
            print(f"  client_id:      {source.client_id}")
        if server.klantinteracties_url:
            print(f"Klantinteracties API: {server.klantinteracties_url}")
        if server.brp_url:
            print(f"BRP API (Personen 2.x): {server.brp_url}  (X-API-KEY in de configuratie)")
        print("Oefenserver draait. Stop met Ctrl+C.", flush=True)
        stopped = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stopped.set())
        try:
            while not stopped.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    finally:
        server.stop()
    return 0
