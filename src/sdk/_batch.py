"""Many jobs at once: bounded concurrency, every job accounted for, Ctrl-C stops what it started.

`run_batch` is the engine behind `run_many` (sync and async). Each inputs mapping goes through
check, uploads (each distinct local file once), create, start and wait, with at most
`concurrency` jobs of the batch in flight at once; whatever goes wrong with one job becomes its
`JobResult` and the others go on. Results come back in input order.

Interruption (the task is cancelled, Ctrl-C, or KeyboardInterrupt from `on_submitted`): the
jobs not yet created are not created, creations already sent are let finish, and then every job
the batch created and that has not finished is stopped (`:stop`), unless
`keep_running_on_interrupt`; then the interruption goes on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from sdk_generated.models import Job
from sdk_patches.errors import InvalidInputError

from sdk._aio_jobs import AsyncJobHandle, UploadCache, _AsyncRunner
from sdk._jobs import TERMINAL_STATES, JobResult, JobTimeoutError
from sdk._progress import BatchProgress

if TYPE_CHECKING:
    from sdk._client import ApiClient, AsyncApiClient

__all__ = ["async_twin", "run_batch", "run_sync"]

T = TypeVar("T")
#: How long stopping the started jobs may take after an interruption.
STOP_TIMEOUT = 60.0
STOP_CONCURRENCY = 16


class _Interrupted(Exception):
    """KeyboardInterrupt raised by a callback, carried out of the task that saw it."""


def async_twin(client: ApiClient) -> AsyncApiClient:
    """An async client with the same settings (host, credentials, retries, timeouts)."""
    from sdk._client import AsyncApiClient

    return AsyncApiClient.from_settings(client.settings)


def run_sync(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to the end from blocking code.

    Without a running event loop in this thread: `asyncio.run` (Ctrl-C cancels the coroutine,
    which cleans up, then KeyboardInterrupt is raised). With one (Jupyter, or blocking code
    called from async code): in a worker thread with its own loop; Ctrl-C here cancels it the
    same way and waits for its cleanup.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())

    ready = threading.Event()
    box: dict[str, Any] = {}

    def worker() -> T:
        loop = asyncio.new_event_loop()
        try:
            task = loop.create_task(factory())
            box["loop"], box["task"] = loop, task
            ready.set()
            return loop.run_until_complete(task)
        finally:
            ready.set()
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="sdk-batch")
    try:
        future = pool.submit(worker)
        try:
            return future.result()
        except KeyboardInterrupt:
            ready.wait()
            if not future.done() and "task" in box:
                box["loop"].call_soon_threadsafe(box["task"].cancel)
                with contextlib.suppress(BaseException):
                    future.result()
            raise
    finally:
        pool.shutdown(wait=True)


async def _stop_all(handles: Sequence[AsyncJobHandle]) -> None:
    gate = asyncio.Semaphore(STOP_CONCURRENCY)

    async def stop(handle: AsyncJobHandle) -> None:
        async with gate:
            with contextlib.suppress(Exception):
                await handle.stop()

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(
            asyncio.gather(*(stop(h) for h in handles), return_exceptions=True), STOP_TIMEOUT
        )


async def run_batch(
    runner: _AsyncRunner,
    items: Sequence[Mapping[str, object]],
    *,
    concurrency: int = 8,
    timeout: float | None = None,
    progress: bool = False,
    keep_running_on_interrupt: bool = False,
    metadata: Mapping[str, object] | None = None,
    on_submitted: Callable[[int, UUID], None] | None = None,
) -> list[JobResult]:
    if concurrency < 1:
        raise InvalidInputError(f"concurrency must be at least 1, not {concurrency}")
    results: list[JobResult | None] = [None] * len(items)
    created: dict[int, AsyncJobHandle] = {}
    creations: list[asyncio.Future[Job]] = []
    uploads = UploadCache()
    gate = asyncio.Semaphore(concurrency)
    bar = BatchProgress(len(items), enabled=progress)

    def track(index: int, creation: asyncio.Future[Job]) -> None:
        def record(done: asyncio.Future[Job]) -> None:
            if not done.cancelled() and done.exception() is None:
                created[index] = runner._handle(done.result().id, done.result())

        creations.append(creation)
        creation.add_done_callback(record)

    def finish(index: int, result: JobResult, *, was_running: bool) -> None:
        results[index] = result
        bar.done(ok=result.ok, was_running=was_running)

    async def one(index: int) -> None:
        inputs = items[index]
        async with gate:
            try:
                handle = await runner._submit(
                    inputs,
                    metadata=metadata,
                    uploads=uploads,
                    on_create=lambda creation: track(index, creation),
                )
            except Exception as error:
                job = created.get(index)
                job_id = job.id if job is not None else None
                finish(
                    index,
                    JobResult.from_exception(error, job_id=job_id, inputs=inputs),
                    was_running=False,
                )
                return
            bar.started()
            if on_submitted is not None:
                try:
                    on_submitted(index, handle.id)
                except KeyboardInterrupt as interrupt:
                    raise _Interrupted() from interrupt
            try:
                result = await handle.wait(timeout=timeout)
            except JobTimeoutError as error:
                result = JobResult.from_exception(
                    error, job_id=handle.id, status=error.status, inputs=inputs
                )
            except Exception as error:
                result = JobResult.from_exception(error, job_id=handle.id, inputs=inputs)
            else:
                result = JobResult(
                    job_id=result.job_id,
                    state=result.state,
                    status=result.status,
                    outputs=result.outputs,
                    error=result.error,
                    inputs=inputs,
                )
            finish(index, result, was_running=True)

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
            if not keep_running_on_interrupt:
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
