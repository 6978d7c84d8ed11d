"""The job layer's drivers: `SolverRelease`, `StudyRunner`, `JobHandle`, `find_jobs`, and the
operations of the three kinds of job (solver, study and function jobs).

Written once, awaitable (`sdk.aio.SolverRelease`, ...); `scripts/unasync.py` writes the blocking
twin `sdk._sync.jobs` (`sdk.SolverRelease`, ...) from this file. The decisions (when to poll,
what a status means, what a result holds) are in the I/O-free `sdk._job_core`; this module only
calls the platform and sleeps.

A kind of job is a class of operations (`AsyncJobOps`: create, start, inspect, stop, outputs,
logs, metadata) and a client-free target value (`sdk._job_targets`); `bind` pairs them.
Handles, waiting, results and batches work on any `AsyncJobOps`: function jobs are one more
operations class (`AsyncFunctionJobs`), one more target and one more case in `bind`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar
from uuid import UUID

import attrs
import httpx
from osparc_sdk_generated.models import (
    FileMeta,
    FunctionJobStatus,
    Job,
    JobInputs,
    JobMetadata,
    JobMetadataUpdate,
    JobOutputs,
    JobStatus,
    RunFunctionBodyType0,
    RunningState,
    Solver,
    Study,
)
from osparc_sdk_patches.api.files import AsyncFilesApi
from osparc_sdk_patches.api.function_jobs import AsyncFunctionJobsApi
from osparc_sdk_patches.api.functions import AsyncFunctionsApi, RegisteredFunctionJob
from osparc_sdk_patches.api.solvers import AsyncSolversApi
from osparc_sdk_patches.api.solvers.start_job import Pricing
from osparc_sdk_patches.api.studies import AsyncStudiesApi
from osparc_sdk_patches.errors import InvalidInputError, api_operation

from sdk._archive import merge_archives
from sdk._async import batch, primitives
from sdk._function_data import (
    as_job,
    function_job_status,
    underlying_job_id,
    wrapped_job_coming,
)
from sdk._job_core import (
    BatchOptions,
    JobResult,
    JobTimeoutError,
    PollPolicy,
    file_outputs,
    job_result,
    next_poll,
    next_step,
)
from sdk._job_data import (
    Inputs,
    MetadataValue,
    as_uuid,
    filter_params,
    metadata_matches,
    metadata_update,
    metadata_values,
    text_or_empty,
    wire_inputs,
    write_log,
)
from sdk._job_targets import FunctionTarget, SolverTarget, StudyTarget, Target, parse_job_name
from sdk._ports import PortInfo, Ports, ports_from_models
from sdk._progress import JobProgress

if TYPE_CHECKING:
    from sdk._client import AsyncApiClient

__all__ = [
    "AsyncFunctionJobs",
    "AsyncJobHandle",
    "AsyncJobOps",
    "AsyncRunner",
    "AsyncSolverRelease",
    "AsyncStudyRunner",
    "afind_jobs",
    "bind",
]

#: Log links are presigned: they carry their own authorisation, and may point elsewhere.
NO_AUTH = httpx.Auth()


# -- kinds of job -------------------------------------------------------------------------------
class AsyncJobOps(Protocol):
    """How to create, start, poll, stop and read one kind of job, on one target."""

    target: Target
    label: str
    runner_name: str
    files: AsyncFilesApi

    def check_pricing(self, pricing: Pricing | None) -> None: ...
    async def create(self, body: JobInputs) -> Job: ...
    async def start(self, job_id: UUID, pricing: Pricing | None = None) -> JobStatus: ...
    async def inspect(self, job_id: UUID) -> JobStatus: ...
    async def stop(self, job_id: UUID) -> JobStatus: ...
    async def delete(self, job_id: UUID) -> None: ...
    async def outputs(self, job_id: UUID) -> JobOutputs: ...
    async def log_archive(self, job_id: UUID) -> bytes: ...
    async def get_metadata(self, job_id: UUID) -> JobMetadata: ...
    async def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata: ...


class _Ops:
    """What every kind's operations hold: the target and the files API (uploads, downloads)."""

    def __init__(self, client: AsyncApiClient, target: Target) -> None:
        self.target = target
        self.label = target.label
        self.runner_name = target.runner_name
        self.files = AsyncFilesApi(client)

    def check_pricing(self, pricing: Pricing | None) -> None:
        """Refuse a pricing unit: only solver jobs start on one (the platform reads it there)."""
        if pricing is not None:
            raise InvalidInputError(f"jobs of {self.label} take no pricing unit (solver jobs do)")


