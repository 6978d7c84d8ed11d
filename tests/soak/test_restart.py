"""The platform restarts while workflows run; the SDK rides it out and nothing is lost.

At the moment the server stops:
  - three tutorial workflows have their jobs running (they finish after the restart, resumed
    by the server from its database, while the SDK keeps polling through the outage);
  - two uploads (one blocking, one async) are half-way: their next parts meet a closed port,
    are retried with backoff until the server is back, and the uploads complete;
  - one upload, with a client that does not retry, fails (`sdk.ApiConnectionError`) and keeps
    its journal; run again after the restart, it resumes and sends only the missing parts;
  - one more workflow starts while the server is down (its first requests are refused).
Then: every workflow succeeded, every file comes back byte for byte, each create made exactly
one job, and no partial file is left anywhere.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from soak_kit import SLEEPER, VERSION, check_jobs, partial_files, sdk_log, tutorial_workflow

import sdk
from sdk.testing import LocalPlatform

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

#: Covers an outage of ~10 s: 0.1 + 0.2 + 0.4 + 0.8 + 1.0 * 8 seconds of waiting.
RIDE_IT_OUT = sdk.RetryPolicy(max_attempts=13, backoff=0.1, max_backoff=1.0, jitter=0.1)
NO_RETRIES = sdk.RetryPolicy(max_attempts=1)
PART = 64 * 1024
#: A sleeper job of 8 s at time scale 0.5 runs for 4 s: across the restart.
TIME_SCALE = 0.5
JOB_SLEEP = 8
WAIT = 30.0


def kwargs(platform: LocalPlatform, policy: sdk.RetryPolicy = RIDE_IT_OUT) -> dict[str, Any]:
    return platform.client_kwargs(
        retry=policy, timeout=10.0, token_cache=False, config_file=os.devnull
    )


def pause_at(half: threading.Event, go_on: threading.Event) -> Callable[[int, int], None]:
    """An upload progress callback: at half of the bytes, say so and wait for `go_on`."""

    def progress(done: int, total: int) -> None:
        if done >= total // 2 and not half.is_set():
            half.set()
            assert go_on.wait(WAIT), "never told to go on"

    return progress


def running_jobs(platform: LocalPlatform) -> int:
    with sdk.ApiClient(**kwargs(platform)) as client:
        solvers = sdk.SolversApi(client)
        return sum(
            solvers.inspect_job(SLEEPER, VERSION, job.id).state.value == "STARTED"
            for job in solvers.iter_jobs(SLEEPER, VERSION)
        )


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_workflows_survive_a_restart(tmp_path: Path) -> None:
    env = {"PLATFORM_UPLOAD_CHUNK_SIZE": str(PART)}
    journals = tmp_path / "journals"
    blobs = {name: os.urandom(32 * PART) for name in ("sync.bin", "async.bin", "resumed.bin")}
    for name, data in blobs.items():
        (tmp_path / name).write_bytes(data)
    halves = {name: threading.Event() for name in blobs}
    server_down = threading.Event()

    def options(name: str) -> sdk.UploadOptions:
        return sdk.UploadOptions(
            concurrency=1, journal_dir=journals, progress=pause_at(halves[name], server_down)
        )

    with LocalPlatform(time_scale=TIME_SCALE, env=env) as platform, sdk_log() as log:

        def workflow(index: int) -> Any:
            with sdk.ApiClient(**kwargs(platform)) as client:
                folder = tmp_path / f"wf-{index}"
                return asyncio.run(tutorial_workflow(client, folder, index=index, sleep=JOB_SLEEP))

        def sync_upload() -> Any:
            with sdk.ApiClient(**kwargs(platform)) as client:
                path = tmp_path / "sync.bin"
                return sdk.FilesApi(client).upload_file(path, options=options("sync.bin"))

        def async_upload() -> Any:
            async def main() -> Any:
                async with sdk.aio.ApiClient(**kwargs(platform)) as client:
                    path = tmp_path / "async.bin"
                    files = sdk.aio.FilesApi(client)
                    return await files.upload_file(path, options=options("async.bin"))

            return asyncio.run(main())

        def fragile_upload() -> BaseException | None:
            with sdk.ApiClient(**kwargs(platform, NO_RETRIES)) as client:
                try:
                    path = tmp_path / "resumed.bin"
                    sdk.FilesApi(client).upload_file(path, options=options("resumed.bin"))
                except sdk.SdkError as error:
                    return error
            return None

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            running = [pool.submit(workflow, index) for index in range(3)]
            uploads = [pool.submit(sync_upload), pool.submit(async_upload)]
            fragile = pool.submit(fragile_upload)
            wait_for(lambda: running_jobs(platform) == 3, "three running jobs")
            wait_for(lambda: all(e.is_set() for e in halves.values()), "half-way uploads")

            stopped, stopping = datetime.now(UTC), time.monotonic()
            platform.stop()
            server_down.set()
            late = pool.submit(workflow, 3)  # begins while the server is down
            failure = fragile.result(timeout=WAIT)
            restarting = time.monotonic()
            platform.start()
            now = time.monotonic()
            print(f"down {now - stopping:.2f} s, {now - restarting:.2f} s of it starting again")

            assert isinstance(failure, sdk.ApiConnectionError), failure
            outcomes = [f.result(timeout=WAIT) for f in [*running, late]]
            uploaded = [f.result(timeout=WAIT) for f in uploads]

        journal_files = list(journals.glob("*.json"))
        assert len(journal_files) == 1, "the failed upload keeps its journal for a resume"
        with sdk.ApiClient(**kwargs(platform)) as client:
            files = sdk.FilesApi(client)
            resumed = files.upload_file(
                tmp_path / "resumed.bin", options=sdk.UploadOptions(journal_dir=journals)
            )
            assert log.upload_resumes == 1
            sent_before = int(log.upload_resume_messages[0].split(": ")[1].split()[0])
            assert 16 <= sent_before < 32  # half of its 32 parts, at least, are not sent again
            assert not list(journals.glob("*.json")), "a finished upload leaves no journal"
            for meta in [*uploaded, resumed]:
                back = files.download_file(meta.id, tmp_path / f"back-{meta.filename}")
                assert back.read_bytes() == blobs[meta.filename], meta.filename
            jobs = check_jobs(client, outcomes)
            solvers = sdk.SolversApi(client)
            ended = [solvers.inspect_job(SLEEPER, VERSION, o.job_id).stopped_at for o in outcomes]

    for outcome in outcomes:
        assert outcome.ok, outcome.describe()
    assert all(when > stopped for when in ended), "the running jobs ended after the restart"
    assert log.retries > 0, "nothing met the outage"
    assert (jobs.jobs, jobs.duplicates, jobs.missing, jobs.orphans) == (4, 0, 0, 0)
    assert jobs.wrong_tags == 0
    assert partial_files(tmp_path) == []


def test_the_default_policy_rides_out_a_restart() -> None:
    """Its waits add up to more than 2 s (at least; 3.5 s on average), while the local
    platform starts again in about 1 s."""
    policy = sdk.RetryPolicy()
    shortest = sum(policy.delay(n, rand=lambda: 0.0) for n in range(1, policy.max_attempts))
    assert shortest > 2.0
