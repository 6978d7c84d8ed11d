"""Pagination: iterate every job of a release lazily, SDK pager vs a hand-written httpx loop.

    python benchmarks/pagination.py [--jobs 10000]

Memory: the peak of Python allocations (tracemalloc) while iterating, counting items without
keeping them; a pager that held every item would grow with the number of jobs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import tracemalloc

import httpx

from sdk import ApiClient, SolversApi

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, platform, print_table

SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"
PAGE = 50


async def _create_jobs(base: str, key: str, secret: str, count: int) -> None:
    limits = httpx.Limits(max_connections=32)
    async with httpx.AsyncClient(
        base_url=base, auth=(key, secret), limits=limits, timeout=120
    ) as h:
        uploaded = (await h.put("/v0/files/content", files={"file": ("n.txt", b"1\n")})).json()
        body = {"values": {"input_1": {"id": uploaded["id"], "filename": "n.txt"}}}
        gate = asyncio.Semaphore(32)

        async def one() -> None:
            async with gate:
                (
                    await h.post(f"/v0/solvers/{SLEEPER}/releases/{VERSION}/jobs", json=body)
                ).raise_for_status()

        async with asyncio.TaskGroup() as group:
            for _ in range(count):
                group.create_task(one())


def _timed(iterate) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    count = iterate()
    return time.perf_counter() - start, count


def _peak_memory(iterate) -> int:  # type: ignore[no-untyped-def]
    """Measured in runs of their own: tracemalloc taxes every allocation, and would slow
    whichever side allocates more objects (the SDK builds models) if it ran while timing."""
    tracemalloc.start()
    iterate()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def raw(base: str, key: str, secret: str) -> int:
    count = 0
    with httpx.Client(base_url=base, auth=(key, secret)) as client:
        offset = 0
        while True:
            page = client.get(
                f"/v0/solvers/{SLEEPER}/releases/{VERSION}/jobs/page",
                params={"limit": PAGE, "offset": offset},
            ).json()
            count += len(page["items"])
            offset += len(page["items"])
            if not page["items"] or offset >= page["total"]:
                return count


def ours(base: str, key: str, secret: str) -> int:
    with ApiClient(host=base, api_key=key, api_secret=secret) as client:
        return sum(1 for _ in SolversApi(client).iter_jobs(SLEEPER, VERSION, page_size=PAGE))


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10000)
    args, _ = parser.parse_known_args()
    with platform() as p:
        creds = (p.base_url, p.api_key, p.api_secret)
        setup = time.perf_counter()
        asyncio.run(_create_jobs(*creds, args.jobs))
        print(f"created {args.jobs} jobs in {time.perf_counter() - setup:.1f} s")
        runs_raw, runs_ours = [], []
        for _ in range(3):  # alternate, so that a busy moment of the machine hits both alike
            runs_raw.append(_timed(lambda: raw(*creds)))
            runs_ours.append(_timed(lambda: ours(*creds)))
        memory_raw = _peak_memory(lambda: raw(*creds))
        memory_ours = _peak_memory(lambda: ours(*creds))
    best_raw = min(runs_raw)
    best_ours = min(runs_ours)
    assert best_raw[1] == best_ours[1] == args.jobs, (best_raw[1], best_ours[1])
    rows = [
        Row(
            f"iterate {args.jobs} jobs, pages of {PAGE}",
            "httpx offset loop",
            best_ours[0],
            best_raw[0],
            "s",
            target=1.10,
        ),
        Row(
            "peak Python memory while iterating",
            "httpx offset loop",
            memory_ours / 1e6,
            memory_raw / 1e6,
            "MB",
            notes=[
                f"{args.jobs} jobs iterated within {memory_ours / 1e6:.2f} MB: items are not kept"
            ],
        ),
    ]
    print_table("Pagination (lower is better; ratio = SDK / baseline)", rows)
    return rows


if __name__ == "__main__":
    main()
