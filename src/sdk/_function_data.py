"""Function jobs in the job layer's terms: their free-text status as a `JobStatus`, their record
as a `Job`, a function's inputs as ports. I/O-free, shared by both drivers.

A function job has no state of its own until the platform has created the solver or study job
it wraps: before that its status names the creation task (`JOB_TASK_...`), afterwards the
wrapped job's state. Both become a `RunningState`, so that waiting, results and batches treat
function jobs like any other job.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from osparc_sdk_generated.models import ErrorDict, Job, JobStatus, RunningState
from osparc_sdk_patches.api.functions import RegisteredFunction, RegisteredFunctionJob

from sdk._ports import PortInfo

__all__ = [
    "as_job",
    "function_inputs",
    "function_job_status",
    "underlying_job_id",
    "wrapped_job_coming",
]

#: Creation-task statuses that mean the wrapped job will never exist.
_CREATION_FAILED = frozenset({"JOB_TASK_CREATION_FAILURE", "JOB_TASK_RUN_STATUS_FAILURE"})
#: The wrapped job was created; its own state is not known yet.
_CREATED = "JOB_TASK_RUN_STATUS_SUCCESS"


def function_job_status(
    job_id: UUID, status: str, submitted_at: _dt.datetime, wrapped: JobStatus | None = None
) -> JobStatus:
    """The `JobStatus` of function job `job_id` whose platform status is `status`.

    `wrapped`, the status of the solver or study job it wraps (when known), gives progress,
    times and error messages; the state is the function job's own, so both views agree."""
    if status in RunningState.__members__:
        state = RunningState(status)
    elif status in _CREATION_FAILED:
        state = RunningState.FAILED
    elif status == _CREATED:
        state = RunningState.PUBLISHED
    else:  # JOB_TASK_NOT_YET_SCHEDULED, JOB_TASK_RUN_STATUS_{PENDING,STARTED,RETRY}, ...
        state = RunningState.PENDING
    if wrapped is not None and wrapped.state == state:
        return JobStatus.from_dict({**wrapped.to_dict(), "job_id": str(job_id)})
    result = JobStatus(job_id=job_id, state=state, submitted_at=submitted_at)
    if state == RunningState.SUCCESS:
        result.progress = 100
    if status in _CREATION_FAILED:
        result.errors = [
            ErrorDict(loc=[], msg=f"the platform could not create the job ({status})", type_="")
        ]
    return result


def wrapped_job_coming(job: RegisteredFunctionJob, status: str) -> bool:
    """Whether the platform may still create the solver or study job of a function job that
    has none yet: a task of the platform is creating it (`:run` answers before it is done),
    and its `status` does not say the creation failed."""
    task = getattr(job, "job_creation_task_id", None)
    return isinstance(task, str) and bool(task) and status not in _CREATION_FAILED


def underlying_job_id(job: RegisteredFunctionJob) -> UUID | None:
    """The id of the solver or study job a function job wraps (None before it is created)."""
    wrapped = getattr(job, "solver_job_id", None) or getattr(job, "project_job_id", None)
    return wrapped if isinstance(wrapped, UUID) else None


def as_job(job: RegisteredFunctionJob) -> Job:
    """A function job as the job layer's `Job` record (named `functions/<id>/jobs/<id>`)."""
    runner = f"functions/{job.function_uid}"
    return Job(
        created_at=job.created_at,
        id=job.uid,
        inputs_checksum="",
        name=f"{runner}/jobs/{job.uid}",
        outputs_url=None,
        runner_name=runner,
        runner_url=None,
        url=None,
    )


def function_inputs(
    function: RegisteredFunction, ports: Mapping[str, PortInfo]
) -> dict[str, PortInfo]:
    """The function's inputs: the ports of what it runs, where the function's default inputs
    make a port optional; without such ports, the properties of its input JSON schema."""
    defaults: dict[str, Any] = {}
    if function.default_inputs is not None:
        defaults = dict(function.default_inputs.additional_properties)
    if not ports:
        content = function.input_schema.schema_content
        schema = content.to_dict() if hasattr(content, "to_dict") else {}
        required = set(schema.get("required") or [])
        properties = schema.get("properties") or {}
        ports = {
            str(key): PortInfo(
                key=str(key),
                kind="input",
                schema=dict(value) if key in required else {**dict(value), "default": None},
            )
            for key, value in properties.items()
            if isinstance(value, Mapping)
        }
    return {
        key: (
            PortInfo(key=key, kind="input", schema={**port.schema, "default": defaults[key]})
            if key in defaults
            else port
        )
        for key, port in ports.items()
    }
