"""Many jobs at once: bounded concurrency, every job accounted for, Ctrl-C stops what it started.

`run_batch` is the engine behind `run_many`, and `wait_jobs` the one behind `JobCollection.wait`,
awaitable and blocking alike (the blocking forms run them in an event loop of their own, see
`sdk._sync.batch`). Each inputs mapping goes through
check, uploads (each distinct local file once), create, start and wait, with at most
`concurrency` jobs of the batch in flight at once; whatever goes wrong with one job becomes its
`JobResult` and the others go on. Results come back in input order.

Interruption (the task is cancelled, Ctrl-C, or KeyboardInterrupt from `on_submitted`): the
jobs not yet created are not created, creations already sent are let finish, and then every job
the batch created and that has not finished is stopped (`:stop`), unless
`keep_running_on_interrupt`; then the interruption goes on.

The runner and its handles are taken by their shape (`BatchRunner`), so that this engine does
not import the job layer that calls it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol
from uuid import UUID

import attrs
from osparc_sdk_generated.models import FileMeta, Job, JobInputs, JobStatus
from osparc_sdk_patches.api.files import AsyncFilesApi
from osparc_sdk_patches.api.solvers.start_job import Pricing

from sdk._job_core import TERMINAL_STATES, BatchOptions, JobResult, JobTimeoutError
from sdk._job_data import Inputs
from sdk._progress import BatchProgress

__all__ = ["BatchRunner", "UploadCache", "run_batch", "wait_jobs"]

#: How long stopping the started jobs may take after an interruption.
STOP_TIMEOUT = 60.0
STOP_CONCURRENCY = 16


class BatchHandle(Protocol):
    @property
    def id(self) -> UUID: ...
    async def wait(self, timeout: float | None = None) -> JobResult: ...
    async def stop(self) -> JobStatus: ...


class BatchOps(Protocol):
    @property
    def files(self) -> AsyncFilesApi: ...
    async def create(self, body: JobInputs) -> Job: ...


class BatchRunner(Protocol):
    """What the engine uses of a runner (`sdk._async.jobs.AsyncRunner`)."""

    @property
    def _ops(self) -> BatchOps: ...
    def _handle(self, job_id: UUID, job: Job | None = None) -> BatchHandle: ...
    async def _submit(
        self,
        inputs: Inputs,
        *,
        metadata: Mapping[str, object] | None = None,
        upload: Callable[[Path], Awaitable[FileMeta]] | None = None,
        create: Callable[[JobInputs], Awaitable[Job]] | None = None,
        pricing: Pricing | None = None,
    ) -> BatchHandle: ...


class WaitingCollection(Protocol):
    """What `wait_jobs` uses of a collection of jobs (`sdk._async.functions.AsyncJobCollection`)."""

    async def handles(self) -> Sequence[BatchHandle]: ...


class _Interrupted(Exception):
    """KeyboardInterrupt raised by a callback, carried out of the task that saw it."""


class UploadCache:
    """Each local file is uploaded once per batch, however many jobs take it (and however
    many ask at the same time); a changed file (size or mtime) is uploaded again."""

    def __init__(self, files: AsyncFilesApi) -> None:
        self._files = files
        self._uploads: dict[tuple[str, int, int], asyncio.Future[FileMeta]] = {}

    async def upload(self, path: Path) -> FileMeta:
        stat = await asyncio.to_thread(os.stat, path)
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        future = self._uploads.get(key)
        if future is None or future.cancelled() or (future.done() and future.exception()):
            future = asyncio.ensure_future(self._files.upload_file(path))
            self._uploads[key] = future
        return await asyncio.shield(future)


async def _stop_all(handles: Sequence[BatchHandle]) -> None:
    gate = asyncio.Semaphore(STOP_CONCURRENCY)

    async def stop(handle: BatchHandle) -> None:
        async with gate:
            with contextlib.suppress(Exception):
                await handle.stop()

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(
            asyncio.gather(*(stop(h) for h in handles), return_exceptions=True), STOP_TIMEOUT
        )


async def _result_of(
    handle: BatchHandle, timeout: float | None, inputs: Inputs | None = None
) -> JobResult:
    """The job's result once it has ended; a wait that timed out or failed is a result too."""
    try:
        return attrs.evolve(await handle.wait(timeout=timeout), inputs=inputs)
    except JobTimeoutError as error:
        return JobResult.from_exception(
            error, job_id=error.job_id, status=error.status, inputs=inputs
        )
    except Exception as error:
        return JobResult.from_exception(error, job_id=handle.id, inputs=inputs)


