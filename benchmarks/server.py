"""The reference server's own throughput, so the SDK ratios are not hidden behind it.

    python benchmarks/server.py [--seconds 3]

Measured with `wrk` (a C load generator) when it is installed, because a Python client is
itself slower than the server; otherwise with httpx.AsyncClient (and then says so).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _common import platform

SLEEPER = "simcore/services/comp/itis/sleeper"
CONNECTIONS = 16


def _wrk(url: str, headers: dict[str, str], body: str | None, seconds: int) -> float:
    script = "".join(
        f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}\n" for k, v in headers.items()
    )
    if body is not None:
        script += f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\n'
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        out = subprocess.run(
            ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", fh.name, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        Path(fh.name).unlink()
    line = next(x for x in out.splitlines() if x.startswith("Requests/sec"))
    return float(line.split()[1])


def _httpx(url: str, headers: dict[str, str], body: str | None, seconds: int) -> float:
    async def run() -> float:
        limits = httpx.Limits(max_connections=CONNECTIONS)
        async with httpx.AsyncClient(headers=headers, limits=limits, timeout=60) as client:
            done, deadline = 0, time.perf_counter() + seconds

            async def worker() -> None:
                nonlocal done
                while time.perf_counter() < deadline:
                    if body is None:
                        (await client.get(url)).raise_for_status()
                    else:
                        (await client.post(url, content=body)).raise_for_status()
                    done += 1

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(CONNECTIONS)))
            return done / (time.perf_counter() - start)

    return asyncio.run(run())


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=3)
    args, _ = parser.parse_known_args()
    load = _wrk if shutil.which("wrk") else _httpx
    results: dict[str, float] = {}
    for workers in (1, 2):
        with platform(workers=workers) as p:
            token = base64.b64encode(f"{p.api_key}:{p.api_secret}".encode()).decode()
            headers = {"Authorization": f"Basic {token}", "Content-Type": "application/json"}
            with httpx.Client(base_url=p.base_url, auth=(p.api_key, p.api_secret)) as h:
                f = h.put("/v0/files/content", files={"file": ("n.txt", b"1\n")}).json()
            job = json.dumps({"values": {"input_1": {"id": f["id"], "filename": "n.txt"}}})
            for name, path, body in (
                ("GET /v0/me", "/v0/me", None),
                ("POST create job", f"/v0/solvers/{SLEEPER}/releases/2.1.6/jobs", job),
            ):
                rate = load(p.base_url + path, headers, body, args.seconds)
                results[f"{name}, {workers} worker(s)"] = rate
    print(f"\nReference server throughput ({load.__name__[1:]}, {CONNECTIONS} connections)")
    for name, rate in results.items():
        print(f"  {name:<36} {rate:>8.0f} req/s")
    return results


if __name__ == "__main__":
    main()
