"""Tasks: follow, cancel and collect long operations started elsewhere (log exports, ...)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter, Response

from osparc_platform_server.deps import Svc
from osparc_platform_server.routes._responses import RETRY_SAFE, errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.tasks import ApiServerEnvelope, TaskGet, TaskResult, TaskStatus
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services.tasks import task_get

router = APIRouter(prefix="/v0", tags=["tasks"], route_class=OneTripRoute)

TASK = "/tasks/{task_uuid}"


@router.get("/tasks", response_model=ApiServerEnvelope[list[TaskGet]], responses=errors())
def list_tasks(svc: Svc, user: CurrentUser) -> dict[str, Any]:
    """The user's tasks, oldest first."""
    return {"data": [task_get(r) for r in svc.tasks.list(user)]}


@router.get(TASK, response_model=TaskStatus, responses=errors(404))
def get_task_status(svc: Svc, user: CurrentUser, task_uuid: UUID) -> dict[str, Any]:
    """Whether the task is done, and its progress (0 to 1)."""
    return svc.tasks.status_model(svc.tasks.row(user, str(task_uuid)))


@router.post(
    TASK + ":cancel",
    status_code=204,
    response_class=Response,
    responses=errors(404),
    openapi_extra=RETRY_SAFE,
)
def cancel_task(svc: Svc, user: CurrentUser, task_uuid: UUID) -> Response:
    """Cancel a task that has not finished (a finished one is left as it is)."""
    svc.tasks.cancel(user, str(task_uuid))
    return Response(status_code=204)


@router.get(TASK + "/result", response_model=TaskResult, responses=errors(404))
def get_task_result(svc: Svc, user: CurrentUser, task_uuid: UUID) -> dict[str, Any]:
    """The task's result once it is done; 404 before (or if it was cancelled), 503 if it
    failed."""
    return svc.tasks.result(svc.tasks.row(user, str(task_uuid)))
