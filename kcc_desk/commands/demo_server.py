"""`kcc-desk demo-server`: serve the training ZGW back ends ("Oefenomgeving") on loopback.

Sources are numbered from 1 on the command line (``--fault 2:500`` breaks the second source).
"""

from __future__ import annotations

import argparse

FAULT_KINDS = ("refuse", "slow", "500", "html", "malformed-json", "403", "401")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="adres om op te luisteren")
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        help="eerste poort (bron N krijgt poort+N-1, Klantinteracties de volgende); 0 = vrij",
    )
    parser.add_argument("--sources", type=int, default=2, help="aantal ZGW-bronnen")
    parser.add_argument("--seed", type=int, default=1, help="startwaarde voor de oefengegevens")
    parser.add_argument("--latency-ms", type=int, default=0, help="vertraging per antwoord (ms)")
    parser.add_argument("--page-size", type=int, default=100, help="standaard paginagrootte")
    parser.add_argument(
        "--big-caller-cases",
        type=int,
        default=0,
        metavar="N",
        help="geef de benchmarkbeller 999990020 N zaken in bron 1",
    )
    parser.add_argument(
        "--write-config", metavar="FILE", help="schrijf een kcc-desk-configuratie naar FILE"
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SOURCE:KIND",
        help=f"storing in een bron (1, 2, ..., 'ki' of 'brp'); KIND: {', '.join(FAULT_KINDS)}",
    )
    parser.add_argument(
        "--compat-1-0",
        action="append",
        default=[],
        type=int,
        metavar="SOURCE",
        help="laat bron SOURCE zich gedragen als Zaken API 1.0",
    )


def run(args: argparse.Namespace) -> int:
    import signal
    import threading

    from kcc_desk.demo.server import DemoServer, Fault

    faults: list[tuple[str, Fault]] = []
    for spec in args.fault:
        where, _, kind = str(spec).partition(":")
        try:
            faults.append((where, Fault(kind)))
        except ValueError:
            print(f"Onbekende storing '{kind}'. Kies uit: {', '.join(FAULT_KINDS)}.")
            return 2
    server = DemoServer(
        sources=args.sources,
        seed=args.seed,
        latency_ms=args.latency_ms,
        page_size=args.page_size,
        host=args.host,
        port=args.port,
        big_caller_cases=args.big_caller_cases,
    )
    try:
        # Return once the ZGW sources answer; Klantinteracties follows within a moment.
        server.start(wait_for_klantinteracties=False)
    except OSError as error:
        print(f"De oefenserver kan niet starten: {error.strerror or error}.")
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