class AsyncSolverJobs(_Ops):
    """Jobs of a solver release."""

    def __init__(self, client: AsyncApiClient, target: SolverTarget) -> None:
        super().__init__(client, target)
        self.api = AsyncSolversApi(client)
        self.key = target.key
        self.version = target.version

    async def create(self, body: JobInputs) -> Job:
        return await self.api.create_solver_job(self.key, self.version, body=body)

    def check_pricing(self, pricing: Pricing | None) -> None:
        if pricing is not None and not isinstance(pricing, Pricing):
            raise InvalidInputError(f"pricing must be a Pricing(plan, unit), not {pricing!r}")

    async def start(self, job_id: UUID, pricing: Pricing | None = None) -> JobStatus:
        return await self.api.start_job(self.key, self.version, job_id, pricing=pricing)

    async def inspect(self, job_id: UUID) -> JobStatus:
        return await self.api.inspect_job(self.key, self.version, job_id)

    async def stop(self, job_id: UUID) -> JobStatus:
        return await self.api.stop_job(self.key, self.version, job_id)

    async def delete(self, job_id: UUID) -> None:
        await self.api.delete_job(self.key, self.version, job_id)

    async def outputs(self, job_id: UUID) -> JobOutputs:
        return await self.api.get_job_outputs(self.key, self.version, job_id)

    async def log_archive(self, job_id: UUID) -> bytes:
        return await self.api.get_job_output_logfile(self.key, self.version, job_id)

    async def get_metadata(self, job_id: UUID) -> JobMetadata:
        return await self.api.get_job_custom_metadata(self.key, self.version, job_id)

    async def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata:
        return await self.api.replace_job_custom_metadata(self.key, self.version, job_id, body=body)


class AsyncStudyJobs(_Ops):
    """Jobs of a study; its log is one archive per node, fetched from presigned links."""

    def __init__(self, client: AsyncApiClient, target: StudyTarget) -> None:
        super().__init__(client, target)
        self.api = AsyncStudiesApi(client)
        self.http = client.http
        self.study_id = target.study_id

    async def create(self, body: JobInputs) -> Job:
        return await self.api.create_study_job(self.study_id, body=body)

    async def start(self, job_id: UUID, pricing: Pricing | None = None) -> JobStatus:
        self.check_pricing(pricing)
        return await self.api.start_study_job(self.study_id, job_id)

    async def inspect(self, job_id: UUID) -> JobStatus:
        return await self.api.inspect_study_job(self.study_id, job_id)

    async def stop(self, job_id: UUID) -> JobStatus:
        return await self.api.stop_study_job(self.study_id, job_id)

    async def delete(self, job_id: UUID) -> None:
        await self.api.delete_study_job(self.study_id, job_id)

    async def outputs(self, job_id: UUID) -> JobOutputs:
        return await self.api.get_study_job_outputs(self.study_id, job_id)

    async def log_archive(self, job_id: UUID) -> bytes:
        links = (await self.api.get_study_job_output_logfile(self.study_id, job_id)).log_links
        parts = []
        with api_operation("get_study_job_log"):  # read whole, retried, typed errors
            for link in links:
                response = await self.http.get(link.download_link, auth=NO_AUTH)
                parts.append((link.node_name, response.content))
        return merge_archives(parts)

    async def get_metadata(self, job_id: UUID) -> JobMetadata:
        return await self.api.get_study_job_custom_metadata(self.study_id, job_id)

    async def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata:
        return await self.api.replace_study_job_custom_metadata(self.study_id, job_id, body=body)


