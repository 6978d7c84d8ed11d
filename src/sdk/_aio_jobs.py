"""The job layer, awaitable: `sdk.aio.SolverRelease`, `sdk.aio.StudyRunner`, `sdk.aio.JobHandle`.

    from sdk import aio
    async with aio.ApiClient() as client:
        sleeper = await aio.SolverRelease.get(client, "simcore/services/comp/itis/sleeper")
        result = await sleeper.run({"input_1": Path("n.txt"), "input_2": 3})

Same behaviour as the blocking classes in `sdk._jobs` (see there); results and errors are the
same classes (`JobResult`, `JobTimeoutError`, `JobFailedError`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

import attrs
from sdk_generated.models import (
    FileMeta,
    Job,
    JobInputs,
    JobMetadata,
    JobMetadataUpdate,
    JobOutputs,
    JobStatus,
    RunningState,
    Solver,
    Study,
)
from sdk_patches.api.files import AsyncFilesApi
from sdk_patches.api.solvers import AsyncSolversApi
from sdk_patches.api.studies import AsyncStudiesApi
from sdk_patches.errors import api_operation

from sdk._archive import merge_archives
from sdk._jobs import (
    NO_AUTH,
    TERMINAL_STATES,
    Inputs,
    JobResult,
    JobTimeoutError,
    MetadataValue,
    PollPolicy,
    _Ports,
    _uuid,
    file_outputs,
    metadata_matches,
    metadata_update,
    metadata_values,
    outputs_dict,
    parse_job_name,
    status_error,
    wire_inputs,
    write_log,
)
from sdk._ports import PortInfo, ports_from_models
from sdk._progress import JobProgress

if TYPE_CHECKING:
    import httpx

    from sdk._client import AsyncApiClient

__all__ = [
    "AsyncJobHandle",
    "AsyncSolverRelease",
    "AsyncStudyRunner",
    "UploadCache",
    "afind_jobs",
]


class AsyncJobOps(Protocol):
    """The operations of one runner's jobs (awaitable)."""

    label: str
    runner_name: str
    files: AsyncFilesApi

    async def create(self, body: JobInputs) -> Job: ...
    async def start(self, job_id: UUID) -> JobStatus: ...
    async def inspect(self, job_id: UUID) -> JobStatus: ...
    async def stop(self, job_id: UUID) -> JobStatus: ...
    async def delete(self, job_id: UUID) -> None: ...
    async def outputs(self, job_id: UUID) -> JobOutputs: ...
    async def log_archive(self, job_id: UUID) -> bytes: ...
    async def get_metadata(self, job_id: UUID) -> JobMetadata: ...
    async def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata: ...


class AsyncSolverJobs:
    def __init__(self, client: AsyncApiClient, key: str, version: str) -> None:
        self.api = AsyncSolversApi(client)
        self.files = AsyncFilesApi(client)
        self.key = key
        self.version = version
        self.label = f"{key.rsplit('/', 1)[-1]} {version}"
        self.runner_name = f"solvers/{key}/releases/{version}"

    async def create(self, body: JobInputs) -> Job:
        return await self.api.create_solver_job(self.key, self.version, body=body)

    async def start(self, job_id: UUID) -> JobStatus:
        return await self.api.start_job(self.key, self.version, job_id)

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


class AsyncStudyJobs:
    def __init__(self, client: AsyncApiClient, study_id: UUID) -> None:
        self.api = AsyncStudiesApi(client)
        self.files = AsyncFilesApi(client)
        self.http: httpx.AsyncClient = client.http
        self.study_id = study_id
        self.label = f"study {study_id}"
        self.runner_name = f"studies/{study_id}"

    async def create(self, body: JobInputs) -> Job:
        return await self.api.create_study_job(self.study_id, body=body)

    async def start(self, job_id: UUID) -> JobStatus:
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


