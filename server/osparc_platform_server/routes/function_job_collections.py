"""Collections of function jobs: what :map returns, or any set of jobs registered together."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query, Request

from osparc_platform_server.deps import Limit, Offset, Svc
from osparc_platform_server.pagination import page
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import Page
from osparc_platform_server.schemas.functions import (
    FunctionJobCollection,
    FunctionJobCollectionStatus,
    RegisteredFunctionJob,
    RegisteredFunctionJobCollection,
)
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services.functions import collection_model, function_job_model

router = APIRouter(prefix="/v0", tags=["function_job_collections"], route_class=OneTripRoute)

COLLECTION = "/function_job_collections/{function_job_collection_id:uuid}"
UUID_TEXT = "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}"


def _uuid_or_none(text: str) -> str | None:
    try:
        return str(UUID(text))
    except ValueError:
        return None


@router.get(
    "/function_job_collections",
    response_model=Page[RegisteredFunctionJobCollection],
    responses=errors(),
)
def list_function_job_collections(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    limit: Limit = 20,
    offset: Offset = 0,
    has_function_id: Annotated[str | None, Query(pattern=UUID_TEXT)] = None,
) -> dict[str, Any]:
    """The user's collections; with has_function_id, those holding a job of that function."""
    function_uid = None
    if has_function_id is not None:
        # The pattern is not anchored (as on the platform): a text that merely contains a
        # UUID is no function's id, and selects no collection.
        function_uid = _uuid_or_none(has_function_id) or "-"
    items, total = svc.functions.list_collections(user, limit, offset, function_uid)
    return page(request, items, total, limit, offset)


@router.post(
    "/function_job_collections",
    response_model=RegisteredFunctionJobCollection,
    responses=errors(),
)
def register_function_job_collection(
    svc: Svc, user: CurrentUser, body: FunctionJobCollection
) -> dict[str, Any]:
    """Record a collection of function jobs."""
    return svc.functions.register_collection(user, body.model_dump(mode="json"))


@router.get(COLLECTION, response_model=RegisteredFunctionJobCollection, responses=errors(404))
def get_function_job_collection(
    svc: Svc, user: CurrentUser, function_job_collection_id: UUID
) -> dict[str, Any]:
    """One collection."""
    return collection_model(svc.functions.collection_row(user, str(function_job_collection_id)))


@router.delete(COLLECTION, response_model=None, responses=errors(404))
def delete_function_job_collection(
    svc: Svc, user: CurrentUser, function_job_collection_id: UUID
) -> None:
    """Delete a collection (its jobs stay)."""
    svc.functions.delete_collection(user, str(function_job_collection_id))


def _jobs(svc: Svc, user: CurrentUser, uid: UUID) -> list[dict[str, Any]]:
    return [function_job_model(r) for r in svc.functions.collection_jobs(user, str(uid))]


@router.get(
    COLLECTION + "/function_jobs",
    response_model=list[RegisteredFunctionJob],
    responses=errors(404),
)
def function_job_collection_list_function_jobs(
    svc: Svc, user: CurrentUser, function_job_collection_id: UUID
) -> list[dict[str, Any]]:
    """The collection's jobs, in its order."""
    return _jobs(svc, user, function_job_collection_id)


@router.get(
    COLLECTION + "/function_jobs/page",
    response_model=Page[RegisteredFunctionJob],
    responses=errors(404),
)
def function_job_collection_list_function_jobs_page(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    function_job_collection_id: UUID,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The collection's jobs, in its order, a page at a time."""
    items = _jobs(svc, user, function_job_collection_id)
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@router.get(
    COLLECTION + "/function_jobs/list",
    response_model=list[RegisteredFunctionJob],
    responses=errors(404),
)
def function_job_collection_list_function_jobs_list(
    svc: Svc, user: CurrentUser, function_job_collection_id: UUID
) -> list[dict[str, Any]]:
    """The collection's jobs, in its order (the same as /function_jobs)."""
    return _jobs(svc, user, function_job_collection_id)


@router.get(
    COLLECTION + "/status", response_model=FunctionJobCollectionStatus, responses=errors(404)
)
def function_job_collection_status(
    svc: Svc, user: CurrentUser, function_job_collection_id: UUID
) -> dict[str, Any]:
    """The status of each job of the collection, in its order."""
    return {"status": svc.functions.collection_status(user, str(function_job_collection_id))}
