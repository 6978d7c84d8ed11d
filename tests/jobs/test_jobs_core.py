"""The I/O-free core of the job layer: what a waiting driver does next, and what a job name
means, decided without a platform, a clock or a sleep."""

from __future__ import annotations

from uuid import UUID

import pytest

import sdk
from sdk._job_core import Step, next_step
from sdk._job_targets import SolverTarget, StudyTarget, parse_job_name


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
