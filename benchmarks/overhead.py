"""Per-call overhead: sequential get_my_profile through the SDK vs the same requests with httpx.

python benchmarks/overhead.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

import httpx

from sdk import ApiClient, UsersApi, aio

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, best_of, platform, print_table

WARMUP = 100


def sync_rows(base: str, key: str, secret: str, calls: int) -> Row:
    def raw() -> float:
        with httpx.Client(base_url=base, auth=(key, secret)) as client:
            for _ in range(WARMUP):
                client.get("/v0/me").json()
            start = time.perf_counter()
            for _ in range(calls):
                response = client.get("/v0/me")
                response.raise_for_status()
                response.json()
            return time.perf_counter() - start

    def ours() -> float:
        with ApiClient(host=base, api_key=key, api_secret=secret) as client:
            users = UsersApi(client)
            for _ in range(WARMUP):
                users.get_my_profile()
            start = time.perf_counter()
            for _ in range(calls):
                users.get_my_profile()
            return time.perf_counter() - start

    baseline, sdk_time = _interleaved(raw, ours)
    return Row(
        f"sync: {calls} x get_my_profile",
        "httpx.Client",
        sdk_time / calls * 1e3,
        baseline / calls * 1e3,
        "ms",
        target=1.10,
    )


def async_rows(base: str, key: str, secret: str, calls: int) -> Row:
    async def raw() -> float:
        async with httpx.AsyncClient(base_url=base, auth=(key, secret)) as client:
            for _ in range(WARMUP):
                (await client.get("/v0/me")).json()
            start = time.perf_counter()
            for _ in range(calls):
                response = await client.get("/v0/me")
                response.raise_for_status()
                response.json()
            return time.perf_counter() - start

    async def ours() -> float:
        async with aio.ApiClient(host=base, api_key=key, api_secret=secret) as client:
            users = aio.UsersApi(client)
            for _ in range(WARMUP):
                await users.get_my_profile()
            start = time.perf_counter()
            for _ in range(calls):
                await users.get_my_profile()
            return time.perf_counter() - start

    baseline, sdk_time = _interleaved(lambda: asyncio.run(raw()), lambda: asyncio.run(ours()))
    return Row(
        f"async: {calls} x get_my_profile",
        "httpx.AsyncClient",
        sdk_time / calls * 1e3,
        baseline / calls * 1e3,
        "ms",
        target=1.10,
    )


def _interleaved(raw, ours, repeats: int = 3) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Alternate baseline and SDK runs so drift in the machine hits both alike."""
    raws, ourss = [], []
    for _ in range(repeats):
        raws.append(best_of(1, raw))
        ourss.append(best_of(1, ours))
    return min(raws), min(ourss)


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    args, _ = parser.parse_known_args()
    with platform() as p:
        rows = [
            sync_rows(p.base_url, p.api_key, p.api_secret, args.calls),
            async_rows(p.base_url, p.api_key, p.api_secret, args.calls),
        ]
    print_table("Per-call overhead (lower is better; ratio = SDK / baseline)", rows)
    return rows


if __name__ == "__main__":
    main()
