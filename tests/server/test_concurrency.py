"""Concurrency: many clients at once get distinct, complete results."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from helpers import (
    client,
    create_job,
    download,
    job_path,
    multipart_upload,
    number_file,
    sha256,
    upload_bytes,
    wait_for_job,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(60)

N = 40


def test_parallel_uploads(platform: LocalPlatform) -> None:
    payloads = [os.urandom(2000 + i) for i in range(N)]

    def upload(i: int) -> dict[str, Any]:
        with client(platform) as http:
            if i % 2:
                return multipart_upload(http, payloads[i], f"parallel-{i}.bin")
            return upload_bytes(http, payloads[i], f"parallel-{i}.bin")

    with ThreadPoolExecutor(max_workers=N) as pool:
        files = list(pool.map(upload, range(N)))

    assert len({f["id"] for f in files}) == N
    with client(platform) as http:
        listed = {f["id"] for f in http.get("/v0/files").json()}
        for i, file in enumerate(files):
            assert file["filename"] == f"parallel-{i}.bin"
            assert file["checksum"] == sha256(payloads[i])
            assert file["id"] in listed
        for i in (0, 1, N - 1):
            assert download(http, files[i]["id"]) == payloads[i]


def test_parallel_jobs(platform: LocalPlatform, http: httpx.Client) -> None:
    input_file = number_file(http)

    def run(i: int) -> tuple[dict[str, Any], int]:
        with client(platform) as mine:
            job = create_job(mine, {"input_1": input_file, "input_2": i % 3})
            started = mine.post(f"{job_path(job['id'])}:start")
            return job, started.status_code

    with ThreadPoolExecutor(max_workers=N) as pool:
        results = list(pool.map(run, range(N)))

    jobs = [job for job, _ in results]
    assert [code for _, code in results] == [202] * N
    assert len({j["id"] for j in jobs}) == N
    statuses = [wait_for_job(http, j["id"], timeout=30) for j in jobs]
    assert [s["state"] for s in statuses] == ["SUCCESS"] * N
    outputs = [http.get(f"{job_path(j['id'])}/outputs").json()["results"] for j in jobs]
    assert len({o["output_1"]["id"] for o in outputs}) == N
