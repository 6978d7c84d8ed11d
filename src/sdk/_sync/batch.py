"""The blocking entry to the batch engine: `run_many` of a blocking runner runs the awaitable
engine (`sdk._async.batch`) on an async twin of that runner, in an event loop of its own, and
`JobCollection.wait` follows a collection's jobs the same way.

One engine serves both forms, so a batch behaves the same whichever form started it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from osparc_sdk_generated.models import RegisteredFunctionJobCollection

from sdk._async import batch as async_batch
from sdk._async.functions import AsyncJobCollection
from sdk._async.jobs import AsyncRunner, bind
from sdk._client import AsyncApiClient
from sdk._job_core import BatchOptions, JobResult
from sdk._job_data import Inputs
from sdk._job_targets import Target
from sdk._ports import PortInfo

if TYPE_CHECKING:
    from sdk._client import ApiClient

__all__ = ["run_batch", "run_sync", "wait_jobs"]

T = TypeVar("T")


class _Ops(Protocol):
    @property
    def target(self) -> Target: ...


class BlockingRunner(Protocol):
    """What the bridge uses of a blocking runner (`sdk._sync.jobs.Runner`)."""

    label: str
    inputs: dict[str, PortInfo]
    outputs: dict[str, PortInfo]

    @property
    def _client(self) -> ApiClient: ...
    @property
    def _ops(self) -> _Ops: ...


def run_batch(
    runner: BlockingRunner, items: Sequence[Inputs], options: BatchOptions
) -> list[JobResult]:
    """`sdk._async.batch.run_batch` for a blocking runner, through an async client with the
    same settings (host, credentials, retries, timeouts) and the same kind of jobs."""

    async def batch() -> list[JobResult]:
        async with AsyncApiClient.from_settings(runner._client.settings) as client:
            twin = AsyncRunner(
                client,
                bind(client, runner._ops.target),
                label=runner.label,
                inputs=runner.inputs,
                outputs=runner.outputs,
            )
            return await async_batch.run_batch(twin, items, options)

    return run_sync(batch)


class BlockingCollection(Protocol):
    """What the bridge uses of a blocking collection (`sdk._sync.functions.JobCollection`)."""

    record: RegisteredFunctionJobCollection

    @property
    def _client(self) -> ApiClient: ...


def wait_jobs(
    collection: BlockingCollection,
    timeout: float | None,
    progress: bool,
    concurrency: int,
    on_result: Callable[[int, JobResult], None] | None,
) -> list[JobResult]:
    """`sdk._async.batch.wait_jobs` for a blocking collection, through an async client with
    the same settings: its jobs are followed at the same time, not one after another."""

    async def wait() -> list[JobResult]:
        async with AsyncApiClient.from_settings(collection._client.settings) as client:
            twin = AsyncJobCollection(client, collection.record)
            return await async_batch.wait_jobs(twin, timeout, progress, concurrency, on_result)

    return run_sync(wait)


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
