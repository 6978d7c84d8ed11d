"""What a job runs on: a solver release, a study or a registered function.

A target is a plain value, with no client: it names the runner (`solvers/<key>/releases/<v>`,
`studies/<id>`) and is what a job name is parsed into. `sdk._async.jobs.bind` turns a target
and a client into the operations for that kind of job, so the same target serves the blocking
and the awaitable layer (a blocking `run_many` runs on the awaitable one).
"""

from __future__ import annotations

import re
from uuid import UUID

import attrs
from osparc_sdk_patches.errors import InvalidInputError

__all__ = ["FunctionTarget", "SolverTarget", "StudyTarget", "Target", "parse_job_name"]

_JOB_NAME = re.compile(
    r"^(?:/?v0/)?(?:solvers/(?P<key>.+)/releases/(?P<version>[^/]+)|studies/(?P<study>[^/]+)"
    r"|functions/(?P<function>[^/]+))"
    r"/jobs/(?P<job>[^/]+)$"
)


@attrs.frozen
class SolverTarget:
    """Jobs of one release of a solver."""

    key: str
    version: str

    @property
    def label(self) -> str:
        return f"{self.key.rsplit('/', 1)[-1]} {self.version}"

    @property
    def runner_name(self) -> str:
        return f"solvers/{self.key}/releases/{self.version}"


@attrs.frozen
class StudyTarget:
    """Jobs of one study."""

    study_id: UUID

    @property
    def label(self) -> str:
        return f"study {self.study_id}"

    @property
    def runner_name(self) -> str:
        return f"studies/{self.study_id}"


@attrs.frozen
class FunctionTarget:
    """Jobs of one registered function (each wraps a solver or a study job)."""

    function_id: UUID

    @property
    def label(self) -> str:
        return f"function {self.function_id}"

    @property
    def runner_name(self) -> str:
        return f"functions/{self.function_id}"


Target = SolverTarget | StudyTarget | FunctionTarget


def parse_job_name(name: str) -> tuple[Target, UUID]:
    """The target and the id of the job named `solvers/<key>/releases/<version>/jobs/<id>`,
    `studies/<study id>/jobs/<id>` (a `Job.name`, with or without the `/v0/` prefix) or
    `functions/<function id>/jobs/<function job id>`."""
    match = _JOB_NAME.match(name.strip())
    if match is None:
        raise InvalidInputError(
            f"{name!r} is not a job name (solvers/<key>/releases/<version>/jobs/<id>, "
            "studies/<study id>/jobs/<id> or functions/<function id>/jobs/<id>)"
        )
    job_id = _id(match["job"], "job id")
    if match["study"]:
        return StudyTarget(_id(match["study"], "study id")), job_id
    if match["function"]:
        return FunctionTarget(_id(match["function"], "function id")), job_id
    return SolverTarget(match["key"], match["version"]), job_id


def _id(text: str, what: str) -> UUID:
    try:
        return UUID(text)
    except ValueError:
        raise InvalidInputError(f"{text!r} is not a {what}") from None