async def wait_jobs(
    collection: WaitingCollection,
    timeout: float | None,
    progress: bool,
    concurrency: int,
    on_result: Callable[[int, JobResult], None] | None,
) -> list[JobResult]:
    """Wait for jobs that are running already, at most `concurrency` of them polled at once;
    their results in the collection's order. `timeout` is for all of them (a job not ended by
    then is a result with `error`); `on_result(index, result)` as each job ends."""
    deadline = None if timeout is None else time.monotonic() + timeout
    handles = await collection.handles()
    gate = asyncio.Semaphore(concurrency)
    with BatchProgress(len(handles), enabled=progress) as bar:

        async def one(index: int, handle: BatchHandle) -> JobResult:
            async with gate:
                left = None if deadline is None else max(deadline - time.monotonic(), 0.001)
                result = await _result_of(handle, left)
            bar.done(ok=result.ok, was_running=False)
            if on_result is not None:
                on_result(index, result)
            return result

        return list(await asyncio.gather(*(one(i, h) for i, h in enumerate(handles))))


async def run_batch(
    runner: BatchRunner, items: Sequence[Inputs], options: BatchOptions
) -> list[JobResult]:
    results: list[JobResult | None] = [None] * len(items)
    created: dict[int, BatchHandle] = {}
    creations: list[asyncio.Future[Job]] = []
    uploads = UploadCache(runner._ops.files)
    gate = asyncio.Semaphore(options.concurrency)
    bar = BatchProgress(len(items), enabled=options.progress)

    def tracked(index: int) -> Callable[[JobInputs], Awaitable[Job]]:
        """A creation that, once sent, is let finish even if its task is cancelled, so that
        the batch learns of the job and can stop it."""

        def record(done: asyncio.Future[Job]) -> None:
            if not done.cancelled() and done.exception() is None:
                created[index] = runner._handle(done.result().id, done.result())

        async def create(body: JobInputs) -> Job:
            creation = asyncio.ensure_future(runner._ops.create(body))
            creations.append(creation)
            creation.add_done_callback(record)
            return await asyncio.shield(creation)

        return create

    def finish(index: int, result: JobResult, *, was_running: bool) -> None:
        results[index] = result
        bar.done(ok=result.ok, was_running=was_running)

    async def one(index: int) -> None:
        inputs = items[index]
        async with gate:
            try:
                handle = await runner._submit(
                    inputs,
                    metadata=options.metadata,
                    upload=uploads.upload,
                    create=tracked(index),
                    pricing=options.pricing,
                )
            except Exception as error:
                job = created.get(index)
                job_id = job.id if job is not None else None
                failed = JobResult.from_exception(error, job_id=job_id, inputs=inputs)
                finish(index, failed, was_running=False)
                return
            bar.started()
            if options.on_submitted is not None:
                try:
                    options.on_submitted(index, handle.id)
                except KeyboardInterrupt as interrupt:
                    raise _Interrupted() from interrupt
            finish(index, await _result_of(handle, options.timeout, inputs), was_running=True)

    tasks = [asyncio.ensure_future(one(i)) for i in range(len(items))]
    with bar:
        try:
            await asyncio.gather(*tasks)
        except BaseException as error:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            # Creations already sent finish (they are shielded), so their jobs are known.
            await asyncio.gather(*creations, return_exceptions=True)
            if not options.keep_running_on_interrupt:
                unfinished = [
                    handle
                    for index, handle in created.items()
                    if (done := results[index]) is None or done.state not in TERMINAL_STATES
                ]
                await _stop_all(unfinished)
            if isinstance(error, _Interrupted):
                raise KeyboardInterrupt from None
            raise
    lost = JobResult(job_id=None, state=None, error="no result was recorded (internal error)")
    return [r if r is not None else lost for r in results]
