"""Every fault kind, end to end: a platform that fails 30% of its requests in that one way, and
the SDK (blocking and async) running the tutorial workflow through it.

- With retries left, the workflow succeeds: 5xx and 429 are retried (a lost answer to a job
  creation is recovered through its idempotency key, or found on the platform: still one job),
  dropped connections are retried, truncated downloads resume, damaged downloads and log
  archives are fetched again, slow answers are waited for.
- With retries exhausted, the caller gets the typed error for that kind, and a download that
  cannot finish leaves nothing at its destination.

Decisions are seeded and only API and storage requests are counted, so a run replays exactly.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osparc_platform_server.faults import KINDS, read_journal
from soak_kit import (
    SLEEPER,
    VERSION,
    check_jobs,
    fault_env,
    partial_files,
    sdk_log,
    tutorial_workflow,
    wait_for_job,
)

import sdk
from sdk.testing import LocalPlatform

pytestmark = pytest.mark.timeout(120)

RATE = 0.3
SLOW = 0.3
#: Retries without waiting: these tests are about what is retried, not when.
PATIENT = sdk.RetryPolicy(max_attempts=10, backoff=0.0, jitter=0.0, max_retry_after=0.0)
IMPATIENT = sdk.RetryPolicy(max_attempts=2, backoff=0.0, jitter=0.0, max_retry_after=0.0)
#: Where content bodies come from: downloads and log archives.
CONTENT_PATHS = r"^/storage/(files|jobs)/"
#: Kinds answered with a status, and the error the caller gets once retries run out.
STATUS_ERRORS: dict[str, type[sdk.ApiError]] = {
    "500": sdk.ServerError,
    "502": sdk.ServerError,
    "503": sdk.ServerError,
    "504": sdk.ServerError,
    "429": sdk.RateLimitedError,
}


@pytest.fixture(scope="module")
def platforms() -> Iterator[dict[str, LocalPlatform]]:
    """One platform per fault kind, started side by side."""
    started = {
        kind: LocalPlatform(env=fault_env(RATE, seed=1000 + n, kinds=kind, slow=SLOW))
        for n, kind in enumerate(KINDS)
    }
    # Only content bodies can be damaged (a few requests of a workflow): aim at them.
    started["corrupt"] = LocalPlatform(
        env=fault_env(0.5, seed=2000, kinds="corrupt", paths=CONTENT_PATHS)
    )
    try:
        with concurrent.futures.ThreadPoolExecutor(len(started)) as pool:
            for future in [pool.submit(p.start) for p in started.values()]:
                future.result()
        yield started
    finally:
        for platform in started.values():
            platform.close()


def client_kwargs(platform: LocalPlatform, **overrides: Any) -> dict[str, Any]:
    return platform.client_kwargs(
        **{"token_cache": False, "config_file": os.devnull, "retry": PATIENT, **overrides}
    )


def journal_in(folder: Path) -> sdk.UploadOptions:
    """Upload journals in the test's folder, not the user's cache."""
    return sdk.UploadOptions(journal_dir=folder / "journals")


def faults_of(platform: LocalPlatform) -> Counter[str]:
    return Counter(f["kind"] for f in read_journal(platform.data_dir / "faults.jsonl"))


def run_workflow(platform: LocalPlatform, flavor: str, folder: Path, index: int) -> Any:
    kwargs = client_kwargs(platform)

    async def main() -> Any:
        if flavor == "sync":
            with sdk.ApiClient(**kwargs) as client:
                return await tutorial_workflow(client, folder, index=index, upload_concurrency=1)
        async with sdk.aio.ApiClient(**kwargs) as client:
            return await tutorial_workflow(client, folder, index=index, upload_concurrency=1)

    return asyncio.run(main())


@pytest.mark.parametrize("flavor", ["sync", "async"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_workflow_recovers(
    platforms: dict[str, LocalPlatform], kind: str, flavor: str, tmp_path: Path
) -> None:
    platform = platforms[kind]
    before = faults_of(platform)[kind]
    jobs_before = job_ids(platform)
    with sdk_log() as log:
        index = 2 * KINDS.index(kind) + (flavor == "async")  # content of its own
        outcome = run_workflow(platform, flavor, tmp_path / "wf", index)
    assert outcome.ok, outcome.describe()
    assert outcome.corrupted == []
    if kind == "corrupt":
        with sdk_log() as more:
            download_until_damaged(platform, tmp_path / "wf", before)
        log.download_refetches += more.download_refetches
    injected = faults_of(platform)[kind] - before
    assert injected > 0, f"no {kind} fault in this run: it tested nothing"
    if kind == "slow":
        assert log.retries == 0  # waited for, never sent twice
    elif kind == "truncate":
        assert log.retries + log.download_resumes > 0
    elif kind == "corrupt":  # only content bodies are damaged: downloads and log archives
        assert log.retries == 0
        assert log.download_refetches + log.archive_refetches > 0
    else:
        assert log.retries > 0
    assert partial_files(tmp_path) == []
    # One job, the one the workflow was told about, whatever answers were lost on the way.
    assert job_ids(platform) - jobs_before == {outcome.job_id}
    with sdk.ApiClient(**client_kwargs(platform)) as client:
        assert check_jobs(client, [outcome]).duplicates == 0


def download_until_damaged(platform: LocalPlatform, folder: Path, before: int) -> None:
    """A workflow downloads only a few contents: if none arrived damaged, download the
    workflow's input until one did (each time whole and right)."""
    source = folder / "single_number.txt"
    with sdk.ApiClient(**client_kwargs(platform)) as client:
        files = sdk.FilesApi(client)
        uploaded = files.upload_file(source, options=journal_in(folder))
        for _ in range(20):
            if faults_of(platform)["corrupt"] > before:
                return
            path = files.download_file(
                uploaded.id, folder / "again", options=sdk.DownloadOptions(overwrite=True)
            )
            assert path.read_bytes() == source.read_bytes()


