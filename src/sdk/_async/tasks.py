"""Long platform operations as tasks: `Task` follows one (a function job's log export, a chat
response, a function run being set up) to its end, with progress, then reads its result.

    task = await aio.Task.for_function_job_logs(client, job_id)
    result = await task.wait(progress=True)    # the task's return value, e.g. a File record

Written once, awaitable; `scripts/unasync.py` writes the blocking twin (`sdk.Task`). Waiting
uses the job layer's `PollPolicy` and `next_poll`, so a task is polled like a job.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from osparc_sdk_generated.models import TaskGet, TaskStatus
from osparc_sdk_patches.api.function_jobs import AsyncFunctionJobsApi
from osparc_sdk_patches.api.tasks import AsyncTasksApi

from sdk._async import primitives
from sdk._job_core import PollPolicy, TaskTimeoutError, next_poll
from sdk._job_data import as_uuid
from sdk._progress import TaskBar

if TYPE_CHECKING:
    from sdk._client import AsyncApiClient

__all__ = ["AsyncTask"]


def _percent(status: TaskStatus) -> float:
    percent = status.task_progress.percent
    return float(percent) if isinstance(percent, int | float) else 0.0


def _message(status: TaskStatus) -> str:
    message = status.task_progress.message
    return message if isinstance(message, str) else ""


class AsyncTask:
    """One platform task, by id; `TaskGet` (what starting one answers) names it."""

    def __init__(
        self,
        client: AsyncApiClient,
        task_id: str | UUID,
        *,
        name: str = "",
        poll: PollPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = primitives.sleep,
    ) -> None:
        self.uuid = as_uuid(task_id, "task id")
        self.id = str(self.uuid)
        self.name = name
        self.poll = poll or PollPolicy()
        self._api = AsyncTasksApi(client)
        self._clock = clock
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"<{primitives.PREFIX}Task {self.id} {self.name!r}>"

    @classmethod
    def from_task_get(cls, client: AsyncApiClient, task: TaskGet) -> AsyncTask:
        name = task.task_name if isinstance(task.task_name, str) else ""
        return cls(client, task.task_id, name=name)

    @classmethod
    async def for_function_job_logs(
        cls, client: AsyncApiClient, function_job_id: UUID | str
    ) -> AsyncTask:
        """Start exporting a function job's logs; the task's result is the archive's file."""
        job_id = as_uuid(function_job_id, "function job id")
        started = await AsyncFunctionJobsApi(client).get_function_job_logs_task(job_id)
        return cls.from_task_get(client, started)

    @classmethod
    async def list_tasks(cls, client: AsyncApiClient) -> list[AsyncTask]:
        """The user's tasks."""
        listed = await AsyncTasksApi(client).list_tasks()
        return [cls.from_task_get(client, task) for task in listed.data]

    async def status(self) -> TaskStatus:
        return await self._api.get_task_status(self.uuid)

    async def wait(
        self,
        timeout: float | None = None,
        *,
        progress: bool = False,
        on_progress: Callable[[TaskStatus], None] | None = None,
    ) -> Any:
        """Poll until the task is done, then return its result (any JSON value).

        `on_progress(status)` sees every status polled; `progress` draws a bar on stderr.
        Raises `TaskTimeoutError` after `timeout` seconds (the task goes on), `NotFoundError`
        if it was cancelled (it has no result), `ServerError` if it failed."""
        await self.wait_done(timeout, progress=progress, on_progress=on_progress)
        return await self.result()

    async def wait_done(
        self,
        timeout: float | None = None,
        *,
        progress: bool = False,
        on_progress: Callable[[TaskStatus], None] | None = None,
    ) -> TaskStatus:
        """Poll until the task is done (finished, failed or cancelled); its last status."""
        deadline = None if timeout is None else self._clock() + timeout
        polls = 0
        with TaskBar(self.name or f"task {self.id}", enabled=progress) as bar:
            while True:
                status = await self.status()
                bar.update(_percent(status), _message(status))
                if on_progress is not None:
                    on_progress(status)
                step = next_poll(
                    self.poll, status.done, polls=polls, now=self._clock(), deadline=deadline
                )
                if step.done:
                    return status
                if step.timed_out:
                    raise TaskTimeoutError(self.id, timeout or 0.0, _percent(status))
                await self._sleep(step.pause)
                polls += 1

    async def result(self) -> Any:
        """The task's return value (`NotFoundError` while it runs or once cancelled)."""
        return (await self._api.get_task_result(self.uuid)).result

    async def cancel(self) -> None:
        await self._api.cancel_task(self.uuid)
