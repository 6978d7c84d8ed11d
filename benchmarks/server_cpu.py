"""The reference server's CPU per request, in process: the cost every benchmark pays on its side.

    python benchmarks/server_cpu.py [--requests 3000]

The application is called directly through ASGI (no sockets, no HTTP parsing, one request at
a time), so the numbers are the server's own Python work and vary little with the machine's
load. For each operation: CPU per request (this process, all threads: worker threads count)
and worker-thread trips per request (each one a queue, a lock and a wake-up of the loop).
To compare with another checkout, run the same script with that checkout's `server/` first on
PYTHONPATH.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio.to_thread
from osparc_platform_server.app import create_app
from osparc_platform_server.settings import Settings

RELEASE = "/v0/solvers/simcore%2Fservices%2Fcomp%2Fitis%2Fsleeper/releases/2.1.6"
WARMUP = 200


class Client:
    """Sends requests straight to the ASGI application and counts worker-thread trips."""

    def __init__(self, app: Any, key: str, secret: str) -> None:
        self.app = app
        self.auth = b"Basic " + base64.b64encode(f"{key}:{secret}".encode())
        self.trips = 0
        run_sync = anyio.to_thread.run_sync

        async def counted(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            self.trips += 1
            return await run_sync(func, *args, **kwargs)

        anyio.to_thread.run_sync = counted  # type: ignore[assignment]

    async def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        content = b"" if body is None else json.dumps(body).encode()
        headers = [(b"host", b"127.0.0.1:8000"), (b"authorization", self.auth)]
        if body is not None:
            headers += [(b"content-type", b"application/json")]
            headers += [(b"content-length", str(len(content)).encode())]
        raw_path, _, query = path.partition("?")
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "server": ("127.0.0.1", 8000),
            "client": ("127.0.0.1", 50000),
            "scheme": "http",
            "method": method,
            "root_path": "",
            "path": raw_path.replace("%2F", "/"),
            "raw_path": raw_path.encode(),
            "query_string": query.encode(),
            "headers": headers,
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": content, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await self.app(scope, receive, send)
        answer = b"".join(m.get("body", b"") for m in sent[1:])
        return sent[0]["status"], json.loads(answer) if answer else None


async def measure(
    client: Client, input_file: dict[str, Any], requests: int
) -> list[tuple[str, float, float]]:
    body = {"values": {"input_1": {"id": input_file["id"], "filename": "n.txt"}, "input_2": 1}}
    status, job = await client.request("POST", f"{RELEASE}/jobs", body)
    assert status == 201, job
    job_path = f"{RELEASE}/jobs/{job['id']}"
    operations = [
        ("GET /v0/me", "GET", "/v0/me", None),
        (
            "GET solver releases",
            "GET",
            "/v0/solvers/simcore%2Fservices%2Fcomp%2Fitis%2Fsleeper/releases",
            None,
        ),
        ("POST job :inspect", "POST", f"{job_path}:inspect", None),
        ("GET jobs page (20)", "GET", f"{RELEASE}/jobs/page?limit=20", None),
        ("PATCH job metadata", "PATCH", f"{job_path}/metadata", {"metadata": {"k": "v"}}),
    ]
    results = []
    for name, method, path, body in operations:
        for _ in range(WARMUP):
            status, answer = await client.request(method, path, body)
            assert status == 200, (name, status, answer)
        trips, cpu = client.trips, time.process_time()
        for _ in range(requests):
            await client.request(method, path, body)
        cpu = time.process_time() - cpu
        results.append((name, cpu / requests * 1e6, (client.trips - trips) / requests))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        app = create_app(Settings(data_dir=Path(data)))
        user = app.state.accounts.create_user("bench@osparc.local", "bench-key", "bench-secret")
        input_file = app.state.services.files.store_upload(user, "n.txt", None, io.BytesIO(b"1\n"))
        client = Client(app, "bench-key", "bench-secret")
        results = asyncio.run(measure(client, input_file, args.requests))
    print(f"{'operation':<22} {'CPU us/request':>15} {'thread trips':>13}")
    for name, cpu, trips in results:
        print(f"{name:<22} {cpu:>15.1f} {trips:>13.1f}")
    print(f"({args.requests} requests each, one at a time, in process; lower is better)")


if __name__ == "__main__":
    main()
