"""Server work and round trips per lookup, before and after issue 18, in one run.

Issue 18: the search expands only ``status,resultaat``; statustypen and resultaattypen come from
a catalogue kept between runs. This benchmark measures the 20-case caller against two demo
servers in child processes, both with 100 ms latency per response:

- one with ``--server-cost openzaak``: every answer takes what it would cost Open Zaak 1.30
  (zgw-recorded/README.md) and reports it in ``Server-Timing``; summed per lookup = *server time*;
- one without it: wall time ÷ latency = *round trips*.

"Before" is the code of ``--before-rev`` (default 740e26e, the commit before issue 18),
exported with ``git archive``; "after" is this working tree. Both are measured by the same
``catalogue_worker.py`` (see there for the scenarios).

Targets (issue 18): warm server time ≤ 0.5× before, with 1 round trip; the first lookup after a
restart with a kept catalogue no more round trips than a warm one; cold ≤ 2 round trips.

    .venv/bin/python benchmarks/catalogue_benchmark.py [--latency-ms 100] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).with_name("catalogue_worker.py")
SCENARIOS = (
    ("cold", "cold: nothing cached"),
    ("restart", "restart, catalogue kept (fresh)"),
    ("warm", "warm: same session"),
    ("next_morning", "restart, kept catalogue due"),
    ("second_morning", "same, a day later (ETags known)"),
)


def start_server(config: Path, latency_ms: int, cost: bool) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "kcc_desk", "demo-server", "--sources", "1"]
    command += ["--latency-ms", str(latency_ms), "--write-config", str(config)]
    if cost:
        command += ["--server-cost", "openzaak"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "draait" in line:  # "Oefenserver draait."
            return proc
    raise SystemExit("demo server did not start")


def export(rev: str, target: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", rev, "kcc_desk"], check=True, capture_output=True
    ).stdout
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def measure(code: Path, config: Path, rounds: int) -> dict[str, dict[str, float]]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, str(WORKER), "--config", str(config), "--rounds", str(rounds)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=code,  # the measured kcc_desk, not this tree's, comes first on sys.path
    ).stdout
    result: dict[str, dict[str, float]] = json.loads(out.strip().splitlines()[-1])
    return result


def row(
    label: str,
    before: dict[str, Any],
    after: dict[str, Any],
    plain: tuple[dict[str, Any], dict[str, Any]],
    latency: int,
) -> str:
    def pair(key: str, fmt: str, b: Any, a: Any) -> str:
        return f"{format(b[key], fmt):>6} / {format(a[key], fmt):<6}"

    trips = "  ".join(f"{p['waves']:.0f} ({p['wall_ms'] / latency:.2f})" for p in plain)
    return (
        f"  {label:34s} {pair('requests', '.0f', before, after)}  "
        f"{pair('server_ms', '.0f', before, after)}  {trips:>20}  "
        f"{pair('wall_ms', '.0f', before, after)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before-rev", default="740e26e")
    args = parser.parse_args()
    latency = args.latency_ms
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        before_code = export(args.before_rev, folder / "before")
        servers = [
            start_server(folder / "cost.toml", latency, cost=True),
            start_server(folder / "plain.toml", latency, cost=False),
        ]
        try:
            figures = {
                (version, kind): measure(code, folder / f"{kind}.toml", args.rounds)
                for version, code in (("before", before_code), ("after", REPO))
                for kind in ("cost", "plain")
            }
        finally:
            for server in servers:
                server.terminate()
                server.wait(10)
    print(
        f"20-case caller (3 zaaktypen), 1 source, {latency} ms latency per response, "
        f"Open Zaak 1.30 server time modelled (--server-cost openzaak), median of {args.rounds}"
    )
    print(f"before = {args.before_rev} (expand with the types), after = this tree")
    print(
        f"  {'':34s} {'requests':>15s}  {'server ms':>15s}  {'round trips (wall÷lat.)':>20s}  "
        f"{'wall ms (cost)':>15s}"
    )
    ok = True
    for key, label in SCENARIOS:
        after = figures["after", "cost"].get(key)
        if after is None:
            continue
        before = figures["before", "cost"].get(key) or figures["before", "cost"]["cold"]
        plain_after = figures["after", "plain"][key]
        plain_before = figures["before", "plain"].get(key) or figures["before", "plain"]["cold"]
        print(row(label, before, after, (plain_before, plain_after), latency))
        if "background_requests" in after:
            print(
                f"  {'  + confirmed in the background':34s} {after['background_requests']:>15.0f}"
                f"  {after['background_server_ms']:>15.0f}  (after the lookup, not waited for)"
            )
    warm_ratio = (
        figures["after", "cost"]["warm"]["server_ms"]
        / figures["before", "cost"]["warm"]["server_ms"]
    )
    rt = {k: figures["after", "plain"][k]["wall_ms"] / latency for k, _ in SCENARIOS}
    checks = [
        (f"warm server time {warm_ratio:.2f}× before (target ≤ 0.5)", warm_ratio <= 0.5),
        (
            f"warm requests {figures['after', 'cost']['warm']['requests']:.0f} (target 1)",
            figures["after", "cost"]["warm"]["requests"] == 1,
        ),
        (
            f"restart {rt['restart']:.2f} round trips vs warm {rt['warm']:.2f} "
            "(target: no more requests than warm)",
            figures["after", "cost"]["restart"]["requests"]
            <= figures["after", "cost"]["warm"]["requests"],
        ),
        (
            f"cold {figures['after', 'plain']['cold']['waves']:.0f} round trips (target ≤ 2)",
            figures["after", "plain"]["cold"]["waves"] <= 2,
        ),
    ]
    for text, met in checks:
        print(f"  {'ok    ' if met else 'MISSED'} {text}")
        ok = ok and met
    print("all targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
