"""Function jobs: one run of a function, wrapping one solver or study job."""

from __future__ import annotations

from typing import Annotated, Any, Union
from uuid import UUID

from fastapi import APIRouter, Query, Request

from osparc_platform_server.deps import Limit, Offset, Svc
from osparc_platform_server.pagination import page
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import Page
from osparc_platform_server.schemas.functions import (
    FunctionJob,
    FunctionJobStatus,
    RegisteredFunctionJob,
    RegisteredFunctionJobWithStatus,
)
from osparc_platform_server.schemas.tasks import TaskGet
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services.functions import function_job_model
from osparc_platform_server.services.tasks import task_get

router = APIRouter(prefix="/v0", tags=["function_jobs"], route_class=OneTripRoute)

JOB = "/function_jobs/{function_job_id:uuid}"


class PageRegisteredFunctionJobWithorWithoutStatus(
    Page[Union[RegisteredFunctionJobWithStatus, RegisteredFunctionJob]]  # noqa: UP007
):
    """A page of function jobs, with their status when it was asked for."""


@router.get(
    "/function_jobs",
    response_model=PageRegisteredFunctionJobWithorWithoutStatus,
    responses=errors(),
)
def list_function_jobs(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    include_status: bool = False,
    limit: Limit = 20,
    offset: Offset = 0,
    function_id: UUID | None = None,
    function_job_ids: Annotated[list[UUID] | None, Query()] = None,
    function_job_collection_id: UUID | None = None,
) -> dict[str, Any]:
    """The user's function jobs, filtered (all filters apply), with their status if asked."""
    rows, total = svc.functions.list_jobs(
        user,
        limit,
        offset,
        function_uid=str(function_id) if function_id else None,
        job_uids=[str(j) for j in function_job_ids] if function_job_ids is not None else None,
        collection_uid=str(function_job_collection_id) if function_job_collection_id else None,
    )
    if include_status:
        items = [svc.functions.with_status(user, r) for r in rows]
    else:
        items = [function_job_model(r) for r in rows]
    return page(request, items, total, limit, offset)


@router.post("/function_jobs", response_model=RegisteredFunctionJob, responses=errors())
def register_function_job(svc: Svc, user: CurrentUser, body: FunctionJob) -> dict[str, Any]:
    """Record a function job as given (run_function creates and runs one instead)."""
    return svc.functions.register_job(user, body.model_dump(mode="json"))


@router.get(JOB, response_model=RegisteredFunctionJob, responses=errors(404))
def get_function_job(svc: Svc, user: CurrentUser, function_job_id: UUID) -> dict[str, Any]:
    """One function job."""
    return function_job_model(svc.functions.function_job_row(user, str(function_job_id)))


@router.delete(JOB, response_model=None, responses=errors(404))
def delete_function_job(svc: Svc, user: CurrentUser, function_job_id: UUID) -> None:
    """Delete a function job (its solver or study job stays, under the solvers or studies API)."""
    svc.functions.delete_job(user, str(function_job_id))


@router.get(JOB + "/status", response_model=FunctionJobStatus, responses=errors(404))
def function_job_status(svc: Svc, user: CurrentUser, function_job_id: UUID) -> dict[str, Any]:
    """The state of the task creating the underlying job, then the underlying job's state."""
    row = svc.functions.function_job_row(user, str(function_job_id))
    return {"status": svc.functions.status(user, row)}


@router.get(JOB + "/outputs", response_model=dict[str, Any] | None, responses=errors(404, 409))
def function_job_outputs(
    svc: Svc, user: CurrentUser, function_job_id: UUID
) -> dict[str, Any] | None:
    """The job's outputs once it has succeeded (files as File objects); null until then."""
    return svc.functions.outputs(user, svc.functions.function_job_row(user, str(function_job_id)))


@router.post(JOB + "/log", response_model=TaskGet, responses=errors(400, 404))
def get_function_job_logs_task(
    svc: Svc, user: CurrentUser, function_job_id: UUID
) -> dict[str, Any]:
    """Start exporting the logs of the job's solver or study job: follow the task, its result
    is the archive (a file)."""
    row = svc.functions.function_job_row(user, str(function_job_id))
    task = svc.log_exports.start(user, svc.functions.underlying_job(user, row))
    return task_get(task)