class AsyncFunctionJobs(_Ops):
    """Jobs of a registered function. Creating one runs it (`:run`); the platform then creates
    the solver or study job it wraps, which is what stopping, logs and metadata act on."""

    def __init__(self, client: AsyncApiClient, target: FunctionTarget) -> None:
        super().__init__(client, target)
        self.client = client
        self.api = AsyncFunctionsApi(client)
        self.jobs = AsyncFunctionJobsApi(client)
        self.function_id = target.function_id
        self.poll = PollPolicy()
        #: The records seen, by function job id: their creation time, and the wrapped job.
        self._seen: dict[UUID, RegisteredFunctionJob] = {}

    async def create(self, body: JobInputs) -> Job:
        inputs = RunFunctionBodyType0.from_dict(body.values.to_dict())
        job = await self.api.run_function(self.function_id, body=inputs)
        self._seen[job.uid] = job
        return as_job(job)

    async def record(self, job_id: UUID) -> RegisteredFunctionJob:
        """The function job's record, fetched again until it names the job it wraps."""
        job = self._seen.get(job_id)
        if job is None or underlying_job_id(job) is None:
            job = await self.jobs.get_function_job(job_id)
            self._seen[job_id] = job
        return job

    async def wrapped(self, job_id: UUID) -> tuple[AsyncJobOps, UUID] | None:
        """The operations and id of the solver or study job this function job wraps (None
        while the platform has not created it yet)."""
        job = await self.record(job_id)
        wrapped_id = underlying_job_id(job)
        if wrapped_id is None:
            return None
        function = await self.api.get_function(self.function_id)
        if function.function_class == "PROJECT":
            return AsyncStudyJobs(self.client, StudyTarget(function.project_id)), wrapped_id
        if function.function_class == "SOLVER":
            target = SolverTarget(function.solver_key, function.solver_version)
            return AsyncSolverJobs(self.client, target), wrapped_id
        return None

    async def created(self, job_id: UUID) -> tuple[AsyncJobOps, UUID] | None:
        """`wrapped`, once the platform has created the job: waits for the task creating it
        (up to the client's `job_creation_timeout` setting). None if it never will be (the
        creation failed, or nothing creates one) or is not there in time."""
        deadline = time.monotonic() + self.client.settings.job_creation_timeout
        polls = 0
        while underlying_job_id(job := await self.record(job_id)) is None:
            status = (await self.jobs.function_job_status(job_id)).status
            coming = wrapped_job_coming(job, status)
            step = next_poll(
                self.poll, not coming, polls=polls, now=time.monotonic(), deadline=deadline
            )
            if step.done or step.timed_out:
                return None
            await primitives.sleep(step.pause)
            polls += 1
        return await self.wrapped(job_id)

    async def start(self, job_id: UUID, pricing: Pricing | None = None) -> JobStatus:
        self.check_pricing(pricing)
        return await self.inspect(job_id)  # running it started it

    async def inspect(self, job_id: UUID) -> JobStatus:
        status: FunctionJobStatus = await self.jobs.function_job_status(job_id)
        job = await self.record(job_id)
        state = function_job_status(job_id, status.status, job.created_at)
        if state.state not in (RunningState.SUCCESS, RunningState.FAILED):
            return state
        wrapped = await self.wrapped(job_id)  # a final state: its details (errors, times)
        if wrapped is None:
            return state
        ops, wrapped_id = wrapped
        return function_job_status(
            job_id, status.status, job.created_at, await ops.inspect(wrapped_id)
        )

    async def stop(self, job_id: UUID) -> JobStatus:
        wrapped = await self.created(job_id)  # else it would run once created
        if wrapped is not None:
            ops, wrapped_id = wrapped
            await ops.stop(wrapped_id)
        return await self.inspect(job_id)

    async def delete(self, job_id: UUID) -> None:
        await self.jobs.delete_function_job(job_id)
        self._seen.pop(job_id, None)

    async def outputs(self, job_id: UUID) -> JobOutputs:
        results = await self.jobs.function_job_outputs(job_id)
        values = results.to_dict() if results is not None else {}
        return JobOutputs.from_dict({"job_id": str(job_id), "results": values})

    async def _wrapped_or_fail(self, job_id: UUID, what: str) -> tuple[AsyncJobOps, UUID]:
        """The job whose logs and metadata are the function job's, once it exists."""
        wrapped = await self.created(job_id)
        if wrapped is None:
            status = (await self.jobs.function_job_status(job_id)).status
            raise InvalidInputError(
                f"function job {job_id} has no {what}: the platform has not created the job "
                f"it runs ({status})"
            )
        return wrapped

    async def log_archive(self, job_id: UUID) -> bytes:
        ops, wrapped_id = await self._wrapped_or_fail(job_id, "logs")
        return await ops.log_archive(wrapped_id)

    async def get_metadata(self, job_id: UUID) -> JobMetadata:
        ops, wrapped_id = await self._wrapped_or_fail(job_id, "metadata")
        return await ops.get_metadata(wrapped_id)

    async def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata:
        ops, wrapped_id = await self._wrapped_or_fail(job_id, "metadata")
        return await ops.set_metadata(wrapped_id, body)


