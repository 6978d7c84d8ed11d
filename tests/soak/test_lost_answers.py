"""Answers lost after the platform acted, on every kind of request that changes something (job
creation, upload completion, job start, metadata replacement), against a platform that honours
`Idempotency-Key` and one that ignores it like the real platform.

Whatever is lost, each operation takes effect exactly once: one job per creation (found again
by the SDK when the server ignores the key), one file per upload, jobs that run once and carry
the metadata they were given. When the SDK cannot know, it says so with one
`UncertainJobCreationError` naming the candidate jobs, and sends nothing again.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from osparc_platform_server.faults import read_journal
from soak_kit import (
    SLEEPER,
    VERSION,
    Outcome,
    check_jobs,
    do,
    fault_env,
    sdk_log,
    wait_for_job,
)

import sdk
from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(180)

#: The requests that change something; listings and reads are left alone.
CHANGING = r"(/releases/[^/]+/jobs|:complete|:start|/metadata)$"
#: Answers lost after the handler ran, and (reset-before) a request that never reached it.
KINDS = "lost,502,504,truncate,reset-before"
PATIENT = sdk.RetryPolicy(max_attempts=10, backoff=0.0, jitter=0.0, max_retry_after=0.0)
ROUNDS = 8
MODES = ["honours-keys", "ignores-keys"]


@pytest.fixture(scope="module")
def platforms() -> Iterator[dict[str, LocalPlatform]]:
    env = fault_env(0.4, seed=17, kinds=KINDS, paths=CHANGING)
    started = {
        "honours-keys": LocalPlatform(env=env),
        "ignores-keys": LocalPlatform(env=env, ignore_idempotency_keys=True),
    }
    try:
        for platform in started.values():
            platform.start()
        yield started
    finally:
        for platform in started.values():
            platform.close()


def kwargs_for(platform: LocalPlatform, **overrides: Any) -> dict[str, Any]:
    return platform.client_kwargs(
        **{"token_cache": False, "config_file": os.devnull, "retry": PATIENT, **overrides}
    )


def faults_by_request(platform: LocalPlatform) -> Counter[str]:
    """Injected faults per kind of request."""
    kinds: Counter[str] = Counter()
    for fault in read_journal(platform.data_dir / "faults.jsonl"):
        for name, suffix in (
            ("create", "/jobs"),
            ("complete", ":complete"),
            ("start", ":start"),
            ("metadata", "/metadata"),
        ):
            if fault["path"].endswith(suffix):
                kinds[name] += 1
    return kinds


async def changes(client: Any, folder: Path, index: int) -> tuple[Any, Any, Any]:
    """Upload a file of its own, create a job with it, tag the job, start it, wait."""
    ns = sdk.aio if isinstance(client, sdk.aio.ApiClient) else sdk
    files, solvers = ns.FilesApi(client), ns.SolversApi(client)
    source = folder / f"n{index}" / "single_number.txt"
    source.parent.mkdir(parents=True)
    source.write_text(f"{index}\n" + " " * 2000)
    options = sdk.UploadOptions(journal_dir=folder / "journals")
    uploaded = await do(files.upload_file(source, options=options))
    job = await do(solvers.create_job(SLEEPER, VERSION, {"input_1": uploaded, "input_2": 0}))
    body = sdk.JobMetadataUpdate.from_dict({"metadata": {"round": index}})
    await do(solvers.replace_job_custom_metadata(SLEEPER, VERSION, job.id, body=body))
    await do(solvers.start_job(SLEEPER, VERSION, job.id))
    status = await wait_for_job(solvers, job.id, deadline=60)
    return uploaded, job, status


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize("mode", MODES)
def test_every_change_takes_effect_once_whatever_answer_is_lost(
    platforms: dict[str, LocalPlatform], mode: str, flavor: str, tmp_path: Path
) -> None:
    platform = platforms[mode]
    kwargs = kwargs_for(platform)
    before = faults_by_request(platform)

    async def main() -> list[tuple[Any, Any, Any]]:
        if flavor == "sync":
            with sdk.ApiClient(**kwargs) as client:
                return [await changes(client, tmp_path, n) for n in range(ROUNDS)]
        async with sdk.aio.ApiClient(**kwargs) as client:
            return [await changes(client, tmp_path, 100 + n) for n in range(ROUNDS)]

    with sdk_log() as log:
        results = asyncio.run(main())
    hit = faults_by_request(platform) - before
    assert set(hit) == {"create", "complete", "start", "metadata"}, hit
    assert log.retries > 0
    with sdk.ApiClient(**kwargs) as client:
        solvers = sdk.SolversApi(client)
        jobs = {job.id: job for job in solvers.iter_jobs(SLEEPER, VERSION)}
        created = [job for _, job, _ in results]
        # One job per creation, each the one the caller got back; no job nobody knows of.
        told = [Outcome(str(job.id), ok=True, job_id=job.id) for job in created]
        assert check_jobs(client, told).duplicates == 0
        mine = {job.id for job in created}
        assert len(mine) == ROUNDS
        assert mine <= set(jobs)
        for index, (uploaded, job, status) in enumerate(results):
            assert status.state.value == "SUCCESS"
            metadata = solvers.get_job_custom_metadata(SLEEPER, VERSION, job.id).metadata
            assert metadata.additional_properties["round"] in (index, 100 + index)
            found = list(sdk.FilesApi(client).iter_files(sha256_checksum=uploaded.checksum))
            assert [f.id for f in found] == [uploaded.id]
    jobs_made = len(jobs)
    assert jobs_made == len({j.inputs_checksum for j in jobs.values()})  # never twice


def test_lost_creations_on_a_server_ignoring_keys_are_found_or_sent_again(
    platforms: dict[str, LocalPlatform], tmp_path: Path
) -> None:
    """The reconciliation at work: a lost answer whose job exists is answered with that job; a
    request that never reached the handler (reset-before) is sent again."""
    platform = platforms["ignores-keys"]
    with sdk_log() as log, sdk.ApiClient(**kwargs_for(platform)) as client:
        number = tmp_path / "single_number.txt"
        number.write_text("5\n")
        data = sdk.FilesApi(client).upload_file(number, options=sdk.UploadOptions(resume=False))
        solvers = sdk.SolversApi(client)
        before = {job.id for job in solvers.iter_jobs(SLEEPER, VERSION)}
        created = [
            solvers.create_job(SLEEPER, VERSION, {"input_1": data, "input_2": 0, "input_4": n})
            for n in range(30)
        ]
        after = {job.id for job in solvers.iter_jobs(SLEEPER, VERSION)}
    assert after - before == {job.id for job in created}
    assert len(after - before) == 30
    assert log.found_lost_jobs > 0
    assert log.creations_sent_again > 0


def test_when_the_sdk_cannot_tell_it_says_so_and_sends_nothing_again(tmp_path: Path) -> None:
    """Every creation's answer is lost, and a job with the same inputs was created by someone
    else a moment before: two jobs may be ours. One error names both; no third job appears."""
    env = fault_env(1.0, seed=1, kinds="lost", paths=r"/releases/[^/]+/jobs$")
    with (
        LocalPlatform(env=env, ignore_idempotency_keys=True) as platform,
        sdk.ApiClient(**kwargs_for(platform)) as client,
    ):
        number = tmp_path / "single_number.txt"
        number.write_text("5\n")
        data = sdk.FilesApi(client).upload_file(number, options=sdk.UploadOptions(resume=False))
        values = {"input_1": data.to_dict(), "input_2": 0}
        auth = (platform.api_key, platform.api_secret)
        url = f"{platform.base_url}/v0/solvers/{SLEEPER}/releases/{VERSION}/jobs"
        with pytest.raises(httpx.TransportError):  # someone else's creation, answer lost
            httpx.post(url, json={"values": values}, auth=auth)
        solvers = sdk.SolversApi(client)
        with pytest.raises(sdk.UncertainJobCreationError) as caught:
            solvers.create_job(SLEEPER, VERSION, {"input_1": data, "input_2": 0})
        jobs = {job.id for job in solvers.iter_jobs(SLEEPER, VERSION)}
    assert len(jobs) == 2
    assert set(caught.value.candidates) == jobs
    assert all(str(job) in str(caught.value) for job in jobs)
    assert "cannot tell whether the job was created" in str(caught.value)


def test_when_the_jobs_cannot_be_read_the_creation_is_uncertain(tmp_path: Path) -> None:
    """The creation's answer is lost, and so is every answer to the listing that would tell
    whether it made a job: the SDK says it cannot know, rather than sending it again."""
    env = fault_env(1.0, seed=2, kinds="lost,500", paths=r"/releases/[^/]+/jobs(/page)?$")
    policy = sdk.RetryPolicy(max_attempts=2, backoff=0.0, jitter=0.0)
    with (
        LocalPlatform(env=env, ignore_idempotency_keys=True) as platform,
        sdk.ApiClient(**kwargs_for(platform, retry=policy)) as client,
    ):
        number = tmp_path / "single_number.txt"
        number.write_text("6\n")
        data = sdk.FilesApi(client).upload_file(number, options=sdk.UploadOptions(resume=False))
        with pytest.raises(sdk.UncertainJobCreationError) as caught:
            sdk.SolversApi(client).create_job(SLEEPER, VERSION, {"input_1": data})
        creations = [
            f
            for f in read_journal(platform.data_dir / "faults.jsonl")
            if f["method"] == "POST" and f["path"].endswith("/jobs")
        ]
    assert len(creations) == 1  # sent once, never again
    assert caught.value.candidates == []
    assert "could not be read" in str(caught.value)


# -- study jobs: the same guarantee ---------------------------------------------------------------
STUDY_JOBS = r"/studies/[^/]+/jobs$"


def study_runner(client: sdk.ApiClient) -> sdk.StudyRunner:
    study = sdk.StudiesApi(client).iter_studies().first()
    assert study is not None
    return sdk.StudyRunner.get(client, str(study.uid))


@pytest.mark.parametrize("flavor", ["sync", "async"])
def test_a_study_job_whose_answer_is_lost_is_found_not_created_again(flavor: str) -> None:
    """Every answer to a study-job creation is lost, on a server that ignores keys: the SDK
    finds the job each creation made (it once sent the creation again, making a job per
    attempt, and still failed)."""
    env = fault_env(1.0, seed=3, kinds="lost", paths=STUDY_JOBS, methods="POST")
    with (
        LocalPlatform(env=env, ignore_idempotency_keys=True) as platform,
        sdk.ApiClient(**kwargs_for(platform)) as client,
    ):
        study = study_runner(client)
        (sleep_key,) = [k for k, p in study.inputs.items() if p.type == "integer"]
        bodies = [sdk.JobInputs.from_dict({"values": {sleep_key: n}}) for n in range(3)]

        async def create_all() -> list[Any]:
            if flavor == "sync":
                api = sdk.StudiesApi(client)
                return [api.create_study_job(study.id, body=body) for body in bodies]
            async with sdk.aio.ApiClient(**kwargs_for(platform)) as aclient:
                aapi = sdk.aio.StudiesApi(aclient)
                return [await aapi.create_study_job(study.id, body=body) for body in bodies]

        with sdk_log() as log:
            created = asyncio.run(create_all())
        jobs = list(sdk.StudiesApi(client).iter_study_jobs(study.id))
        lost = read_journal(platform.data_dir / "faults.jsonl")
    assert [job.id for job in jobs] == [job.id for job in created]
    assert len(lost) == 3  # each creation sent once, its answer lost
    assert log.found_lost_jobs == 3


def test_study_runs_with_lost_answers_make_one_job_each(tmp_path: Path) -> None:
    """`StudyRunner.submit` (the job layer) through lost and failed answers of every kind, on
    a server that ignores keys: as many jobs as submissions, each the one submitted."""
    env = fault_env(0.5, seed=5, kinds=KINDS, paths=STUDY_JOBS, methods="POST")
    with (
        LocalPlatform(env=env, ignore_idempotency_keys=True) as platform,
        sdk.ApiClient(**kwargs_for(platform)) as client,
    ):
        study = study_runner(client)
        (sleep_key,) = [k for k, p in study.inputs.items() if p.type == "integer"]
        handles = [study.submit({sleep_key: n}, start=False) for n in range(12)]
        jobs = [job.id for job in sdk.StudiesApi(client).iter_study_jobs(study.id)]
        faults = read_journal(platform.data_dir / "faults.jsonl")
    assert jobs == [handle.id for handle in handles]
    assert {fault["kind"] for fault in faults} >= {"lost", "reset-before"}
