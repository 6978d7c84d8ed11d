"""The SDK against the official client (`osparc` 0.8.5) and raw httpx, on one local server.

    python benchmarks/vs_official.py [--calls 2000] [--jobs 1000] [--rounds 3] [--in-flight 32]
        [--no-batch] [--workloads sequential,concurrent,batch] [--only WORD,...]

The official client is installed by this script into a throwaway virtualenv
(.cache/bench-official-venv, reused while its stamp matches). Every measurement runs in a
process of its own (`_load_worker.py`): one client, one workload, its own warm-up. Rounds are
interleaved (each round runs every client once, in a rotated order) so a busy moment of the
machine hits all of them alike, and the best round of each is kept; "median" is the median
over rounds of the ratio to the official client's run in the same round (steadier on a loaded
machine), "spread" the best round over the worst.

Workloads: `get_my_profile` one call at a time (client CPU per call, from process_time, and
wall time), the same with 32 in flight (calls/s; threads for blocking clients,
asyncio.gather + a semaphore for async ones), and a batch of sleeper jobs (create, start, wait,
outputs; `SolverRelease.run_many` for the SDK, a thread pool for the official client).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import platform

HERE = Path(__file__).resolve().parent
VENV = HERE.parent / ".cache" / "bench-official-venv"
OFFICIAL = "osparc==0.8.5"
WORKER = HERE / "_load_worker.py"


@dataclass(frozen=True)
class Client:
    label: str
    worker: str
    env: tuple[tuple[str, str], ...] = ()

    @property
    def official(self) -> bool:
        return self.worker == "official"


# The SDK's transports are set explicitly, so every row says what carried its requests.
STDLIB = (("OSPARC_SYNC_TRANSPORT", "stdlib"),)
SYNC_HTTPX = (("OSPARC_SYNC_TRANSPORT", "httpx"),)
AIOHTTP = (("OSPARC_ASYNC_TRANSPORT", "aiohttp"),)
ASYNC_STDLIB = (("OSPARC_ASYNC_TRANSPORT", "stdlib"),)
ASYNC_HTTPX = (("OSPARC_ASYNC_TRANSPORT", "httpx"),)

OFFICIAL_CLIENT = Client("official (osparc 0.8.5)", "official")
SDK = Client("SDK (default: stdlib)", "sdk", STDLIB)
SDK_HTTPX = Client("SDK, httpx transport", "sdk", SYNC_HTTPX)
SDK_AIO = Client("SDK aio (default: stdlib)", "sdk-aio", ASYNC_STDLIB)
SDK_AIO_AIOHTTP = Client("SDK aio, aiohttp transport", "sdk-aio", AIOHTTP)
SDK_AIO_HTTPX = Client("SDK aio, httpx transport", "sdk-aio", ASYNC_HTTPX)
HTTPX = Client("raw httpx.Client", "httpx")
HTTPX_ASYNC = Client("raw httpx.AsyncClient", "httpx-async")
SDK_BATCH = Client("SDK run_many (default: stdlib)", "sdk", ASYNC_STDLIB)
SDK_BATCH_AIOHTTP = Client("SDK run_many, aiohttp", "sdk", AIOHTTP)
SDK_BATCH_HTTPX = Client("SDK run_many, httpx transport", "sdk", ASYNC_HTTPX)


def official_python() -> Path | None:
    """The throwaway venv's python with the official client, created when missing."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".stamp"
    want = hashlib.sha256(f"{OFFICIAL} {sys.version_info[:2]}".encode()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text() == want:
        return python
    print(f"installing {OFFICIAL} into {VENV.relative_to(HERE.parent)} (once)", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                OFFICIAL,
            ],
            check=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        print(f"could not install the official client ({error}): it is left out", file=sys.stderr)
        return None
    stamp.write_text(want)
    return python


@dataclass
class Result:
    count: int
    wall: float
    cpu: float
    server_cpu: float  # the server process's CPU seconds during the run (warm-up included)


def process_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) a process and its children have used so far; 0 where /proc
    is missing (the local platform runs its server as a child of the process it starts)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/task/{pid}/children") as listed:
            children = [int(child) for child in listed.read().split()]
    except (OSError, TypeError, ValueError):
        return 0.0
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(process_cpu(child) for child in children)