def bind(client: AsyncApiClient, target: Target) -> AsyncJobOps:
    """The operations for jobs of `target`, through `client`."""
    if isinstance(target, StudyTarget):
        return AsyncStudyJobs(client, target)
    if isinstance(target, FunctionTarget):
        return AsyncFunctionJobs(client, target)
    return AsyncSolverJobs(client, target)


# -- one job ------------------------------------------------------------------------------------
class AsyncJobHandle:
    """One job of a solver release or a study; made by `submit`, `job(id)` or `from_name`.

    `clock` and `sleep` (monotonic seconds, and a sleep of that many) may be replaced, e.g. to
    test waiting without waiting.
    """

    def __init__(
        self,
        ops: AsyncJobOps,
        job_id: UUID,
        *,
        job: Job | None = None,
        poll: PollPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = primitives.sleep,
    ) -> None:
        self._ops = ops
        self.id = job_id
        self.job = job
        self.poll = poll or PollPolicy()
        self._clock = clock
        self._sleep = sleep
        #: The status `start()` answered with: the first observation of `wait()`, which saves
        #: one request when waiting right after starting.
        self._started: JobStatus | None = None

    def __repr__(self) -> str:
        return f"<{primitives.PREFIX}JobHandle {self.id} of {self._ops.label}>"

    @property
    def name(self) -> str:
        """The job's resource name, `solvers/<key>/releases/<version>/jobs/<id>`."""
        return f"{self._ops.runner_name}/jobs/{self.id}"

    @classmethod
    def from_name(cls, client: AsyncApiClient, name: str) -> AsyncJobHandle:
        """The job named `solvers/<key>/releases/<version>/jobs/<id>` or
        `studies/<study id>/jobs/<id>` (a `Job.name`)."""
        target, job_id = parse_job_name(name)
        return cls(bind(client, target), job_id)

    async def start(self, pricing: Pricing | None = None) -> JobStatus:
        """Start the job; `pricing` (solver jobs) picks a unit of the solver's pricing plan."""
        self._started = await self._ops.start(self.id, pricing)
        return self._started

    async def status(self) -> JobStatus:
        return await self._ops.inspect(self.id)

    async def wait(self, timeout: float | None = None, progress: bool = False) -> JobResult:
        """Poll until the job is SUCCESS, FAILED or ABORTED (with backoff, see `poll`).

        Raises `JobTimeoutError` if it has not finished after `timeout` seconds (the job is
        left running). A progress bar is shown on stderr when `progress` is true.
        """
        deadline = None if timeout is None else self._clock() + timeout
        polls = 0
        with JobProgress(self._ops.label, enabled=progress) as bar:
            while True:
                status, self._started = self._started or await self.status(), None
                bar.update(status)
                step = next_step(
                    self.poll, status, polls=polls, now=self._clock(), deadline=deadline
                )
                if step.done:
                    break
                if step.timed_out:
                    raise JobTimeoutError(self.id, timeout or 0.0, status)
                await self._sleep(step.pause)
                polls += 1
        return await self.result_for(status)

    async def result_for(self, status: JobStatus, inputs: Inputs | None = None) -> JobResult:
        """The result of the job in this (final) status, with its outputs if it succeeded."""
        outputs = await self.outputs() if status.state == RunningState.SUCCESS else None
        return attrs.evolve(job_result(self.id, status, outputs), inputs=inputs)

    async def outputs(self) -> JobOutputs:
        return await self._ops.outputs(self.id)

    async def download_outputs(self, dest_dir: str | PurePath) -> dict[str, Path]:
        """Download every file output to `dest_dir/<port key>/<file name>`; returns the paths."""
        written: dict[str, Path] = {}
        for key, meta in file_outputs(await self.outputs()).items():
            folder = Path(dest_dir) / key
            folder.mkdir(parents=True, exist_ok=True)
            written[key] = await self._ops.files.download_file(meta.id, folder)
        return written

    async def download_log(self, dest_dir: str | PurePath, *, extract: bool = False) -> Path:
        """Save the log archive as `dest_dir/<id>_logs.zip` and return its path; with
        `extract`, unpack it safely into `dest_dir/<id>_logs/` and return that folder."""
        data = await self._ops.log_archive(self.id)
        return await primitives.to_thread(write_log, data, Path(dest_dir), self.id, extract)

    async def stop(self) -> JobStatus:
        return await self._ops.stop(self.id)

    async def delete(self) -> None:
        await self._ops.delete(self.id)

    async def metadata(self) -> dict[str, MetadataValue]:
        return metadata_values(await self._ops.get_metadata(self.id))

    async def set_metadata(self, metadata: Mapping[str, object]) -> dict[str, MetadataValue]:
        """Replace the job's custom metadata (values: booleans, numbers, strings)."""
        return metadata_values(await self._ops.set_metadata(self.id, metadata_update(metadata)))


