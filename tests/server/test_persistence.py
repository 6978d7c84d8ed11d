"""Persistence: everything a user made survives a restart of the server, and a job that was
running when the server stopped picks up again and finishes."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
from helpers import (
    client,
    create_and_run_job,
    create_job,
    download,
    inspect_job,
    job_path,
    multipart_upload,
    number_file,
    start_job,
    upload_bytes,
    wait_for_job,
)

from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(60)

# 65 s of sleep last ~3.9 s here: long enough to restart the server in the middle.
TIME_SCALE = 0.06


@pytest.fixture(scope="module")
def durable() -> Iterator[LocalPlatform]:
    with LocalPlatform(time_scale=TIME_SCALE) as running:
        yield running


def test_state_survives_a_restart(durable: LocalPlatform) -> None:
    data = os.urandom(5000)
    with client(durable) as http:
        file = upload_bytes(http, data, "kept.bin")
        parted = multipart_upload(http, data[:100], "parted.bin")
        job, status = create_and_run_job(http, {"input_1": number_file(http), "input_2": 1})
        assert status["state"] == "SUCCESS"
        outputs = http.get(f"{job_path(job['id'])}/outputs").json()
        metadata = {"kept": "yes", "n": 7}
        http.patch(f"{job_path(job['id'])}/metadata", json={"metadata": metadata})
        idle = create_job(http)
        profile = http.put("/v0/me", json={"first_name": "Persistent"}).json()
        wallet = http.get("/v0/wallets/default").json()
        study = http.post(
            f"/v0/studies/{http.get('/v0/studies').json()['items'][0]['uid']}:clone"
        ).json()
    tokens = httpx.post(
        f"{durable.base_url}/v0/auth/token", auth=(durable.api_key, durable.api_secret)
    ).json()

    durable.restart()

    with client(durable) as http:  # the key still works
        assert http.get(f"/v0/files/{file['id']}").json() == file
        assert download(http, file["id"]) == data
        assert download(http, parted["id"]) == data[:100]
        assert inspect_job(http, job["id"]) == status
        assert http.get(f"{job_path(job['id'])}/outputs").json() == outputs
        output_file = outputs["results"]["output_1"]
        assert 1 <= int(download(http, output_file["id"])) <= 9
        assert http.get(f"{job_path(job['id'])}/metadata").json()["metadata"] == metadata
        assert http.get(job_path(idle["id"])).json() == idle
        assert inspect_job(http, idle["id"])["state"] == "NOT_STARTED"
        assert http.get("/v0/me").json() == profile
        assert http.get("/v0/wallets/default").json() == wallet
        assert http.get(f"/v0/studies/{study['uid']}").json() == study
        log = http.get(f"{job_path(job['id'])}/outputs/logfile")
        assert httpx.get(log.headers["location"]).status_code == 200
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert httpx.get(f"{durable.base_url}/v0/me", headers=bearer).status_code == 200
    refreshed = httpx.post(
        f"{durable.base_url}/v0/auth/token:refresh", json={"refresh_token": tokens["refresh_token"]}
    )
    assert refreshed.status_code == 200


def test_links_issued_before_a_restart_still_work(durable: LocalPlatform) -> None:
    with client(durable) as http:
        data = os.urandom(300)
        file = upload_bytes(http, data)
        link = http.get(f"/v0/files/{file['id']}/content").headers["location"]
    durable.restart()
    assert httpx.get(link).content == data


def test_a_running_job_resumes_after_a_restart(durable: LocalPlatform) -> None:
    with client(durable) as http:
        job = create_job(http, {"input_1": number_file(http), "input_2": 65})
        start_job(http, job["id"])
        running = wait_for_job(http, job["id"], states=frozenset({"STARTED"}))
        assert running["progress"] < 50

    durable.restart()

    with client(durable) as http:
        after = inspect_job(http, job["id"])
        # Normally still running; on a slow machine the restart may outlast the job, and then
        # the new server finishes it at once. Either way it carries on from where it was.
        assert after["state"] in ("STARTED", "SUCCESS"), after
        assert after["progress"] >= running["progress"]
        assert after["started_at"] == running["started_at"]
        final = wait_for_job(http, job["id"], timeout=30)
        assert final["state"] == "SUCCESS", final
        assert final["progress"] == 100
        assert final["started_at"] == running["started_at"]
        results = http.get(f"{job_path(job['id'])}/outputs").json()["results"]
        assert results["output_1"] is not None
        assert results["output_2"] is not None
        log = httpx.get(http.get(f"{job_path(job['id'])}/outputs/logfile").headers["location"])
        assert log.status_code == 200
