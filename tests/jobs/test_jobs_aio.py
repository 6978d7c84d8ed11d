"""The async twins (`sdk.aio.SolverRelease`, `StudyRunner`, `JobHandle`, `find_jobs`)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from jobs_testkit import LONG_WALK, SLEEPER, FakeOps

import sdk
from sdk import RunningState, aio


def test_async_names_are_the_twins() -> None:
    from sdk._async.jobs import AsyncJobHandle, AsyncSolverRelease, AsyncStudyRunner

    assert aio.SolverRelease is AsyncSolverRelease
    assert aio.StudyRunner is AsyncStudyRunner
    assert aio.JobHandle is AsyncJobHandle
    assert aio.JobResult is sdk.JobResult
    assert aio.JobTimeoutError is sdk.JobTimeoutError


def test_async_solver_release(
    account: dict[str, Any], number_file: Path, tmp_path: Path, tag: str
) -> None:
    async def main() -> None:
        async with aio.ApiClient(**account) as client:
            sleeper = await aio.SolverRelease.get(client, SLEEPER, "2.1.6")
            assert repr(sleeper) == f"<aio.SolverRelease {SLEEPER} 2.1.6>"
            assert sleeper.inputs["input_2"].maximum == 65
            with pytest.raises(sdk.InvalidInputError, match="input_2: must be at most 65"):
                await sleeper.submit({"input_1": number_file, "input_2": 70})

            result = await sleeper.run(
                {"input_1": number_file, "input_2": 1}, metadata={"tag": tag}, timeout=30
            )
            assert result.ok
            assert set(result.outputs or {}) == {"output_1", "output_2"}
            handle = sleeper.job(result.job_id)  # type: ignore[arg-type]
            saved = await handle.download_outputs(tmp_path / "out")
            assert saved["output_1"].read_text().strip().isdigit()
            folder = await handle.download_log(tmp_path / "logs", extract=True)
            assert "Will sleep for 1 seconds" in (folder / "sleeper.logs").read_text()
            assert await handle.metadata() == {"tag": tag}

            failed = await sleeper.run({"input_1": number_file, "input_3": "true"}, timeout=30)
            assert failed.state is RunningState.FAILED
            assert failed.error

            long = await sleeper.submit({"input_1": number_file, "input_4": LONG_WALK})
            with pytest.raises(sdk.JobTimeoutError):
                await long.wait(timeout=0.1)
            assert (await long.stop()).state is RunningState.ABORTED

            ids = [h.id async for h in sleeper.iter_jobs(metadata_any=[f"tag:{tag}"])]
            assert ids == [result.job_id]
            found = [h async for h in aio.find_jobs(client, metadata_all=[f"tag:{tag}"])]
            assert [h.id for h in found] == [result.job_id]
            same = aio.JobHandle.from_name(client, found[0].name)
            assert (await same.status()).state is RunningState.SUCCESS

            created = await sleeper.submit({"input_1": number_file}, start=False)
            await created.delete()
            with pytest.raises(sdk.NotFoundError):
                await created.status()

    asyncio.run(main())


def test_async_study_runner(account: dict[str, Any]) -> None:
    async def main() -> None:
        async with aio.ApiClient(**account) as client:
            first = await aio.StudiesApi(client).iter_studies().first()
            assert first is not None
            study = await aio.StudyRunner.get(client, first.uid)
            assert repr(study) == f"<aio.StudyRunner {study.id} {study.title!r}>"
            (sleep_key,) = [k for k, p in study.inputs.items() if p.type == "integer"]
            result = await study.run({sleep_key: 0}, timeout=30)
            assert result.ok
            assert list(result.outputs or {}) == list(study.outputs)
            ids = [h.id async for h in study.iter_jobs()]
            assert result.job_id in ids

    asyncio.run(main())


def test_async_wait_with_injected_clock() -> None:
    now = [0.0]
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    class Ops(FakeOps):
        async def inspect(self, job_id: UUID) -> sdk.JobStatus:  # type: ignore[override]
            return super().inspect(job_id)

        async def outputs(self, job_id: UUID) -> sdk.JobOutputs:  # type: ignore[override]
            return super().outputs(job_id)

    handle = aio.JobHandle(
        Ops(["PENDING", "STARTED", "SUCCESS"]),  # type: ignore[arg-type]
        UUID(int=3),
        clock=lambda: now[0],
        sleep=sleep,
    )
    result = asyncio.run(handle.wait())
    assert result.ok
    assert sleeps == pytest.approx([0.1, 0.15])
