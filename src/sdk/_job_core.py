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

This module is the I/O-free core of that layer: the values (`PollPolicy`, `JobResult`), the
errors, and the decisions (`next_step`: poll again, fetch the result, or give up), so that
the blocking and the awaitable drivers (`sdk._sync.jobs`, `sdk._async.jobs`) only call and
sleep. Errors of this layer (both `SdkError`):

    JobTimeoutError (also a TimeoutError)   a job did not finish within the time given
    JobFailedError                          `JobResult.raise_for_state()` on FAILED / ABORTED
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

import attrs
from osparc_sdk_generated.models import FileMeta, JobOutputs, JobStatus, RunningState
from osparc_sdk_patches.errors import InvalidInputError, SdkError

from sdk._job_data import jsonable

if TYPE_CHECKING:  # the job core needs no API class loaded
    from osparc_sdk_patches.api.solvers.start_job import Pricing

__all__ = [
    "TERMINAL_STATES",
    "BatchOptions",
    "JobFailedError",
    "JobResult",
    "JobTimeoutError",
    "PollPolicy",
    "Step",
    "TaskTimeoutError",
    "file_outputs",
    "job_result",
    "next_poll",
    "next_step",
    "status_error",
]

TERMINAL_STATES = frozenset({RunningState.SUCCESS, RunningState.FAILED, RunningState.ABORTED})


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


class TaskTimeoutError(SdkError, TimeoutError):
    """A platform task did not finish in time; it is left running (cancel it to stop it)."""

    def __init__(self, task_id: str, timeout: float, percent: float | None = None) -> None:
        self.task_id = task_id
        self.timeout = timeout
        self.percent = percent
        last = "" if percent is None else f" (last seen at {percent:.0%})"
        super().__init__(f"task {task_id} did not finish within {timeout:g} s{last}")


class JobFailedError(SdkError):
    """A job ended FAILED or ABORTED, or could not be run; `result` says what happened."""

    def __init__(self, result: JobResult) -> None:
        self.result = result
        what = f"job {result.job_id}" if result.job_id else "a job that was never created"
        super().__init__(f"{what}: {result.error or result.state}")


def _progress_of(status: JobStatus) -> int:
    return status.progress if isinstance(status.progress, int) else 0


# -- waiting ------------------------------------------------------------------------------------
@attrs.frozen
class PollPolicy:
    """How often to ask for a job's state: `initial` seconds, growing by `factor` to `maximum`."""

    initial: float = attrs.field(default=0.1, validator=attrs.validators.gt(0))
    factor: float = attrs.field(default=1.5, validator=attrs.validators.ge(1))
    maximum: float = attrs.field(default=5.0, validator=attrs.validators.gt(0))

    def delay(self, polls: int) -> float:
        """The pause after the `polls`-th unfinished answer (counted from 0)."""
        delay = min(self.initial, self.maximum)
        for _ in range(polls):
            if delay >= self.maximum or self.factor == 1:
                break
            delay = min(delay * self.factor, self.maximum)
        return delay

    def delays(self) -> Iterator[float]:
        polls = 0
        while True:
            yield self.delay(polls)
            polls += 1


@attrs.frozen
class Step:
    """What a driver waiting on a job does next: fetch the result (`done`), give up
    (`timed_out`), or sleep `pause` seconds and ask again."""

    done: bool = False
    timed_out: bool = False
    pause: float = 0.0


def next_step(
    policy: PollPolicy, status: JobStatus, *, polls: int, now: float, deadline: float | None
) -> Step:
    """The decision after the `polls`-th answer (from 0), `status`, seen at `now` (monotonic
    seconds): the same for every kind of job and for both drivers, and testable without a
    clock. The last pause is cut so that the deadline is not overslept."""
    return next_poll(
        policy, status.state in TERMINAL_STATES, polls=polls, now=now, deadline=deadline
    )


def next_poll(
    policy: PollPolicy, finished: bool, *, polls: int, now: float, deadline: float | None
) -> Step:
    """`next_step` for anything that is polled until it is `finished` (a job, a platform
    task): done, timed out, or the pause before asking again."""
    if finished:
        return Step(done=True)
    pause = policy.delay(polls)
    if deadline is not None:
        if now >= deadline:
            return Step(timed_out=True)
        pause = min(pause, deadline - now)
    return Step(pause=pause)


# -- results ------------------------------------------------------------------------------------
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


def file_outputs(outputs: JobOutputs) -> dict[str, FileMeta]:
    """The outputs that are files, by port key (what `download_outputs` fetches)."""
    return {
        k: v for k, v in outputs.results.additional_properties.items() if isinstance(v, FileMeta)
    }


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


def job_result(job_id: UUID, status: JobStatus, outputs: JobOutputs | None) -> JobResult:
    """The result of a job in its final `status`; `outputs` are fetched by the driver only
    when the job succeeded (`status.state` is SUCCESS)."""
    return JobResult(
        job_id=job_id,
        state=status.state,
        status=status,
        outputs=dict(outputs.results.additional_properties) if outputs is not None else None,
        error=status_error(status),
    )


# -- batches ------------------------------------------------------------------------------------
@attrs.frozen
class BatchOptions:
    """How `run_many` runs its batch (see there): one value, passed whole from the runner to
    whichever engine runs it."""

    concurrency: int = 8
    timeout: float | None = None
    progress: bool = False
    keep_running_on_interrupt: bool = False
    metadata: Mapping[str, object] | None = None
    on_submitted: Callable[[int, UUID], None] | None = None
    pricing: Pricing | None = None

    def __attrs_post_init__(self) -> None:
        if self.concurrency < 1:
            raise InvalidInputError(f"concurrency must be at least 1, not {self.concurrency}")
