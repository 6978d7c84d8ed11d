"""Jobs that read like the science: pick a solver release (or a study), give it inputs, get results.

    from pathlib import Path
    from sdk import ApiClient, SolverRelease

    with ApiClient() as client:
        sleeper = SolverRelease.get(client, "simcore/services/comp/itis/sleeper", "2.1.6")
        result = sleeper.run({"input_1": Path("single_number.txt"), "input_2": 3})
        print(result.state, result.outputs)

        results = sleeper.run_many([{"input_1": Path("n.txt"), "input_2": s} for s in range(10)])
        failed = [r for r in results if not r.ok]

`SolverRelease` and `StudyRunner` fetch their ports once and check inputs against them before
anything is sent (`check`); local `pathlib.Path` values for file ports are uploaded (an
identical file already on the platform is reused). `JobHandle` is one job; `JobResult` what
became of it. The async twins, with the same names, are in `sdk.aio`.

Errors of this layer (both `SdkError`):
    JobTimeoutError (also a TimeoutError)   a job did not finish within the time given
    JobFailedError                          `JobResult.raise_for_state()` on FAILED / ABORTED
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import enum
import fnmatch
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Protocol, Self
from uuid import UUID

import attrs
import httpx
from sdk_generated.models import (
    FileMeta,
    Job,
    JobInputs,
    JobMetadata,
    JobMetadataUpdate,
    JobMetadataUpdateMetadata,
    JobOutputs,
    JobStatus,
    RunningState,
    Solver,
    Study,
)
from sdk_generated.types import Unset
from sdk_patches.api.files import FilesApi
from sdk_patches.api.solvers import SolversApi
from sdk_patches.api.studies import StudiesApi
from sdk_patches.errors import InvalidInputError, SdkError, api_operation
from sdk_patches.models.job_inputs import as_job_inputs

from sdk._archive import merge_archives, safe_extract
from sdk._ports import PortInfo, check_inputs, ports_from_models
from sdk._progress import JobProgress

if TYPE_CHECKING:
    from sdk._aio_jobs import _AsyncRunner
    from sdk._client import ApiClient, AsyncApiClient

__all__ = [
    "TERMINAL_STATES",
    "JobFailedError",
    "JobHandle",
    "JobResult",
    "JobTimeoutError",
    "PollPolicy",
    "SolverRelease",
    "StudyRunner",
    "find_jobs",
]

TERMINAL_STATES = frozenset({RunningState.SUCCESS, RunningState.FAILED, RunningState.ABORTED})
MetadataValue = bool | int | float | str
Inputs = Mapping[str, object]
#: Log links are presigned: they carry their own authorisation, and may point elsewhere.
NO_AUTH = httpx.Auth()
_JOB_NAME = re.compile(
    r"^(?:/?v0/)?(?:solvers/(?P<key>.+)/releases/(?P<version>[^/]+)|studies/(?P<study>[^/]+))"
    r"/jobs/(?P<job>[^/]+)$"
)


# -- errors -------------------------------------------------------------------------------------
class JobTimeoutError(SdkError, TimeoutError):
    """A job did not reach a final state in time; it is left as it was (still running)."""

    def __init__(self, job_id: UUID, timeout: float, status: JobStatus | None = None) -> None:
        self.job_id = job_id
        self.timeout = timeout
        self.status = status
        last = ""
        if status is not None:
            last = f" (last seen {status.state.value}, {_progress_of(status)}%)"
        super().__init__(f"job {job_id} did not finish within {timeout:g} s{last}")


class JobFailedError(SdkError):
    """A job ended FAILED or ABORTED, or could not be run; `result` says what happened."""

    def __init__(self, result: JobResult) -> None:
        self.result = result
        what = f"job {result.job_id}" if result.job_id else "a job that was never created"
        super().__init__(f"{what}: {result.error or result.state}")


# -- values -------------------------------------------------------------------------------------
@attrs.frozen
class PollPolicy:
    """How often to ask for a job's state: `initial` seconds, growing by `factor` to `maximum`."""

    initial: float = attrs.field(default=0.1, validator=attrs.validators.gt(0))
    factor: float = attrs.field(default=1.5, validator=attrs.validators.ge(1))
    maximum: float = attrs.field(default=5.0, validator=attrs.validators.gt(0))

    def delays(self) -> Iterator[float]:
        delay = min(self.initial, self.maximum)
        while True:
            yield delay
            delay = min(delay * self.factor, self.maximum)


def _progress_of(status: JobStatus) -> int:
    return status.progress if isinstance(status.progress, int) else 0


def jsonable(value: Any) -> Any:
    """Plain JSON data from models, UUIDs, dates, paths, enums and containers of them."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, UUID | PurePath):
        return str(value)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Unset):
        return None
    return value


def status_error(status: JobStatus) -> str | None:
    """A readable reason for a job that did not succeed (None when it did or still runs)."""
    if status.state == RunningState.SUCCESS or status.state not in TERMINAL_STATES:
        return None
    messages = []
    if isinstance(status.errors, list):
        messages = [e.msg for e in status.errors if e.msg]
    if status.state == RunningState.ABORTED:
        reason = "; ".join(messages) or "the job was stopped"
    else:
        reason = "; ".join(messages) or "the job failed without saying why"
    return f"{status.state.value}: {reason}"


def outputs_dict(outputs: JobOutputs) -> dict[str, Any]:
    return dict(outputs.results.additional_properties)


@attrs.frozen
class JobResult:
    """What became of one job: its final state, outputs when it succeeded, or why it did not.

    `state` is None when no job was created (invalid inputs, a failed upload or create);
    `error` is a readable message whenever the job did not succeed, and `exception` the
    exception behind it, if any. Results of `run_many` keep the order of its inputs.
    """

    job_id: UUID | None
    state: RunningState | None
    status: JobStatus | None = None
    outputs: dict[str, Any] | None = None
    error: str | None = None
    inputs: Mapping[str, object] | None = attrs.field(default=None, repr=False)
    exception: BaseException | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.state == RunningState.SUCCESS and self.error is None

    def raise_for_state(self) -> Self:
        """Return self if the job succeeded; raise `JobFailedError` for FAILED / ABORTED, or
        the exception that kept the job from finishing (e.g. `JobTimeoutError`)."""
        if self.ok:
            return self
        if self.state in (RunningState.FAILED, RunningState.ABORTED) or self.exception is None:
            raise JobFailedError(self)
        raise self.exception

    @classmethod
    def from_exception(
        cls,
        error: BaseException,
        *,
        job_id: UUID | None = None,
        status: JobStatus | None = None,
        inputs: Mapping[str, object] | None = None,
    ) -> JobResult:
        return cls(
            job_id=job_id,
            state=status.state if status is not None else None,
            status=status,
            error=f"{type(error).__name__}: {error}",
            inputs=inputs,
            exception=error,
        )

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data."""
        return {
            "job_id": jsonable(self.job_id),
            "state": jsonable(self.state),
            "ok": self.ok,
            "error": self.error,
            "outputs": jsonable(self.outputs),
            "status": jsonable(self.status),
        }


def metadata_update(metadata: Mapping[str, object]) -> JobMetadataUpdate:
    """A metadata body, refusing values the platform cannot store (not bool/int/float/str)."""
    if not isinstance(metadata, Mapping):
        raise InvalidInputError(f"metadata must be a mapping, got {type(metadata).__name__}")
    wrong = [
        f"{k}={v!r}" for k, v in metadata.items() if not isinstance(v, bool | int | float | str)
    ]
    if wrong:
        raise InvalidInputError(
            "metadata values must be booleans, numbers or strings: " + ", ".join(wrong)
        )
    return JobMetadataUpdate(
        metadata=JobMetadataUpdateMetadata.from_dict({str(k): v for k, v in metadata.items()})
    )


def metadata_values(metadata: JobMetadata) -> dict[str, MetadataValue]:
    return dict(metadata.metadata.additional_properties)


def _filter_matches(meta: Mapping[str, object], text: str) -> bool:
    key, sep, pattern = text.partition(":")
    if key not in meta:
        return False
    value = meta[key]
    shown = json.dumps(value) if isinstance(value, bool) else str(value)
    return fnmatch.fnmatchcase(shown, pattern if sep else "*")


def metadata_matches(
    meta: Mapping[str, object],
    metadata_any: Sequence[str] | None,
    metadata_all: Sequence[str] | None,
) -> bool:
    """The platform's `key:glob` filters, applied locally (for study jobs)."""
    if metadata_any and not any(_filter_matches(meta, f) for f in metadata_any):
        return False
    return all(_filter_matches(meta, f) for f in metadata_all or ())


def wire_inputs(values: Mapping[str, object]) -> JobInputs:
    plain = {
        key: list(v) if isinstance(v, tuple) else v for key, v in values.items() if v is not None
    }
    return as_job_inputs(plain)  # type: ignore[arg-type]