def job_ids(platform: LocalPlatform) -> set[Any]:
    with sdk.ApiClient(**client_kwargs(platform)) as client:
        return {job.id for job in sdk.SolversApi(client).iter_jobs(SLEEPER, VERSION)}


def call_until_it_fails(call: Any, tries: int = 100) -> Exception:
    """Call until a fault outlasts the retries (each call has a 30% chance per attempt)."""
    for _ in range(tries):
        try:
            call()
        except Exception as error:
            return error
    raise AssertionError(f"{tries} calls and not one failed")


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "corrupt"])
def test_retries_run_out_into_a_typed_error(
    platforms: dict[str, LocalPlatform], kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="sdk")
    timeout = SLOW / 3 if kind == "slow" else 10.0
    with sdk.ApiClient(**client_kwargs(platforms[kind], retry=IMPATIENT, timeout=timeout)) as c:
        error = call_until_it_fails(sdk.UsersApi(c).get_my_profile)
    assert isinstance(error, sdk.SdkError), repr(error)
    assert error.__class__.__module__.startswith("osparc_sdk_patches")
    if kind in STATUS_ERRORS:
        assert type(error) is STATUS_ERRORS[kind]
        assert isinstance(error, sdk.ApiError)
        assert error.status_code == int(kind)
        assert "injected fault" in str(error)
        if kind == "429":
            assert isinstance(error, sdk.RateLimitedError)
            assert error.retry_after == 1.0
    elif kind == "slow":
        assert isinstance(error, sdk.ApiTimeoutError)
    else:  # the connection dropped, before or during the answer
        assert type(error) is sdk.ApiConnectionError
    assert str(error).endswith(f"(GET {platforms[kind].base_url}/v0/me)")
    retried = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert retried
    assert retried[-1].split(" (attempt ")[1].startswith("2 of 2")


def test_a_download_that_keeps_being_cut_leaves_nothing_behind(
    platforms: dict[str, LocalPlatform], tmp_path: Path
) -> None:
    platform = platforms["truncate"]
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(64 * 1024))
    destination = tmp_path / "downloads"
    destination.mkdir()
    no_resume = sdk.DownloadOptions(max_resumes=0, overwrite=True)
    with sdk.ApiClient(**client_kwargs(platform)) as client:
        files = sdk.FilesApi(client)
        uploaded = files.upload_file(source, options=journal_in(tmp_path))
        error = call_until_it_fails(
            lambda: files.download_file(uploaded.id, destination, options=no_resume)
        )
        assert isinstance(error, sdk.TransferError), repr(error)
        assert "kept failing" in str(error)
        assert partial_files(tmp_path) == []
        # With resumes allowed, the same download completes, whole.
        path = files.download_file(
            uploaded.id, destination, options=sdk.DownloadOptions(overwrite=True)
        )
        assert path.read_bytes() == source.read_bytes()
    assert partial_files(tmp_path) == []


