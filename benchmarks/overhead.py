"""Per-call client cost, one call at a time: the SDK against raw httpx (and the official client).

    python benchmarks/overhead.py [--calls 2000] [--rounds 3]
    python benchmarks/overhead.py --instructions [--calls 200] [--official]

Two calls: `get_my_profile` (GET /v0/me, one nested model) and `list_solver_releases` of the
sleeper (a list of 4 models). Raw httpx does the same requests and only decodes the JSON.

Default mode, client CPU per call: each client runs in a process of its own (the server runs in
another), makes the calls after a warm-up and reports its own CPU time (`time.process_time`).
Rounds are interleaved so that a busy moment of the machine hits every client alike; the best
round of each is kept. Ratio = SDK / raw httpx (sync: httpx.Client; sdk.aio:
httpx.AsyncClient, each on httpx's own connection pool). The SDK sends through its own
transports (sdk._pools: blocking sockets for the blocking client, asyncio protocols for sdk.aio;
OSPARC_ASYNC_TRANSPORT=aiohttp or httpx measures sdk.aio on those), so a ratio below 1.00 is
the SDK costing less than raw httpx as installed.

--instructions: the same processes under valgrind's callgrind, once with N calls and once with
none (same warm-up); the difference over N is the instructions per call, which does not depend
on the load of the machine. With --official, the official client (osparc 0.8.5, in the
throwaway venv that vs_official.py installs) is measured too, and ratios against it are shown.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SLEEPER = "simcore/services/comp/itis/sleeper"
WARMUP = 50
CALLS = ("profile", "releases")
SYNC_PAIR = ("httpx", "sdk")
ASYNC_PAIR = ("httpx-async", "sdk-aio")
LABELS = {
    "httpx": "raw httpx.Client",
    "sdk": "SDK",
    "httpx-async": "raw httpx.AsyncClient",
    "sdk-aio": "SDK sdk.aio",
    "official": "official (osparc 0.8.5)",
}


# -- the measured side: one client, one call, in its own process (standard library at the top,
# so that the official client's venv can run it too) ---------------------------------------------
def _path(call: str) -> str:
    from urllib.parse import quote

    return "/v0/me" if call == "profile" else f"/v0/solvers/{quote(SLEEPER, safe='')}/releases"


def _blocking(client: str, call: str, base: str, key: str, secret: str) -> Callable[[], Any]:
    if client == "official":
        import osparc

        api = osparc.ApiClient(osparc.Configuration(host=base, username=key, password=secret))
        users, solvers = osparc.UsersApi(api), osparc.SolversApi(api)
    elif client == "sdk":
        import sdk

        sdk_client = sdk.ApiClient(host=base, api_key=key, api_secret=secret, token_cache=False)
        users, solvers = sdk.UsersApi(sdk_client), sdk.SolversApi(sdk_client)
    else:
        import httpx

        http = httpx.Client(base_url=base, auth=(key, secret))
        path = _path(call)

        def raw() -> Any:
            response = http.get(path)
            response.raise_for_status()
            return response.json()

        return raw
    if call == "profile":
        return users.get_my_profile
    return lambda: solvers.list_solver_releases(SLEEPER)


async def _awaitable(client: str, call: str, base: str, key: str, secret: str) -> Any:
    if client == "sdk-aio":
        from sdk import aio

        sdk_client = aio.ApiClient(host=base, api_key=key, api_secret=secret, token_cache=False)
        users, solvers = aio.UsersApi(sdk_client), aio.SolversApi(sdk_client)
        if call == "profile":
            return users.get_my_profile
        return lambda: solvers.list_solver_releases(SLEEPER)
    import httpx

    http = httpx.AsyncClient(base_url=base, auth=(key, secret))
    path = _path(call)

    async def raw() -> Any:
        response = await http.get(path)
        response.raise_for_status()
        return response.json()

    return raw


def worker(client: str, call: str, base: str, key: str, secret: str, count: int) -> None:
    """Warm up, then make `count` calls; print the CPU seconds they took (JSON)."""
    if client in ASYNC_PAIR:

        async def run() -> float:
            one = await _awaitable(client, call, base, key, secret)
            for _ in range(WARMUP):
                await one()
            start = time.process_time()
            for _ in range(count):
                await one()
            return time.process_time() - start

        cpu = asyncio.run(run())
    else:
        one = _blocking(client, call, base, key, secret)
        for _ in range(WARMUP):
            one()
        start = time.process_time()
        for _ in range(count):
            one()
        cpu = time.process_time() - start
    print(json.dumps({"cpu": cpu}))


# -- the measuring side ------------------------------------------------------------------------
def _command(python: str, client: str, call: str, creds: list[str], count: int) -> list[str]:
    return [python, str(Path(__file__).resolve()), "--worker", client, call, *creds, str(count)]


def cpu_per_call(python: str, client: str, call: str, creds: list[str], count: int) -> float:
    done = subprocess.run(
        _command(python, client, call, creds, count), capture_output=True, text=True, check=True
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1])["cpu"]) / count


def _instructions(command: list[str]) -> int:
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind reported no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def instructions_per_call(
    python: str, client: str, call: str, creds: list[str], count: int
) -> float:
    with_calls = _instructions(_command(python, client, call, creds, count))
    without = _instructions(_command(python, client, call, creds, 0))
    return (with_calls - without) / count


def _pythons(official: bool) -> dict[str, str]:
    pythons = dict.fromkeys((*SYNC_PAIR, *ASYNC_PAIR), sys.executable)
    if official:
        sys.path.insert(0, str(HERE))
        from vs_official import official_python

        python = official_python()
        if python is not None:
            pythons["official"] = str(python)
    return pythons


def _report(title: str, unit: str, results: dict[tuple[str, str], float]) -> None:
    print(f"\n{title}")
    header = f"{'call':<10} {'client':<24} {unit:>14} {'/ raw httpx':>12} {'/ official':>11}"
    print(header)
    print("-" * len(header))
    for call in CALLS:
        official = results.get((call, "official"))
        for client, label in LABELS.items():
            value = results.get((call, client))
            if value is None:
                continue
            raw = results[(call, "httpx-async" if client in ASYNC_PAIR else "httpx")]
            versus = f"{value / official:11.2f}" if official else f"{'-':>11}"
            print(f"{call:<10} {label:<24} {value:>14,.1f} {value / raw:12.2f} {versus}")


def main() -> dict[tuple[str, str], float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=None, help="calls per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (CPU mode)")
    parser.add_argument("--instructions", action="store_true", help="count with callgrind")
    parser.add_argument("--official", action="store_true", help="measure the official client")
    args, _ = parser.parse_known_args()
    calls = args.calls or (200 if args.instructions else 2000)
    sys.path.insert(0, str(HERE))
    from _common import platform

    pythons = _pythons(args.official)
    results: dict[tuple[str, str], float] = {}
    with platform() as running:
        creds = [running.base_url, running.api_key, running.api_secret]
        rounds = 1 if args.instructions else args.rounds
        for round_no in range(rounds):
            clients = list(pythons)
            shift = round_no % len(clients)
            for client in clients[shift:] + clients[:shift]:  # rotate the order every round
                for call in CALLS:
                    measure = instructions_per_call if args.instructions else cpu_per_call
                    value = measure(pythons[client], client, call, creds, calls)
                    if not args.instructions:
                        value *= 1e6  # microseconds
                    best = results.get((call, client))
                    results[(call, client)] = value if best is None else min(best, value)
    if args.instructions:
        _report(
            f"Instructions per call (callgrind, {calls} calls minus none)", "instr/call", results
        )
    else:
        _report(
            f"Client CPU per call (process time, best of {rounds} interleaved rounds of {calls})",
            "us/call",
            results,
        )
    return results


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        name, call, base, key, secret, count = sys.argv[2:8]
        worker(name, call, base, key, secret, int(count))
    else:
        main()