# -- one job ------------------------------------------------------------------------------------
class AsyncJobHandle:
    """One job, awaitable (`sdk.aio.JobHandle`); see `sdk.JobHandle`."""

    def __init__(
        self,
        ops: AsyncJobOps,
        job_id: UUID,
        *,
        job: Job | None = None,
        poll: PollPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
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
        return f"<aio.JobHandle {self.id} of {self._ops.label}>"

    @property
    def name(self) -> str:
        return f"{self._ops.runner_name}/jobs/{self.id}"

    @classmethod
    def from_name(cls, client: AsyncApiClient, name: str) -> AsyncJobHandle:
        kind, key, version, job_id = parse_job_name(name)
        if kind == "study":
            return cls(AsyncStudyJobs(client, _uuid(key, "study id")), job_id)
        return cls(AsyncSolverJobs(client, key, version), job_id)

    async def start(self) -> JobStatus:
        self._started = await self._ops.start(self.id)
        return self._started

    async def status(self) -> JobStatus:
        return await self._ops.inspect(self.id)

    async def wait(self, timeout: float | None = None, progress: bool = False) -> JobResult:
        """Poll until the job is SUCCESS, FAILED or ABORTED; `JobTimeoutError` after
        `timeout` seconds (the job is left running)."""
        deadline = None if timeout is None else self._clock() + timeout
        delays = self.poll.delays()
        with JobProgress(self._ops.label, enabled=progress) as bar:
            while True:
                status, self._started = self._started or await self.status(), None
                bar.update(status)
                if status.state in TERMINAL_STATES:
                    break
                now = self._clock()
                delay = next(delays)
                if deadline is not None:
                    if now >= deadline:
                        raise JobTimeoutError(self.id, timeout or 0.0, status)
                    delay = min(delay, deadline - now)
                await self._sleep(delay)
        return await self.result_for(status)

    async def result_for(self, status: JobStatus, inputs: Inputs | None = None) -> JobResult:
        outputs = None
        if status.state == RunningState.SUCCESS:
            outputs = outputs_dict(await self.outputs())
        return JobResult(
            job_id=self.id,
            state=status.state,
            status=status,
            outputs=outputs,
            error=status_error(status),
            inputs=inputs,
        )

    async def outputs(self) -> JobOutputs:
        return await self._ops.outputs(self.id)

    async def download_outputs(self, dest_dir: str | PurePath) -> dict[str, Path]:
        written: dict[str, Path] = {}
        for key, meta in file_outputs(await self.outputs()).items():
            folder = Path(dest_dir) / key
            folder.mkdir(parents=True, exist_ok=True)
            written[key] = await self._ops.files.download_file(meta.id, folder)
        return written

    async def download_log(self, dest_dir: str | PurePath, *, extract: bool = False) -> Path:
        data = await self._ops.log_archive(self.id)
        return await asyncio.to_thread(write_log, data, Path(dest_dir), self.id, extract)

    async def stop(self) -> JobStatus:
        return await self._ops.stop(self.id)

    async def delete(self) -> None:
        await self._ops.delete(self.id)

    async def metadata(self) -> dict[str, MetadataValue]:
        return metadata_values(await self._ops.get_metadata(self.id))

    async def set_metadata(self, metadata: Mapping[str, object]) -> dict[str, MetadataValue]:
        return metadata_values(await self._ops.set_metadata(self.id, metadata_update(metadata)))


# -- uploads shared by the jobs of one batch ------------------------------------------------------
class UploadCache:
    """Each local file is uploaded once per batch, however many jobs take it (and however
    many ask at the same time); a changed file (size or mtime) is uploaded again."""

    def __init__(self) -> None:
        self._uploads: dict[tuple[str, int, int], asyncio.Future[FileMeta]] = {}

    async def upload(self, files: AsyncFilesApi, path: Path) -> FileMeta:
        stat = await asyncio.to_thread(os.stat, path)
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
        future = self._uploads.get(key)
        if future is None or future.cancelled() or (future.done() and future.exception()):
            future = asyncio.ensure_future(files.upload_file(path))
            self._uploads[key] = future
        return await asyncio.shield(future)


# -- runners ------------------------------------------------------------------------------------
class _AsyncRunner(_Ports):
    _ops: AsyncJobOps
    _client: AsyncApiClient

    def _handle(self, job_id: UUID, job: Job | None = None) -> AsyncJobHandle:
        return AsyncJobHandle(self._ops, job_id, job=job)

    def job(self, job_id: UUID | str) -> AsyncJobHandle:
        return self._handle(_uuid(job_id, "job id"))

    async def submit(
        self,
        inputs: Inputs,
        *,
        start: bool = True,
        metadata: Mapping[str, object] | None = None,
    ) -> AsyncJobHandle:
        """Check, upload local files, create, set metadata and (unless `start=False`) start."""
        return await self._submit(inputs, start=start, metadata=metadata)

    async def _submit(
        self,
        inputs: Inputs,
        *,
        start: bool = True,
        metadata: Mapping[str, object] | None = None,
        uploads: UploadCache | None = None,
        on_create: Callable[[asyncio.Future[Job]], None] | None = None,
    ) -> AsyncJobHandle:
        self.check(inputs)
        body = metadata_update(metadata) if metadata else None
        values: dict[str, object] = {str(k): v for k, v in inputs.items()}
        for key, path in self._local_files(inputs).items():
            if uploads is not None:
                values[key] = await uploads.upload(self._ops.files, path)
            else:
                values[key] = await self._ops.files.upload_file(path)
        # Once sent, a creation is let finish even if this task is cancelled, so that whoever
        # tracks it (run_many) learns of the job and can stop it.
        creation = asyncio.ensure_future(self._ops.create(wire_inputs(values)))
        if on_create is not None:
            on_create(creation)
        job = await asyncio.shield(creation)
        handle = self._handle(job.id, job)
        if body is not None:
            await self._ops.set_metadata(job.id, body)
        if start:
            await handle.start()
        return handle

    async def run(
        self,
        inputs: Inputs,
        *,
        timeout: float | None = None,
        progress: bool = False,
        metadata: Mapping[str, object] | None = None,
        keep_running_on_interrupt: bool = False,
    ) -> JobResult:
        """Submit and wait; on cancellation (or Ctrl-C) the job is stopped unless
        `keep_running_on_interrupt`."""
        handle = await self.submit(inputs, metadata=metadata)
        try:
            result = await handle.wait(timeout=timeout, progress=progress)
        except (asyncio.CancelledError, KeyboardInterrupt):
            if not keep_running_on_interrupt:
                with contextlib.suppress(Exception):
                    await asyncio.shield(handle.stop())
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
    ) -> list[JobResult]:
        """See `sdk.SolverRelease.run_many`; cancelling this coroutine stops the jobs it
        created (unless `keep_running_on_interrupt`)."""
        from sdk._batch import run_batch

        return await run_batch(
            self,
            list(inputs),
            concurrency=concurrency,
            timeout=timeout,
            progress=progress,
            keep_running_on_interrupt=keep_running_on_interrupt,
            metadata=metadata,
            on_submitted=on_submitted,
        )


