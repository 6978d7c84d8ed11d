"""One client, one workload, in its own process: the measuring side of `vs_official.py`.

    python _load_worker.py CLIENT WORKLOAD --base URL --key K --secret S [--count N] ...

CLIENT: official (the `osparc` package, run with the throwaway venv's python), sdk, sdk-aio
(their transports from OSPARC_SYNC_TRANSPORT / OSPARC_ASYNC_TRANSPORT), httpx, httpx-async,
and for diagnosis httpx-stdlib (`httpx.Client` on the SDK's stdlib transport), httpx-asyncio
(`httpx.AsyncClient` on the SDK's asyncio transport) and httpx-aiohttp (`httpx.AsyncClient` on
httpx-aiohttp's transport).
WORKLOAD: sequential, concurrent, batch. Prints one JSON line:
{"count": n, "wall": seconds, "cpu": seconds of process CPU (all threads)}.

Only the standard library is imported at the top: each client imports what it needs, so the
official client's venv never sees the SDK and the other way round.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

PROFILE = "/v0/me"
SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"
JOB_INPUTS = {"input_2": 1, "input_3": False}
TERMINAL = {"SUCCESS", "FAILED", "ABORTED"}
WARMUP = 64
CLIENTS = [
    *("official", "sdk", "sdk-aio", "httpx", "httpx-stdlib"),
    *("httpx-async", "httpx-asyncio", "httpx-aiohttp"),
]
ASYNC_CLIENTS = ("sdk-aio", "httpx-async", "httpx-asyncio", "httpx-aiohttp")


class Args(argparse.Namespace):
    client: str
    workload: str
    base: str
    key: str
    secret: str
    count: int
    in_flight: int


def _measure(run: Callable[[], int]) -> dict[str, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    return {
        "count": count,
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
    }


def _threads(call: Callable[[], object], count: int, in_flight: int) -> int:
    """`count` calls from a pool of `in_flight` threads, as a user would write it."""
    with ThreadPoolExecutor(max_workers=in_flight) as pool:
        for _ in pool.map(lambda _: call(), range(count)):
            pass
    return count


async def _gathered(call: Callable[[], Any], count: int, in_flight: int) -> int:
    """`count` calls with asyncio.gather and a semaphore of `in_flight`."""
    gate = asyncio.Semaphore(in_flight)

    async def one() -> None:
        async with gate:
            await call()

    await asyncio.gather(*(one() for _ in range(count)))
    return count


def _number_file() -> str:
    """The sleeper's input_1: a small file holding one integer (uploaded once per batch)."""
    import os
    import tempfile

    fd, path = tempfile.mkstemp(suffix=".txt")
    os.write(fd, b"3\n")
    os.close(fd)
    return path


def _poll_delays() -> Any:
    """The SDK's default poll schedule (PollPolicy), used by the hand-written job loops."""
    delay = 0.1
    while True:
        yield delay
        delay = min(delay * 1.5, 5.0)


# -- blocking clients ---------------------------------------------------------------------------
def blocking(args: Args) -> dict[str, float]:
    if args.workload == "batch" and args.client == "sdk":
        return _sdk_batch(args)
    call, batch_one, close = _blocking_client(args)
    if args.workload == "batch":
        _threads(batch_one, args.in_flight, args.in_flight)  # warm up
        result = _measure(lambda: _threads(batch_one, args.count, args.in_flight))
    elif args.workload == "sequential":
        for _ in range(WARMUP):
            call()
        result = _measure(lambda: [call() for _ in range(args.count)] and args.count)
    else:
        _threads(call, WARMUP, args.in_flight)
        result = _measure(lambda: _threads(call, args.count, args.in_flight))
    close()
    return result


def _blocking_client(args: Args) -> tuple[Callable[[], object], Callable[[], object], Any]:
    if args.client == "official":
        return _official(args)
    if args.client == "sdk":
        return _sdk(args)
    return _httpx(args)


def _official(args: Args) -> tuple[Callable[[], object], Callable[[], object], Any]:
    import osparc

    # Its pool (10 connections) is smaller than 32 threads: urllib3 then warns for every
    # connection it discards. The warning is not what is measured.
    logging.getLogger("urllib3").setLevel(logging.ERROR)
    config = osparc.Configuration(host=args.base, username=args.key, password=args.secret)
    api = osparc.ApiClient(config)
    users = osparc.UsersApi(api)
    solvers = osparc.SolversApi(api)
    inputs: dict[str, Any] = dict(JOB_INPUTS)
    if args.workload == "batch":
        inputs["input_1"] = osparc.FilesApi(api).upload_file(_number_file())

    def batch_one() -> object:
        job = solvers.create_job(SLEEPER, VERSION, osparc.JobInputs(inputs))
        status = solvers.start_job(SLEEPER, VERSION, job.id)
        for delay in _poll_delays():
            if status.state in TERMINAL:
                break
            time.sleep(delay)
            status = solvers.inspect_job(SLEEPER, VERSION, job.id)
        return solvers.get_job_outputs(SLEEPER, VERSION, job.id)

    return users.get_my_profile, batch_one, lambda: None