def parse_job_name(name: str) -> tuple[str, str, str, UUID]:
    """`("solver", key, version, id)` or `("study", study_id, "", id)` from a job's name."""
    match = _JOB_NAME.match(name.strip())
    if match is None:
        raise InvalidInputError(
            f"{name!r} is not a job name (solvers/<key>/releases/<version>/jobs/<id> or "
            "studies/<study id>/jobs/<id>)"
        )
    try:
        job_id = UUID(match["job"])
    except ValueError:
        raise InvalidInputError(f"{match['job']!r} is not a job id") from None
    if match["study"]:
        return "study", match["study"], "", job_id
    return "solver", match["key"], match["version"], job_id


# -- what a job runs on: solver release or study ------------------------------------------------
class JobOps(Protocol):
    """The operations of one runner's jobs (blocking)."""

    label: str
    runner_name: str
    files: FilesApi

    def create(self, body: JobInputs) -> Job: ...
    def start(self, job_id: UUID) -> JobStatus: ...
    def inspect(self, job_id: UUID) -> JobStatus: ...
    def stop(self, job_id: UUID) -> JobStatus: ...
    def delete(self, job_id: UUID) -> None: ...
    def outputs(self, job_id: UUID) -> JobOutputs: ...
    def log_archive(self, job_id: UUID) -> bytes: ...
    def get_metadata(self, job_id: UUID) -> JobMetadata: ...
    def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata: ...


class SolverJobs:
    def __init__(self, client: ApiClient, key: str, version: str) -> None:
        self.api = SolversApi(client)
        self.files = FilesApi(client)
        self.key = key
        self.version = version
        self.label = f"{key.rsplit('/', 1)[-1]} {version}"
        self.runner_name = f"solvers/{key}/releases/{version}"

    def create(self, body: JobInputs) -> Job:
        return self.api.create_solver_job(self.key, self.version, body=body)

    def start(self, job_id: UUID) -> JobStatus:
        return self.api.start_job(self.key, self.version, job_id)

    def inspect(self, job_id: UUID) -> JobStatus:
        return self.api.inspect_job(self.key, self.version, job_id)

    def stop(self, job_id: UUID) -> JobStatus:
        return self.api.stop_job(self.key, self.version, job_id)

    def delete(self, job_id: UUID) -> None:
        self.api.delete_job(self.key, self.version, job_id)

    def outputs(self, job_id: UUID) -> JobOutputs:
        return self.api.get_job_outputs(self.key, self.version, job_id)

    def log_archive(self, job_id: UUID) -> bytes:
        return self.api.get_job_output_logfile(self.key, self.version, job_id)

    def get_metadata(self, job_id: UUID) -> JobMetadata:
        return self.api.get_job_custom_metadata(self.key, self.version, job_id)

    def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata:
        return self.api.replace_job_custom_metadata(self.key, self.version, job_id, body=body)


class StudyJobs:
    def __init__(self, client: ApiClient, study_id: UUID) -> None:
        self.api = StudiesApi(client)
        self.files = FilesApi(client)
        self.http: httpx.Client = client.http
        self.study_id = study_id
        self.label = f"study {study_id}"
        self.runner_name = f"studies/{study_id}"

    def create(self, body: JobInputs) -> Job:
        return self.api.create_study_job(self.study_id, body=body)

    def start(self, job_id: UUID) -> JobStatus:
        return self.api.start_study_job(self.study_id, job_id)

    def inspect(self, job_id: UUID) -> JobStatus:
        return self.api.inspect_study_job(self.study_id, job_id)

    def stop(self, job_id: UUID) -> JobStatus:
        return self.api.stop_study_job(self.study_id, job_id)

    def delete(self, job_id: UUID) -> None:
        self.api.delete_study_job(self.study_id, job_id)

    def outputs(self, job_id: UUID) -> JobOutputs:
        return self.api.get_study_job_outputs(self.study_id, job_id)

    def log_archive(self, job_id: UUID) -> bytes:
        links = self.api.get_study_job_output_logfile(self.study_id, job_id).log_links
        # The presigned links are fetched like an API call: read whole, retried, typed errors.
        with api_operation("get_study_job_log"):
            parts = [
                (link.node_name, self.http.get(link.download_link, auth=NO_AUTH).content)
                for link in links
            ]
        return merge_archives(parts)

    def get_metadata(self, job_id: UUID) -> JobMetadata:
        return self.api.get_study_job_custom_metadata(self.study_id, job_id)

    def set_metadata(self, job_id: UUID, body: JobMetadataUpdate) -> JobMetadata:
        return self.api.replace_study_job_custom_metadata(self.study_id, job_id, body=body)


