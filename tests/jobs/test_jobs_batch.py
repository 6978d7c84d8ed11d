"""`run_many`: bounded concurrency, every job accounted for in input order, Ctrl-C stops."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from jobs_testkit import LONG_WALK, SLEEPER

import sdk
from sdk import RunningState, aio

TERMINAL = {RunningState.SUCCESS, RunningState.FAILED, RunningState.ABORTED}


def job_ids(client: sdk.ApiClient, release: sdk.SolverRelease) -> set[UUID]:
    return {job.id for job in sdk.SolversApi(client).iter_jobs(release.key, release.version)}


def test_batch_of_200_jobs(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path, tag: str
) -> None:
    missing_file = sdk.FileMeta(id=uuid.uuid4(), filename="single_number.txt")
    items: list[dict[str, Any]] = []
    for i in range(200):
        inputs: dict[str, Any] = {
            "input_1": number_file,
            "input_2": i % 3,
            "input_3": i % 10 == 7,
        }
        if i in (50, 150):
            inputs["input_2"] = 99  # refused by check: no job
        if i == 100:
            inputs["input_1"] = missing_file  # refused by the platform: no job
        items.append(inputs)

    started = time.monotonic()
    results = sleeper.run_many(items, concurrency=16, timeout=60, metadata={"batch": tag})
    elapsed = time.monotonic() - started
    print(f"\n200-job batch: {elapsed:.2f} s")

    assert len(results) == 200
    for i, (inputs, result) in enumerate(zip(items, results, strict=True)):
        assert result.inputs is inputs, f"result {i} is out of order"
        if i in (50, 150):
            assert result.job_id is None
            assert result.state is None
            assert "input_2: must be at most 65" in (result.error or "")
            assert isinstance(result.exception, sdk.InvalidInputError)
        elif i == 100:
            assert result.job_id is None
            assert "not found" in (result.error or "")
            assert isinstance(result.exception, sdk.ValidationError)
        elif i % 10 == 7:
            assert result.state is RunningState.FAILED
            assert "fail after sleep" in result.error
        else:
            assert result.ok, f"job {i}: {result.error}"
            assert set(result.outputs or {}) == {"output_1", "output_2"}
    created = [r.job_id for r in results if r.job_id is not None]
    assert len(set(created)) == 197
    tagged = {h.id for h in sdk.find_jobs(client, metadata_any=[f"batch:{tag}"])}
    assert tagged == set(created)
    assert elapsed < 60


def test_per_job_timeout_is_a_result(sleeper: sdk.SolverRelease, number_file: Path) -> None:
    short = {"input_1": number_file, "input_2": 0}
    long = {"input_1": number_file, "input_4": LONG_WALK}
    quick, slow = sleeper.run_many([short, long], timeout=1.0)
    assert quick.ok
    assert isinstance(slow.exception, sdk.JobTimeoutError)
    assert slow.job_id is not None
    assert slow.state not in TERMINAL
    assert "did not finish within 1 s" in (slow.error or "")
    with pytest.raises(sdk.JobTimeoutError):
        slow.raise_for_state()
    sleeper.job(slow.job_id).stop()


def _long_items(number_file: Path, count: int) -> list[dict[str, Any]]:
    return [{"input_1": number_file, "input_4": LONG_WALK} for _ in range(count)]


def test_keyboard_interrupt_stops_every_started_job(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    before = job_ids(client, sleeper)
    submitted: list[UUID] = []

    def interrupt_after_three(index: int, job_id: UUID) -> None:
        submitted.append(job_id)
        if len(submitted) == 3:
            raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        sleeper.run_many(
            _long_items(number_file, 12), concurrency=4, on_submitted=interrupt_after_three
        )
    assert time.monotonic() - started < 15, "the interrupt must not wait for the jobs"

    new = job_ids(client, sleeper) - before
    assert set(submitted) <= new
    assert 3 <= len(new) <= 4, "no job beyond the concurrency"
    states = {job_id: sleeper.job(job_id).status().state for job_id in new}
    assert all(state is RunningState.ABORTED for state in states.values()), states


def test_cancelling_async_run_many_stops_its_jobs(
    account: dict[str, Any], client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    before = job_ids(client, sleeper)

    async def main() -> None:
        async with aio.ApiClient(**account) as aclient:
            release = await aio.SolverRelease.get(aclient, SLEEPER, "2.1.6")
            two_started = asyncio.Event()
            count = 0

            def seen(index: int, job_id: UUID) -> None:
                nonlocal count
                count += 1
                if count == 2:
                    two_started.set()

            task = asyncio.ensure_future(
                release.run_many(_long_items(number_file, 10), concurrency=3, on_submitted=seen)
            )
            await asyncio.wait_for(two_started.wait(), 20)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    new = job_ids(client, sleeper) - before
    assert 2 <= len(new) <= 3
    assert {sleeper.job(j).status().state for j in new} == {RunningState.ABORTED}


def test_keep_running_on_interrupt(
    client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    before = job_ids(client, sleeper)

    def interrupt(index: int, job_id: UUID) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sleeper.run_many(
            _long_items(number_file, 3),
            concurrency=1,
            on_submitted=interrupt,
            keep_running_on_interrupt=True,
        )
    (left,) = job_ids(client, sleeper) - before
    handle = sleeper.job(left)
    assert handle.status().state not in TERMINAL
    handle.stop()


def test_run_many_from_code_with_a_running_loop(
    sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    """As in Jupyter: blocking run_many called while an event loop runs in this thread."""

    async def notebook_cell() -> list[sdk.JobResult]:
        return sleeper.run_many(
            [{"input_1": number_file, "input_2": n % 2, "input_3": n == 2} for n in range(4)]
        )

    results = asyncio.run(notebook_cell())
    assert [r.state for r in results] == [
        RunningState.SUCCESS,
        RunningState.SUCCESS,
        RunningState.FAILED,
        RunningState.SUCCESS,
    ]


def test_concurrency_must_be_positive(sleeper: sdk.SolverRelease) -> None:
    with pytest.raises(sdk.InvalidInputError, match="concurrency"):
        sleeper.run_many([], concurrency=0)
    assert sleeper.run_many([]) == []


BATCH_SCRIPT = """
import sys
from pathlib import Path
import sdk

host, key, secret, number = sys.argv[1:5]
with sdk.ApiClient(host=host, api_key=key, api_secret=secret) as client:
    sleeper = sdk.SolverRelease.get(client, "simcore/services/comp/itis/sleeper", "2.1.6")
    items = [{"input_1": Path(number), "input_4": 10_000} for _ in range(10)]
    try:
        sleeper.run_many(items, concurrency=3, on_submitted=lambda i, j: print(j, flush=True))
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        sys.exit(130)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT as Ctrl-C is POSIX")
@pytest.mark.usefixtures("sigint_reaches_children")
def test_real_ctrl_c_stops_the_batch(
    account: dict[str, Any], client: sdk.ApiClient, sleeper: sdk.SolverRelease, number_file: Path
) -> None:
    before = job_ids(client, sleeper)
    process = subprocess.Popen(
        [sys.executable, "-c", BATCH_SCRIPT, *account.values(), str(number_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = [UUID(process.stdout.readline().strip()) for _ in range(2)]
    process.send_signal(signal.SIGINT)
    out, _ = process.communicate(timeout=30)
    assert process.returncode == 130
    assert out.strip().endswith("interrupted")
    new = job_ids(client, sleeper) - before
    assert set(first) <= new
    assert len(new) <= 3
    assert {sleeper.job(j).status().state for j in new} == {RunningState.ABORTED}