# -- runners ------------------------------------------------------------------------------------
#: The platform's record of what a runner runs: a `Solver`, a `Study`, a `RegisteredFunction`.
Record = TypeVar("Record")


class AsyncRunner(Ports):
    """What is run as jobs (a solver release, a study, a function): checks inputs, submits,
    runs, batches.

    Subclasses add how the runner is found (`get`) and listed; this base works with any kind
    of job, through its operations.
    """

    def __init__(
        self,
        client: AsyncApiClient,
        ops: AsyncJobOps,
        *,
        label: str,
        inputs: Mapping[str, PortInfo],
        outputs: Mapping[str, PortInfo],
    ) -> None:
        self._client = client
        self._ops = ops
        self.label = label
        self.inputs = dict(inputs)
        self.outputs = dict(outputs)

    def _handle(self, job_id: UUID, job: Job | None = None) -> AsyncJobHandle:
        return AsyncJobHandle(self._ops, job_id, job=job)

    def job(self, job_id: UUID | str) -> AsyncJobHandle:
        """A handle on an existing job of this runner."""
        return self._handle(as_uuid(job_id, "job id"))

    async def submit(
        self,
        inputs: Inputs,
        *,
        start: bool = True,
        metadata: Mapping[str, object] | None = None,
        pricing: Pricing | None = None,
    ) -> AsyncJobHandle:
        """Check the inputs, upload local files (`pathlib.Path` values of file ports), create
        the job, set its metadata and (unless `start=False`) start it. `pricing=Pricing(plan,
        unit)` starts a solver job on that unit of the solver's pricing plan
        (`SolversApi.get_solver_pricing_plan` lists them; without it, the plan's default
        unit); other kinds of job take none. It is checked before anything is sent."""
        return await self._submit(inputs, start=start, metadata=metadata, pricing=pricing)

    async def _submit(
        self,
        inputs: Inputs,
        *,
        start: bool = True,
        metadata: Mapping[str, object] | None = None,
        upload: Callable[[Path], Awaitable[FileMeta]] | None = None,
        create: Callable[[JobInputs], Awaitable[Job]] | None = None,
        pricing: Pricing | None = None,
    ) -> AsyncJobHandle:
        """`submit`, with the upload and the creation replaceable (a batch shares uploads
        between its jobs, and tracks creations so that it can stop what it created)."""
        self.check(inputs)
        self._ops.check_pricing(pricing)
        body = metadata_update(metadata) if metadata else None
        values: dict[str, object] = {str(k): v for k, v in inputs.items()}
        for key, path in self._local_files(inputs).items():
            values[key] = await (upload or self._ops.files.upload_file)(path)
        job = await (create or self._ops.create)(wire_inputs(values))
        handle = self._handle(job.id, job)
        if body is not None:
            await self._ops.set_metadata(job.id, body)
        if start:
            await handle.start(pricing)
        return handle

    async def run(
        self,
        inputs: Inputs,
        *,
        timeout: float | None = None,
        progress: bool = False,
        metadata: Mapping[str, object] | None = None,
        keep_running_on_interrupt: bool = False,
        pricing: Pricing | None = None,
    ) -> JobResult:
        """Submit and wait. A FAILED job is a result (`ok` false, `error` says why), not an
        exception; `JobTimeoutError` if it has not finished after `timeout` seconds. On
        Ctrl-C (or, awaitable, cancellation) the job is stopped, unless
        `keep_running_on_interrupt`, and the interruption goes on. `pricing`: see `submit`."""
        handle = await self.submit(inputs, metadata=metadata, pricing=pricing)
        try:
            result = await handle.wait(timeout=timeout, progress=progress)
        except primitives.INTERRUPTS:
            if not keep_running_on_interrupt:
                with contextlib.suppress(Exception):
                    await primitives.shielded(handle.stop())
            raise
        return attrs.evolve(result, inputs=inputs)

    async def run_many(
        self,
        inputs: Iterable[Inputs],
        *,
        concurrency: int = 8,
        timeout: float | None = None,
        progress: bool = False,
        keep_running_on_interrupt: bool = False,
        metadata: Mapping[str, object] | None = None,
        on_submitted: Callable[[int, UUID], None] | None = None,
        pricing: Pricing | None = None,
    ) -> list[JobResult]:
        """Run one job per inputs mapping, at most `concurrency` at a time; return their results
        in the order of `inputs`.

        Every job is accounted for: inputs that fail the check, an upload, create or start that
        fails, a wait that times out (`timeout` is per job) all become a `JobResult` with
        `error` set, and the batch goes on. On Ctrl-C (KeyboardInterrupt), or when the
        awaitable form is cancelled, every job this call created is stopped, unless
        `keep_running_on_interrupt`, and the interruption goes on. `on_submitted(index,
        job_id)` is called once each job has started. `pricing`: see `submit` (every job starts
        on that unit).

        The blocking form runs on `sdk.aio` underneath (its own event loop); called where an
        event loop is already running (Jupyter), it runs that loop in a worker thread, so it
        works there too (in async code, prefer `await sdk.aio.SolverRelease...run_many(...)`).
        """
        self._ops.check_pricing(pricing)  # once, not as an error of every job
        options = BatchOptions(
            concurrency,
            timeout,
            progress,
            keep_running_on_interrupt,
            metadata,
            on_submitted,
            pricing,
        )
        return await batch.run_batch(self, list(inputs), options)