def file_outputs(outputs: JobOutputs) -> dict[str, FileMeta]:
    return {
        k: v for k, v in outputs.results.additional_properties.items() if isinstance(v, FileMeta)
    }


def write_log(data: bytes, dest_dir: Path, job_id: UUID, extract: bool) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    archive = dest_dir / f"{job_id}_logs.zip"
    archive.write_bytes(data)
    if not extract:
        return archive
    folder = dest_dir / f"{job_id}_logs"
    safe_extract(archive, folder)
    return folder


# -- one job ------------------------------------------------------------------------------------
class JobHandle:
    """One job of a solver release or a study; made by `submit`, `job(id)` or `from_name`.

    `clock` and `sleep` (monotonic seconds, and a sleep of that many) may be replaced, e.g. to
    test waiting without waiting.
    """

    def __init__(
        self,
        ops: JobOps,
        job_id: UUID,
        *,
        job: Job | None = None,
        poll: PollPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
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
        return f"<JobHandle {self.id} of {self._ops.label}>"

    @property
    def name(self) -> str:
        """The job's resource name, `solvers/<key>/releases/<version>/jobs/<id>`."""
        return f"{self._ops.runner_name}/jobs/{self.id}"

    @classmethod
    def from_name(cls, client: ApiClient, name: str) -> JobHandle:
        """The job named `solvers/<key>/releases/<version>/jobs/<id>` or
        `studies/<study id>/jobs/<id>` (a `Job.name`)."""
        kind, key, version, job_id = parse_job_name(name)
        if kind == "study":
            return cls(StudyJobs(client, _uuid(key, "study id")), job_id)
        return cls(SolverJobs(client, key, version), job_id)

    def start(self) -> JobStatus:
        self._started = self._ops.start(self.id)
        return self._started

    def status(self) -> JobStatus:
        return self._ops.inspect(self.id)

    def wait(self, timeout: float | None = None, progress: bool = False) -> JobResult:
        """Poll until the job is SUCCESS, FAILED or ABORTED (with backoff, see `poll`).

        Raises `JobTimeoutError` if it has not finished after `timeout` seconds (the job is
        left running). A progress bar is shown on stderr when `progress` is true.
        """
        deadline = None if timeout is None else self._clock() + timeout
        delays = self.poll.delays()
        with JobProgress(self._ops.label, enabled=progress) as bar:
            while True:
                status, self._started = self._started or self.status(), None
                bar.update(status)
                if status.state in TERMINAL_STATES:
                    break
                now = self._clock()
                delay = next(delays)
                if deadline is not None:
                    if now >= deadline:
                        raise JobTimeoutError(self.id, timeout or 0.0, status)
                    delay = min(delay, deadline - now)
                self._sleep(delay)
        return self.result_for(status)

    def result_for(self, status: JobStatus, inputs: Inputs | None = None) -> JobResult:
        """The result of the job in this (final) status, with its outputs if it succeeded."""
        outputs = None
        if status.state == RunningState.SUCCESS:
            outputs = outputs_dict(self.outputs())
        return JobResult(
            job_id=self.id,
            state=status.state,
            status=status,
            outputs=outputs,
            error=status_error(status),
            inputs=inputs,
        )

    def outputs(self) -> JobOutputs:
        return self._ops.outputs(self.id)

    def download_outputs(self, dest_dir: str | PurePath) -> dict[str, Path]:
        """Download every file output to `dest_dir/<port key>/<file name>`; returns the paths."""
        written: dict[str, Path] = {}
        for key, meta in file_outputs(self.outputs()).items():
            folder = Path(dest_dir) / key
            folder.mkdir(parents=True, exist_ok=True)
            written[key] = self._ops.files.download_file(meta.id, folder)
        return written

    def download_log(self, dest_dir: str | PurePath, *, extract: bool = False) -> Path:
        """Save the log archive as `dest_dir/<id>_logs.zip` and return its path; with
        `extract`, unpack it safely into `dest_dir/<id>_logs/` and return that folder."""
        return write_log(self._ops.log_archive(self.id), Path(dest_dir), self.id, extract)

    def stop(self) -> JobStatus:
        return self._ops.stop(self.id)

    def delete(self) -> None:
        self._ops.delete(self.id)

    def metadata(self) -> dict[str, MetadataValue]:
        return metadata_values(self._ops.get_metadata(self.id))

    def set_metadata(self, metadata: Mapping[str, object]) -> dict[str, MetadataValue]:
        """Replace the job's custom metadata (values: booleans, numbers, strings)."""
        return metadata_values(self._ops.set_metadata(self.id, metadata_update(metadata)))


def _uuid(value: object, what: str) -> UUID:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value))
    except ValueError:
        raise InvalidInputError(f"{value!r} is not a valid {what}") from None


