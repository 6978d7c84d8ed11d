"""Study-job creation that never leaves a second job behind, whether or not the server honours
`Idempotency-Key`: the reconciliation of solver-job creation (`api.solvers.create_solver_job`,
where it is written and explained), here on the study's jobs."""

from __future__ import annotations

from typing import Any, Protocol
from uuid import UUID

from osparc_sdk_generated.api.studies import create_study_job as _generated
from osparc_sdk_generated.models import Job, JobInputs
from osparc_sdk_generated.types import Unset

from osparc_sdk_patches.api.solvers.create_solver_job import (
    Api,
    Creation,
    acreate_job_once,
    create_job_once,
)
from osparc_sdk_patches.errors import checked_uuid

__all__ = ["acreate_study_job", "create_study_job"]

OPERATION = "create_study_job"


class Studies(Api, Protocol):
    def list_study_jobs(
        self, study_id: UUID, *, limit: int | Unset = ..., offset: int | Unset = ...
    ) -> Any: ...


def _study(api: Studies, study_id: UUID) -> Creation:
    study_id = checked_uuid(OPERATION, "study_id", study_id)

    def page(limit: int, offset: int) -> Any:
        return api.list_study_jobs(study_id, limit=limit, offset=offset)

    return Creation(OPERATION, _generated, (study_id,), page)


def create_study_job(api: Studies, study_id: UUID, *, body: JobInputs, **options: Any) -> Job:
    """Create a job of a study: once, whatever answers are lost. `options` are the generated
    operation's (hidden, parent ids, idempotency_key)."""
    return create_job_once(api, _study(api, study_id), body, options)


async def acreate_study_job(
    api: Studies, study_id: UUID, *, body: JobInputs, **options: Any
) -> Job:
    """The async twin of `create_study_job`."""
    return await acreate_job_once(api, _study(api, study_id), body, options)