class AsyncRecordRunner(AsyncRunner, Generic[Record]):
    """A runner made from the platform's record of what it runs and the ports of that: each
    kind says what it keeps of its record (`_keep`), which names its jobs' target."""

    def __init__(
        self,
        client: AsyncApiClient,
        record: Record,
        inputs: Mapping[str, PortInfo],
        outputs: Mapping[str, PortInfo],
    ) -> None:
        target, label, self._shown = self._keep(record)
        ops = bind(client, target)
        super().__init__(client, ops, label=label, inputs=inputs, outputs=outputs)

    def _keep(self, record: Record) -> tuple[Target, str, str]:
        """Keep what this kind of runner shows of `record` (its id, title, ...); return the
        target of its jobs, its label (for progress and messages) and what its repr shows."""
        raise NotImplementedError

    def __repr__(self) -> str:
        kind = type(self).__name__.removeprefix("Async")
        return f"<{primitives.PREFIX}{kind} {self._shown}>"


class AsyncSolverRelease(AsyncRecordRunner[Solver]):
    """One release of a solver, its ports fetched once: `check`, `submit`, `run`, `run_many`."""

    def _keep(self, solver: Solver) -> tuple[Target, str, str]:
        self.solver = solver
        self.key = solver.id
        self.version = solver.version
        self.title = solver.title
        label = f"{self.key} {self.version}"
        return SolverTarget(self.key, self.version), label, label

    @classmethod
    async def get(
        cls, client: AsyncApiClient, solver_key: str, version: str | None = None
    ) -> AsyncSolverRelease:
        """The release `version` of a solver (None or "latest": its latest release)."""
        api = AsyncSolversApi(client)
        if version in (None, "", "latest"):
            solver = await api.get_solver(solver_key)
        else:
            solver = await api.get_solver_release(solver_key, str(version))
        ports = (await api.list_solver_ports(solver.id, solver.version)).items
        inputs, outputs = ports_from_models(ports)
        return cls(client, solver, inputs, outputs)

    async def iter_jobs(
        self,
        *,
        metadata_any: Sequence[str] | None = None,
        metadata_all: Sequence[str] | None = None,
    ) -> AsyncIterator[AsyncJobHandle]:
        """This release's jobs, oldest first; with `key:glob` metadata filters (any of one
        list, all of the other), only the jobs whose metadata matches."""
        api = AsyncSolversApi(self._client)
        if not metadata_any and not metadata_all:
            jobs = api.iter_jobs(self.key, self.version)
        else:
            jobs = api.iter_all_jobs(**filter_params(metadata_any, metadata_all))
        async for job in jobs:
            if job.runner_name == self._ops.runner_name:
                yield self._handle(job.id, job)