class AsyncSolverRelease(_AsyncRunner):
    """One release of a solver (`sdk.aio.SolverRelease`); see `sdk.SolverRelease`."""

    def __init__(
        self,
        client: AsyncApiClient,
        solver: Solver,
        inputs: Mapping[str, PortInfo],
        outputs: Mapping[str, PortInfo],
    ) -> None:
        self._client = client
        self.solver = solver
        self.key = solver.id
        self.version = solver.version
        self.title = solver.title
        self.label = f"{self.key} {self.version}"
        self.inputs = dict(inputs)
        self.outputs = dict(outputs)
        self._ops = AsyncSolverJobs(client, self.key, self.version)

    def __repr__(self) -> str:
        return f"<aio.SolverRelease {self.key} {self.version}>"

    @classmethod
    async def get(
        cls, client: AsyncApiClient, solver_key: str, version: str | None = None
    ) -> AsyncSolverRelease:
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
        api = AsyncSolversApi(self._client)
        if not metadata_any and not metadata_all:
            pager = api.iter_jobs(self.key, self.version)
        else:
            pager = api.iter_all_jobs(
                metadata_any=list(metadata_any or []) or None,
                metadata_all=list(metadata_all or []) or None,
            )
        async for job in pager:
            if job.runner_name == self._ops.runner_name:
                yield self._handle(job.id, job)


class AsyncStudyRunner(_AsyncRunner):
    """A study run as a job (`sdk.aio.StudyRunner`); see `sdk.StudyRunner`."""

    def __init__(
        self,
        client: AsyncApiClient,
        study: Study,
        inputs: Mapping[str, PortInfo],
        outputs: Mapping[str, PortInfo],
    ) -> None:
        self._client = client
        self.study = study
        self.id = study.uid
        self.title = study.title if isinstance(study.title, str) else ""
        self.label = f"study {self.id}"
        self.inputs = dict(inputs)
        self.outputs = dict(outputs)
        self._ops = AsyncStudyJobs(client, self.id)

    def __repr__(self) -> str:
        return f"<aio.StudyRunner {self.id} {self.title!r}>"

    @classmethod
    async def get(cls, client: AsyncApiClient, study_id: UUID | str) -> AsyncStudyRunner:
        api = AsyncStudiesApi(client)
        study = await api.get_study(_uuid(study_id, "study id"))
        inputs, outputs = ports_from_models((await api.list_study_ports(study.uid)).items)
        return cls(client, study, inputs, outputs)

    async def iter_jobs(
        self,
        *,
        metadata_any: Sequence[str] | None = None,
        metadata_all: Sequence[str] | None = None,
    ) -> AsyncIterator[AsyncJobHandle]:
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
    """Jobs of every solver whose metadata matches (`sdk.aio.find_jobs`); see `sdk.find_jobs`."""
    api = AsyncSolversApi(client)
    ops: dict[str, AsyncSolverJobs] = {}
    async for job in api.iter_all_jobs(
        metadata_any=list(metadata_any or []) or None,
        metadata_all=list(metadata_all or []) or None,
    ):
        _, key, version, job_id = parse_job_name(job.name)
        if job.runner_name not in ops:
            ops[job.runner_name] = AsyncSolverJobs(client, key, version)
        yield AsyncJobHandle(ops[job.runner_name], job_id, job=job)