# -- runners ------------------------------------------------------------------------------------
class _Ports:
    """Inputs and outputs of a runner, and checking values against them."""

    label: str
    inputs: dict[str, PortInfo]
    outputs: dict[str, PortInfo]

    def check(self, inputs: Inputs) -> None:
        """Raise `sdk.InvalidInputError` naming every problem with `inputs`: unknown ports,
        wrong kinds, values out of range, missing required inputs. Sends nothing."""
        check_inputs(self.label, self.inputs, self.outputs, inputs)

    def _local_files(self, inputs: Inputs) -> dict[str, Path]:
        return {
            str(key): Path(value)
            for key, value in inputs.items()
            if isinstance(value, PurePath) and str(key) in self.inputs
        }


class _Runner(_Ports):
    _ops: JobOps
    _client: ApiClient

    def _handle(self, job_id: UUID, job: Job | None = None) -> JobHandle:
        return JobHandle(self._ops, job_id, job=job)

    def job(self, job_id: UUID | str) -> JobHandle:
        """A handle on an existing job of this runner."""
        return self._handle(_uuid(job_id, "job id"))

    def submit(
        self,
        inputs: Inputs,
        *,
        start: bool = True,
        metadata: Mapping[str, object] | None = None,
    ) -> JobHandle:
        """Check the inputs, upload local files (`pathlib.Path` values of file ports), create
        the job, set its metadata and (unless `start=False`) start it."""
        self.check(inputs)
        body = metadata_update(metadata) if metadata else None
        values: dict[str, object] = {str(k): v for k, v in inputs.items()}
        for key, path in self._local_files(inputs).items():
            values[key] = self._ops.files.upload_file(path)
        job = self._ops.create(wire_inputs(values))
        handle = self._handle(job.id, job)
        if body is not None:
            self._ops.set_metadata(job.id, body)
        if start:
            handle.start()
        return handle

    def run(
        self,
        inputs: Inputs,
        *,
        timeout: float | None = None,
        progress: bool = False,
        metadata: Mapping[str, object] | None = None,
        keep_running_on_interrupt: bool = False,
    ) -> JobResult:
        """Submit and wait. A FAILED job is a result (`ok` false, `error` says why), not an
        exception; `JobTimeoutError` if it has not finished after `timeout` seconds. On
        Ctrl-C the job is stopped (unless `keep_running_on_interrupt`) and KeyboardInterrupt
        goes on."""
        handle = self.submit(inputs, metadata=metadata)
        try:
            result = handle.wait(timeout=timeout, progress=progress)
        except KeyboardInterrupt:
            if not keep_running_on_interrupt:
                with contextlib.suppress(Exception):
                    handle.stop()
            raise
        return attrs.evolve(result, inputs=inputs)

    def run_many(
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
        """Run one job per inputs mapping, at most `concurrency` at a time; return their results
        in the order of `inputs`.

        Every job is accounted for: inputs that fail the check, an upload, create or start that
        fails, a wait that times out (`timeout` is per job) all become a `JobResult` with
        `error` set, and the batch goes on. On Ctrl-C (KeyboardInterrupt) every job this call
        created is stopped, unless `keep_running_on_interrupt`, and the interrupt goes on.
        `on_submitted(index, job_id)` is called once each job has started.

        Runs on `sdk.aio` underneath (its own event loop); called where an event loop is
        already running (Jupyter), it runs that loop in a worker thread, so it works there too
        (in async code, prefer `await sdk.aio.SolverRelease...run_many(...)`).
        """
        from sdk._batch import async_twin, run_batch, run_sync

        items = list(inputs)

        async def batch() -> list[JobResult]:
            async with async_twin(self._client) as aclient:
                return await run_batch(
                    self._async_twin(aclient),
                    items,
                    concurrency=concurrency,
                    timeout=timeout,
                    progress=progress,
                    keep_running_on_interrupt=keep_running_on_interrupt,
                    metadata=metadata,
                    on_submitted=on_submitted,
                )

        return run_sync(batch)

    def _async_twin(self, aclient: AsyncApiClient) -> _AsyncRunner:
        raise NotImplementedError


class SolverRelease(_Runner):
    """One release of a solver, its ports fetched once: `check`, `submit`, `run`, `run_many`."""

    def __init__(
        self,
        client: ApiClient,
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
        self._ops = SolverJobs(client, self.key, self.version)

    def __repr__(self) -> str:
        return f"<SolverRelease {self.key} {self.version}>"

    @classmethod
    def get(cls, client: ApiClient, solver_key: str, version: str | None = None) -> SolverRelease:
        """The release `version` of a solver (None or "latest": its latest release)."""
        api = SolversApi(client)
        if version in (None, "", "latest"):
            solver = api.get_solver(solver_key)
        else:
            solver = api.get_solver_release(solver_key, str(version))
        inputs, outputs = ports_from_models(api.list_solver_ports(solver.id, solver.version).items)
        return cls(client, solver, inputs, outputs)

    def iter_jobs(
        self,
        *,
        metadata_any: Sequence[str] | None = None,
        metadata_all: Sequence[str] | None = None,
    ) -> Iterator[JobHandle]:
        """This release's jobs, oldest first; with `key:glob` metadata filters (any of one
        list, all of the other), only the jobs whose metadata matches."""
        api = SolversApi(self._client)
        if not metadata_any and not metadata_all:
            jobs: Iterable[Job] = api.iter_jobs(self.key, self.version)
        else:
            jobs = api.iter_all_jobs(
                metadata_any=list(metadata_any or []) or None,
                metadata_all=list(metadata_all or []) or None,
            )
        runner_name = self._ops.runner_name
        for job in jobs:
            if job.runner_name == runner_name:
                yield self._handle(job.id, job)

    def _async_twin(self, aclient: AsyncApiClient) -> _AsyncRunner:
        from sdk._aio_jobs import AsyncSolverRelease

        return AsyncSolverRelease(aclient, self.solver, self.inputs, self.outputs)


class StudyRunner(_Runner):
    """A study run as a job: inputs are keyed by the study's port keys (node ids, as str)."""

    def __init__(
        self,
        client: ApiClient,
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
        self._ops = StudyJobs(client, self.id)

    def __repr__(self) -> str:
        return f"<StudyRunner {self.id} {self.title!r}>"

    @classmethod
    def get(cls, client: ApiClient, study_id: UUID | str) -> StudyRunner:
        api = StudiesApi(client)
        study = api.get_study(_uuid(study_id, "study id"))
        inputs, outputs = ports_from_models(api.list_study_ports(study.uid).items)
        return cls(client, study, inputs, outputs)

    def iter_jobs(
        self,
        *,
        metadata_any: Sequence[str] | None = None,
        metadata_all: Sequence[str] | None = None,
    ) -> Iterator[JobHandle]:
        """The study's jobs, oldest first, optionally filtered by metadata (checked here,
        one request per job, since the platform filters only solver jobs)."""
        for job in StudiesApi(self._client).iter_study_jobs(self.id):
            handle = self._handle(job.id, job)
            if (metadata_any or metadata_all) and not metadata_matches(
                handle.metadata(), metadata_any, metadata_all
            ):
                continue
            yield handle

    def _async_twin(self, aclient: AsyncApiClient) -> _AsyncRunner:
        from sdk._aio_jobs import AsyncStudyRunner

        return AsyncStudyRunner(aclient, self.study, self.inputs, self.outputs)


def find_jobs(
    client: ApiClient,
    *,
    metadata_any: Sequence[str] | None = None,
    metadata_all: Sequence[str] | None = None,
) -> Iterator[JobHandle]:
    """Jobs of every solver whose custom metadata matches `key:glob` filters: any of
    `metadata_any`, and all of `metadata_all` (`SolversApi.iter_all_jobs` underneath)."""
    api = SolversApi(client)
    ops: dict[str, SolverJobs] = {}
    for job in api.iter_all_jobs(
        metadata_any=list(metadata_any or []) or None,
        metadata_all=list(metadata_all or []) or None,
    ):
        _, key, version, job_id = parse_job_name(job.name)
        runner = job.runner_name
        if runner not in ops:
            ops[runner] = SolverJobs(client, key, version)
        yield JobHandle(ops[runner], job_id, job=job)
