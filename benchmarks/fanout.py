"""Fan-out: job creations with many requests in flight, SDK (sdk.aio) vs bare httpx.AsyncClient.

python benchmarks/fanout.py [--jobs 1000] [--in-flight 64]

The SDK runs on its default transport (aiohttp when the `aiohttp` extra is installed, else
httpx's own pool; OSPARC_ASYNC_TRANSPORT=httpx forces the latter); the note under the table
says which. The baseline is httpx's own pool.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

import httpx

from sdk import aio

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import Row, platform, print_table

SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"
INPUTS = {"input_2": 1, "input_3": False}


async def _bounded(count: int, in_flight: int, one: object) -> float:
    gate = asyncio.Semaphore(in_flight)

    async def run() -> None:
        async with gate:
            await one()  # type: ignore[operator]

    start = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        for _ in range(count):
            group.create_task(run())
    return time.perf_counter() - start


async def raw(
    base: str, key: str, secret: str, file_ref: dict[str, str], count: int, in_flight: int
) -> float:
    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
    url = f"/v0/solvers/{SLEEPER}/releases/{VERSION}/jobs"
    body = {"values": {"input_1": file_ref, **INPUTS}}
    async with httpx.AsyncClient(base_url=base, auth=(key, secret), limits=limits) as client:

        async def one() -> None:
            response = await client.post(url, json=body)
            response.raise_for_status()
            response.json()

        return await _bounded(count, in_flight, one)


TRANSPORT: list[str] = []


async def ours(
    base: str, key: str, secret: str, file_ref: dict[str, str], count: int, in_flight: int
) -> float:
    async with aio.ApiClient(host=base, api_key=key, api_secret=secret) as client:
        TRANSPORT[:] = [client.settings.async_transport]
        solvers = aio.SolversApi(client)
        files = aio.FilesApi(client)
        input_file = await files.get_file(file_ref["id"])  # type: ignore[arg-type]

        async def one() -> None:
            await solvers.create_job(SLEEPER, VERSION, {"input_1": input_file, **INPUTS})

        return await _bounded(count, in_flight, one)


def main() -> list[Row]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--in-flight", type=int, default=64)
    args, _ = parser.parse_known_args()
    with platform() as p:
        with httpx.Client(base_url=p.base_url, auth=(p.api_key, p.api_secret)) as h:
            uploaded = h.put("/v0/files/content", files={"file": ("n.txt", b"1\n")}).json()
        file_ref = {"id": uploaded["id"], "filename": uploaded["filename"]}
        creds = (p.base_url, p.api_key, p.api_secret, file_ref, args.jobs, args.in_flight)
        raws, ourss = [], []
        for _ in range(2):
            raws.append(asyncio.run(raw(*creds)))
            ourss.append(asyncio.run(ours(*creds)))
    rows = [
        Row(
            f"{args.jobs} create_job, {args.in_flight} in flight",
            "httpx.AsyncClient",
            min(ourss),
            min(raws),
            "s",
            target=1.15,
            notes=[
                f"baseline throughput {args.jobs / min(raws):.0f} jobs/s, "
                f"SDK {args.jobs / min(ourss):.0f} jobs/s on its {TRANSPORT[0]} transport"
            ],
        )
    ]
    print_table("Fan-out (lower is better; ratio = SDK / baseline)", rows)
    return rows


if __name__ == "__main__":
    main()