class AsyncStudyRunner(AsyncRecordRunner[Study]):
    """A study run as a job: inputs are keyed by the study's port keys (node ids, as str)."""

    def _keep(self, study: Study) -> tuple[Target, str, str]:
        self.study = study
        self.id, self.title = study.uid, text_or_empty(study.title)
        return StudyTarget(self.id), f"study {self.id}", f"{self.id} {self.title!r}"

    @classmethod
    async def get(cls, client: AsyncApiClient, study_id: UUID | str) -> AsyncStudyRunner:
        api = AsyncStudiesApi(client)
        study = await api.get_study(as_uuid(study_id, "study id"))
        inputs, outputs = ports_from_models((await api.list_study_ports(study.uid)).items)
        return cls(client, study, inputs, outputs)

    async def iter_jobs(
        self,
        *,
        metadata_any: Sequence[str] | None = None,
        metadata_all: Sequence[str] | None = None,
    ) -> AsyncIterator[AsyncJobHandle]:
        """The study's jobs, oldest first, optionally filtered by metadata (checked here,
        one request per job, since the platform filters only solver jobs)."""
        async for job in AsyncStudiesApi(self._client).iter_study_jobs(self.id):
            handle = self._handle(job.id, job)
            if (metadata_any or metadata_all) and not metadata_matches(
                await handle.metadata(), metadata_any, metadata_all
            ):
                continue
            yield handle


async def afind_jobs(
    client: AsyncApiClient,
    *,
    metadata_any: Sequence[str] | None = None,
    metadata_all: Sequence[str] | None = None,
) -> AsyncIterator[AsyncJobHandle]:
    """Jobs of every solver whose custom metadata matches `key:glob` filters: any of
    `metadata_any`, and all of `metadata_all` (`SolversApi.iter_all_jobs` underneath)."""
    ops: dict[str, AsyncJobOps] = {}
    api = AsyncSolversApi(client)
    async for job in api.iter_all_jobs(**filter_params(metadata_any, metadata_all)):
        target, job_id = parse_job_name(job.name)
        if target.runner_name not in ops:
            ops[target.runner_name] = bind(client, target)
        yield AsyncJobHandle(ops[target.runner_name], job_id, job=job)