def test_a_download_damaged_on_every_attempt_is_a_transfer_error(
    platforms: dict[str, LocalPlatform], tmp_path: Path
) -> None:
    """One byte flipped on the way (half the content answers): the download is fetched again
    from the start; when every attempt of the policy arrived damaged, it is a TransferError
    and nothing is left behind."""
    platform = platforms["corrupt"]
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(32 * 1024))
    destination = tmp_path / "downloads"
    destination.mkdir()
    again = sdk.DownloadOptions(overwrite=True)
    with sdk.ApiClient(**client_kwargs(platform, retry=IMPATIENT)) as client:
        files = sdk.FilesApi(client)
        uploaded = files.upload_file(source, options=journal_in(tmp_path))
        error = call_until_it_fails(
            lambda: files.download_file(uploaded.id, destination, options=again)
        )
        assert isinstance(error, sdk.TransferError), repr(error)
        assert "does not match its checksum (2 attempts)" in str(error)
        assert partial_files(tmp_path) == []
    very_patient = PATIENT.replace(max_attempts=16)
    with sdk.ApiClient(**client_kwargs(platform, retry=very_patient)) as client:
        path = sdk.FilesApi(client).download_file(uploaded.id, destination, options=again)
    assert path.read_bytes() == source.read_bytes()


def test_a_damaged_log_archive_is_fetched_again_or_is_a_transfer_error(
    platforms: dict[str, LocalPlatform], tmp_path: Path
) -> None:
    platform = platforms["corrupt"]
    number = tmp_path / "single_number.txt"
    number.write_text("4\n")
    with sdk.ApiClient(**client_kwargs(platform, retry=PATIENT.replace(max_attempts=16))) as c:
        solvers = sdk.SolversApi(c)
        data = sdk.FilesApi(c).upload_file(number, options=journal_in(tmp_path))
        job = solvers.create_job(SLEEPER, VERSION, {"input_1": data, "input_2": 0})
        solvers.start_job(SLEEPER, VERSION, job.id)
        asyncio.run(wait_for_job(solvers, job.id, deadline=60))
        with sdk_log() as log:
            archives = {solvers.get_job_output_logfile(SLEEPER, VERSION, job.id) for _ in range(8)}
        assert len(archives) == 1  # every one whole and the same
        assert log.archive_refetches > 0
    with sdk.ApiClient(**client_kwargs(platform, retry=IMPATIENT)) as impatient:
        error = call_until_it_fails(
            lambda: sdk.SolversApi(impatient).get_job_output_logfile(SLEEPER, VERSION, job.id)
        )
    assert isinstance(error, sdk.TransferError), repr(error)
    assert f"the log archive of job {job.id} arrived damaged 2 times" in str(error)


def test_lost_answers_to_job_creation_never_create_a_second_job(
    platforms: dict[str, LocalPlatform], tmp_path: Path
) -> None:
    """502 after the handler ran, on every other creation: the retry, with the same
    Idempotency-Key, gets the job the first attempt created."""
    platform = platforms["502"]
    number = tmp_path / "single_number.txt"
    number.write_text("7\n")
    with sdk.ApiClient(**client_kwargs(platform)) as client:
        solvers = sdk.SolversApi(client)
        data = sdk.FilesApi(client).upload_file(number, options=journal_in(tmp_path))
        before = job_ids(platform)
        lost_before = sum(
            f["path"].endswith("/jobs") and f["method"] == "POST"
            for f in read_journal(platform.data_dir / "faults.jsonl")
        )
        created = [
            solvers.create_job(SLEEPER, VERSION, {"input_1": data, "input_2": n}) for n in range(30)
        ]
        lost = (
            sum(
                f["path"].endswith("/jobs") and f["method"] == "POST"
                for f in read_journal(platform.data_dir / "faults.jsonl")
            )
            - lost_before
        )
    after = job_ids(platform)
    assert lost > 0, "no creation lost its answer: the test tested nothing"
    assert after - before == {job.id for job in created}
    assert len(after - before) == 30
