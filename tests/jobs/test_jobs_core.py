"""The I/O-free core of the job layer: what a waiting driver does next, and what a job name
means, decided without a platform, a clock or a sleep."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID, uuid4

import pytest

import sdk
from sdk._function_data import function_job_status
from sdk._job_core import PollPolicy, Step, next_poll, next_step, status_error
from sdk._job_targets import FunctionTarget, SolverTarget, StudyTarget, parse_job_name


def status(state: str) -> sdk.JobStatus:
    return sdk.JobStatus.from_dict(
        {"job_id": str(UUID(int=1)), "state": state, "submitted_at": "2024-01-01T00:00:00Z"}
    )


POLICY = sdk.PollPolicy(initial=1.0, factor=2.0, maximum=5.0)


@pytest.mark.parametrize("state", ["SUCCESS", "FAILED", "ABORTED"])
def test_a_final_state_ends_the_wait(state: str) -> None:
    step = next_step(POLICY, status(state), polls=3, now=100.0, deadline=50.0)
    assert step == Step(done=True), "a final answer wins even past the deadline"


def test_pauses_grow_by_the_policy_until_its_cap() -> None:
    pauses = [
        next_step(POLICY, status("STARTED"), polls=n, now=0.0, deadline=None).pause
        for n in range(5)
    ]
    assert pauses == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert POLICY.delay(10_000) == 5.0
    assert sdk.PollPolicy(initial=0.5, factor=1.0).delay(10_000) == 0.5


def test_the_deadline_cuts_the_last_pause_then_gives_up() -> None:
    running = status("PENDING")
    assert next_step(POLICY, running, polls=3, now=9.0, deadline=10.5) == Step(pause=1.5)
    assert next_step(POLICY, running, polls=0, now=10.5, deadline=10.5) == Step(timed_out=True)


def test_job_names_parse_into_targets() -> None:
    job = UUID(int=7)
    solver = f"solvers/simcore/services/comp/itis/sleeper/releases/2.1.6/jobs/{job}"
    target, job_id = parse_job_name(f"/v0/{solver}")
    assert (target, job_id) == (SolverTarget("simcore/services/comp/itis/sleeper", "2.1.6"), job)
    assert f"{target.runner_name}/jobs/{job_id}" == solver
    assert target.label == "sleeper 2.1.6"
    study = UUID(int=9)
    assert parse_job_name(f"studies/{study}/jobs/{job}") == (StudyTarget(study), job)
    with pytest.raises(sdk.InvalidInputError, match="is not a job name"):
        parse_job_name("solvers/x/jobs/1")
    with pytest.raises(sdk.InvalidInputError, match="'nope' is not a study id"):
        parse_job_name(f"studies/nope/jobs/{job}")


def test_function_job_names_parse_into_function_targets() -> None:
    function, job = uuid4(), uuid4()
    assert parse_job_name(f"functions/{function}/jobs/{job}") == (FunctionTarget(function), job)
    assert FunctionTarget(function).runner_name == f"functions/{function}"
    with pytest.raises(sdk.InvalidInputError, match="function id"):
        parse_job_name(f"functions/nope/jobs/{job}")


CREATED = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("platform_status", "state"),
    [
        ("JOB_TASK_NOT_YET_SCHEDULED", "PENDING"),
        ("JOB_TASK_RUN_STATUS_STARTED", "PENDING"),
        ("JOB_TASK_RUN_STATUS_SUCCESS", "PUBLISHED"),
        ("STARTED", "STARTED"),
        ("SUCCESS", "SUCCESS"),
        ("JOB_TASK_CREATION_FAILURE", "FAILED"),
        ("JOB_TASK_RUN_STATUS_FAILURE", "FAILED"),
    ],
)
def test_a_function_jobs_status_reads_as_a_job_state(platform_status: str, state: str) -> None:
    """Before its solver job exists a function job reports its creation task; both read as a
    `RunningState`, so waiting treats it like any job (and a lost creation ends it)."""
    job_id = uuid4()
    status = function_job_status(job_id, platform_status, CREATED)
    assert (status.job_id, status.state.value) == (job_id, state)
    assert (next_step(PollPolicy(), status, polls=0, now=0, deadline=None).done) is (
        state in ("SUCCESS", "FAILED")
    )
    if state == "FAILED":
        assert status_error(status) == (
            f"FAILED: the platform could not create the job ({platform_status})"
        )


def test_a_final_function_job_status_takes_the_wrapped_jobs_details() -> None:
    job_id, wrapped_id = uuid4(), uuid4()
    wrapped = sdk.JobStatus.from_dict(
        {
            "job_id": str(wrapped_id),
            "state": "FAILED",
            "submitted_at": CREATED.isoformat(),
            "progress": 40,
            "errors": [{"loc": [], "msg": "out of memory", "type": "x"}],
        }
    )
    status = function_job_status(job_id, "FAILED", CREATED, wrapped)
    assert (status.job_id, status.progress) == (job_id, 40)
    assert status_error(status) == "FAILED: out of memory"
    # A wrapped status that disagrees (seen at another moment) is not used.
    assert function_job_status(job_id, "SUCCESS", CREATED, wrapped).progress == 100


def test_anything_polled_stops_when_finished_or_out_of_time() -> None:
    policy = PollPolicy(initial=1.0)
    assert next_poll(policy, True, polls=3, now=50.0, deadline=10.0) == Step(done=True)
    assert next_poll(policy, False, polls=0, now=10.0, deadline=10.0) == Step(timed_out=True)
    assert next_poll(policy, False, polls=0, now=9.5, deadline=10.0) == Step(pause=0.5)
