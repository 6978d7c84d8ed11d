"""Following a job's log stream (ndjson), which the generated code cannot read."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

import sdk
from sdk import aio

SLEEPER = "simcore/services/comp/itis/sleeper"
VERSION = "2.1.6"


def test_sync_stream_follows_the_job_to_its_end(
    account: dict[str, Any], sleeper_input: Any
) -> None:
    with sdk.ApiClient(**account) as client:
        solvers = sdk.SolversApi(client)
        job = solvers.create_job(SLEEPER, VERSION, {"input_1": sleeper_input, "input_2": 3})
        solvers.start_job(SLEEPER, VERSION, job.id)
        logs = list(solvers.iter_job_logs(SLEEPER, VERSION, job.id))
        assert logs, "the stream yielded no line"
        assert all(log.job_id == job.id for log in logs)
        assert "SUCCESS" in logs[-1].messages[0]
        assert solvers.inspect_job(SLEEPER, VERSION, job.id).state.value == "SUCCESS"


def test_async_stream_follows_the_job_and_unknown_jobs_raise(
    account: dict[str, Any], sleeper_input: Any
) -> None:
    async def scenario() -> list[str]:
        async with aio.ApiClient(**account) as client:
            solvers = aio.SolversApi(client)
            with pytest.raises(sdk.NotFoundError):
                await anext(aiter(solvers.iter_job_logs(SLEEPER, VERSION, uuid.uuid4())))
            job = await solvers.create_job(
                SLEEPER, VERSION, {"input_1": sleeper_input, "input_2": 5, "input_3": True}
            )
            await solvers.start_job(SLEEPER, VERSION, job.id)
            return [
                log.messages[0] async for log in solvers.iter_job_logs(SLEEPER, VERSION, job.id)
            ]

    messages = asyncio.run(scenario())
    assert len(messages) >= 2
    assert "FAILED" in messages[-1]