def _sdk(args: Args) -> tuple[Callable[[], object], Callable[[], object], Any]:
    from sdk import ApiClient, UsersApi

    client = ApiClient(host=args.base, api_key=args.key, api_secret=args.secret, token_cache=False)
    return UsersApi(client).get_my_profile, _no_batch, client.close


def _sdk_batch(args: Args) -> dict[str, float]:
    """`SolverRelease.run_many`: the SDK's own way to run many jobs."""
    from sdk import ApiClient, FilesApi, SolverRelease

    with ApiClient(
        host=args.base, api_key=args.key, api_secret=args.secret, token_cache=False
    ) as client:
        release = SolverRelease.get(client, SLEEPER, VERSION)
        inputs = {**JOB_INPUTS, "input_1": FilesApi(client).upload_file(_number_file())}
        release.run_many([inputs] * args.in_flight, concurrency=args.in_flight)  # warm up
        wall, cpu = time.perf_counter(), time.process_time()
        results = release.run_many([inputs] * args.count, concurrency=args.in_flight)
        return {
            "count": sum(1 for r in results if r.error is None),
            "wall": time.perf_counter() - wall,
            "cpu": time.process_time() - cpu,
        }


def _no_batch() -> object:
    raise SystemExit("this client has no batch workload here")


def _httpx(args: Args) -> tuple[Callable[[], object], Callable[[], object], Any]:
    import httpx

    transport = None
    if args.client == "httpx-stdlib":
        import ssl

        from sdk._stdlib_transport import StdlibTransport

        transport = StdlibTransport(ssl_context=ssl.create_default_context(), limits=_limits())
    client = httpx.Client(
        base_url=args.base, auth=(args.key, args.secret), limits=_limits(), transport=transport
    )

    def call() -> object:
        response = client.get(PROFILE)
        response.raise_for_status()
        return response.json()

    return call, _no_batch, client.close


# -- async clients ------------------------------------------------------------------------------
async def asynchronous(args: Args) -> dict[str, float]:
    if args.client == "sdk-aio":
        from sdk import aio

        client = aio.ApiClient(
            host=args.base, api_key=args.key, api_secret=args.secret, token_cache=False
        )
        users = aio.UsersApi(client)
        call: Callable[[], Any] = users.get_my_profile
        close = client.aclose
    else:
        import httpx

        transport = None
        if args.client == "httpx-aiohttp":
            from httpx_aiohttp import AiohttpTransport

            transport = AiohttpTransport(limits=_limits())
        elif args.client == "httpx-asyncio":
            import ssl

            from sdk._asyncio_transport import AsyncStdlibTransport

            transport = AsyncStdlibTransport(
                ssl_context=ssl.create_default_context(), limits=_limits()
            )
        raw = httpx.AsyncClient(
            base_url=args.base, auth=(args.key, args.secret), limits=_limits(), transport=transport
        )

        async def call() -> object:
            response = await raw.get(PROFILE)
            response.raise_for_status()
            return response.json()

        close = raw.aclose
    if args.workload == "sequential":
        for _ in range(WARMUP):
            await call()
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(args.count):
            await call()
    else:
        await _gathered(call, WARMUP, args.in_flight)
        wall, cpu = time.perf_counter(), time.process_time()
        await _gathered(call, args.count, args.in_flight)
    measured = {
        "count": args.count,
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
    }
    await close()
    return measured


def _limits() -> Any:
    """httpx's pool limits, or those of BENCH_LIMITS="connections,keepalive" (for tuning)."""
    import os

    import httpx

    if not os.environ.get("BENCH_LIMITS"):
        return httpx.Limits(max_connections=100, max_keepalive_connections=20)
    connections, keepalive = (int(n) for n in os.environ["BENCH_LIMITS"].split(","))
    return httpx.Limits(max_connections=connections, max_keepalive_connections=keepalive)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("client", choices=CLIENTS)
    parser.add_argument("workload", choices=["sequential", "concurrent", "batch"])
    parser.add_argument("--base", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--in-flight", type=int, default=32)
    args = parser.parse_args(namespace=Args())
    result = asyncio.run(asynchronous(args)) if args.client in ASYNC_CLIENTS else blocking(args)
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