def run_one(
    client: Client, workload: str, python: Path, creds: dict[str, str], count: int, in_flight: int
) -> Result | None:
    server = int(creds["pid"]) if creds.get("pid") else None
    before = process_cpu(server)
    env = {**os.environ, **dict(client.env)}
    command = [
        str(python),
        str(WORKER),
        client.worker,
        workload,
        f"--base={creds['base']}",
        f"--key={creds['key']}",
        f"--secret={creds['secret']}",
        f"--count={count}",
        f"--in-flight={in_flight}",
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1800)
    if done.returncode != 0:
        print(f"  {client.label} {workload} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    data = json.loads(done.stdout.strip().splitlines()[-1])
    used = process_cpu(server) - before
    return Result(int(data["count"]), float(data["wall"]), float(data["cpu"]), used)


def measure(
    workloads: dict[str, list[Client]],
    pythons: dict[bool, Path],
    creds: dict[str, str],
    counts: dict[str, int],
    rounds: int,
    in_flight: int,
) -> dict[tuple[str, str], list[Result]]:
    results: dict[tuple[str, str], list[Result]] = {}
    for round_no in range(rounds):
        print(f"round {round_no + 1} of {rounds}", flush=True)
        for workload, clients in workloads.items():
            shift = round_no % len(clients)
            for client in clients[shift:] + clients[:shift]:  # rotate the order every round
                result = run_one(
                    client, workload, pythons[client.official], creds, counts[workload], in_flight
                )
                if result is not None:
                    results.setdefault((workload, client.label), []).append(result)
    return results


def _spread(values: list[float]) -> str:
    return f"{max(values) / min(values):.2f}x" if len(values) > 1 and min(values) > 0 else "-"


def _median_ratio(values: list[float], baseline: list[float]) -> str:
    """The median over rounds of the ratio to the official client's run in the same round:
    steadier than the best rounds' ratio when the machine's load changes between rounds."""
    ratios = [value / base for value, base in zip(values, baseline, strict=False) if base]
    return f"{statistics.median(ratios):.2f}" if ratios else "-"


def report(
    results: dict[tuple[str, str], list[Result]], workloads: dict[str, list[Client]]
) -> None:
    """Per workload: each client's best round, and its ratio to the official client's."""
    base_label = OFFICIAL_CLIENT.label
    sections = {
        "sequential": ("client CPU per call", "ms", lambda r: r.cpu / r.count * 1e3, min),
        "concurrent": ("calls/s", "/s", lambda r: r.count / r.wall, max),
        "batch": ("jobs/s", "/s", lambda r: r.count / r.wall, max),
    }
    for workload, clients in workloads.items():
        title, unit, value_of, best = sections[workload]
        baseline_runs = results.get((workload, base_label))
        baseline = best(value_of(r) for r in baseline_runs) if baseline_runs else None
        print(f"\n{workload}: {title} (best of {len(baseline_runs or [])} rounds)")
        print(f"{'client':<31} {title:>20} {'vs official':>12} {'median':>7} {'spread':>8}  also")
        for client in clients:
            runs = results.get((workload, client.label))
            if not runs:
                print(f"{client.label:<31} {'(no result)':>20}")
                continue
            values = [value_of(r) for r in runs]
            value = best(values)
            ratio = f"{value / baseline:.2f}" if baseline else "-"
            extra = ""
            if workload == "sequential":
                wall = min(r.wall / r.count * 1e3 for r in runs)
                extra = f"wall {wall:.3f} ms/call"
            elif workload == "concurrent":
                cpu = min(r.cpu / r.count * 1e3 for r in runs)
                server = min(r.server_cpu / r.count * 1e3 for r in runs)
                extra = f"CPU {cpu:.3f} ms/call, server {server:.3f}"
            spread = _spread(values)
            median = _median_ratio(values, [value_of(r) for r in baseline_runs or []])
            print(
                f"{client.label:<31} {value:>17.3f} {unit:<2} {ratio:>12} {median:>7} "
                f"{spread:>8}  {extra}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--in-flight", type=int, default=32)
    parser.add_argument("--no-batch", action="store_true")
    parser.add_argument(
        "--workloads",
        default="sequential,concurrent,batch",
        help="comma-separated: which workloads to run (default: all three)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated words: keep the clients whose label holds one (the official "
        "client is always kept, as the baseline), e.g. --only aio",
    )
    args, _ = parser.parse_known_args()

    python = official_python()
    aiohttp = importlib.util.find_spec("httpx_aiohttp") is not None
    if not aiohttp:
        print("the aiohttp extra is not installed: sdk.aio rows use httpx's own pool only")
    aio_clients = [SDK_AIO, SDK_AIO_AIOHTTP, SDK_AIO_HTTPX] if aiohttp else [SDK_AIO, SDK_AIO_HTTPX]
    clients = [OFFICIAL_CLIENT, SDK, SDK_HTTPX, *aio_clients, HTTPX, HTTPX_ASYNC]
    workloads: dict[str, list[Client]] = {"sequential": clients, "concurrent": clients}
    if not args.no_batch:
        batch = [SDK_BATCH, SDK_BATCH_AIOHTTP] if aiohttp else [SDK_BATCH]
        batch.append(SDK_BATCH_HTTPX)
        workloads["batch"] = [OFFICIAL_CLIENT, *batch]
    chosen = {word.strip() for word in args.workloads.split(",")}
    workloads = {w: cs for w, cs in workloads.items() if w in chosen}
    if args.only:
        words = [word.strip().lower() for word in args.only.split(",") if word.strip()]
        workloads = {
            w: [c for c in cs if c.official or any(word in c.label.lower() for word in words)]
            for w, cs in workloads.items()
        }
    if python is None:
        workloads = {w: [c for c in cs if not c.official] for w, cs in workloads.items()}
    pythons = {False: Path(sys.executable), True: python or Path(sys.executable)}
    counts = {"sequential": args.calls, "concurrent": args.calls, "batch": args.jobs}
    with platform() as running:
        creds = {
            "base": running.base_url,
            "key": running.api_key,
            "secret": running.api_secret,
            "pid": str(running.pid or ""),
        }
        results = measure(workloads, pythons, creds, counts, args.rounds, args.in_flight)
    print(f"\nvs the official client ({args.in_flight} in flight; ratio = client / official)")
    print("CPU = the client process's CPU per call; server = the server's (both lower is better)")
    report(results, workloads)


if __name__ == "__main__":
    main()
