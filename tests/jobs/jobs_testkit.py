"""Helpers for the job-layer tests: constants, and fakes for waiting without waiting."""

from __future__ import annotations

from uuid import UUID

import sdk

SLEEPER = "simcore/services/comp/itis/sleeper"
#: Long enough to be caught running: input_4 metres at 0.1 s each, x0.01 => about 10 s.
LONG_WALK = 10_000


class FakeOps:
    """Job operations that answer from a script of states (for JobHandle unit tests)."""

    label = runner_name = "fake"

    def __init__(self, states: list[str]) -> None:
        self.states = states
        self.calls = 0

    def inspect(self, job_id: UUID) -> sdk.JobStatus:
        state = self.states[min(self.calls, len(self.states) - 1)]
        self.calls += 1
        return sdk.JobStatus.from_dict(
            {"job_id": str(job_id), "state": state, "submitted_at": "2024-01-01T00:00:00Z"}
        )

    def outputs(self, job_id: UUID) -> sdk.JobOutputs:
        return sdk.JobOutputs.from_dict({"job_id": str(job_id), "results": {"x": 1.0}})


class FakeTime:
    """A clock that moves only when slept on."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds
