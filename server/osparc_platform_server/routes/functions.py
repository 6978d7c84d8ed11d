"""Functions: register a solver or a study as a function, run it, map it over many inputs."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Body, Header, Request

from osparc_platform_server.deps import Limit, Offset, Svc
from osparc_platform_server.pagination import page
from osparc_platform_server.routes._responses import RETRY_SAFE, errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import Page
from osparc_platform_server.schemas.functions import (
    Function,
    FunctionInputSchema,
    RegisteredFunction,
    RegisteredFunctionJob,
    RegisteredFunctionJobCollection,
)
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services.functions import (
    MAX_MAP_INPUTS,
    function_job_model,
    function_model,
)

router = APIRouter(prefix="/v0", tags=["functions"], route_class=OneTripRoute)

FUNCTION = "/functions/{function_id:uuid}"
# Required on :run and :map: a UUID, or the text "null" for "no parent".
ParentProjectUuid = Annotated[UUID | Literal["null"], Header(alias="x-simcore-parent-project-uuid")]
ParentNodeId = Annotated[UUID | Literal["null"], Header(alias="x-simcore-parent-node-id")]
Inputs = Annotated[dict[str, Any] | None, Body()]
_NO_CONTENT_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad request"},
    404: {"description": "Function not found"},
}


@router.post("/functions", response_model=RegisteredFunction, responses=errors(404))
def register_function(svc: Svc, user: CurrentUser, body: Function) -> dict[str, Any]:
    """Register a function: a solver release or a study, with JSON Schemas for its inputs and
    outputs and default inputs."""
    return svc.functions.register(user, body.model_dump(mode="json"))


@router.get(
    "/functions",
    response_model=Page[RegisteredFunction],
    responses=errors(),
)
def list_functions(
    request: Request, svc: Svc, user: CurrentUser, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """The user's functions, oldest first, a page at a time."""
    items, total = svc.functions.list_functions(user, limit, offset)
    return page(request, items, total, limit, offset)


@router.get(FUNCTION, response_model=RegisteredFunction, responses=errors(404))
def get_function(svc: Svc, user: CurrentUser, function_id: UUID) -> dict[str, Any]:
    """One function."""
    return function_model(svc.functions.function_row(user, str(function_id)))


@router.delete(FUNCTION, response_model=None, responses=errors(404, 409))
def delete_function(svc: Svc, user: CurrentUser, function_id: UUID) -> None:
    """Delete a function; one that still has jobs cannot be deleted (409)."""
    svc.functions.delete_function(user, str(function_id))


@router.get(
    FUNCTION + "/jobs",
    response_model=Page[RegisteredFunctionJob],
    responses=errors(404),
)
def list_function_jobs_for_functionid(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    function_id: UUID,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The jobs of one function, oldest first, a page at a time."""
    svc.functions.function_row(user, str(function_id))
    rows, total = svc.functions.list_jobs(user, limit, offset, function_uid=str(function_id))
    return page(request, [function_job_model(r) for r in rows], total, limit, offset)


@router.patch(
    FUNCTION + "/title",
    response_model=RegisteredFunction,
    responses=errors(404),
    openapi_extra=RETRY_SAFE,
)
def update_function_title(
    svc: Svc, user: CurrentUser, function_id: UUID, title: str
) -> dict[str, Any]:
    """Change the function's title."""
    return svc.functions.update(user, str(function_id), "title", title)


@router.patch(
    FUNCTION + "/description",
    response_model=RegisteredFunction,
    responses=errors(404),
    openapi_extra=RETRY_SAFE,
)
def update_function_description(
    svc: Svc, user: CurrentUser, function_id: UUID, description: str
) -> dict[str, Any]:
    """Change the function's description."""
    return svc.functions.update(user, str(function_id), "description", description)


@router.get(FUNCTION + "/input_schema", response_model=FunctionInputSchema, responses=errors(404))
def get_function_inputschema(svc: Svc, user: CurrentUser, function_id: UUID) -> Any:
    """The JSON Schema of the function's inputs."""
    return function_model(svc.functions.function_row(user, str(function_id)))["input_schema"]


# The platform declares the output schema with the input schema's model (same shape).
@router.get(FUNCTION + "/output_schema", response_model=FunctionInputSchema, responses=errors(404))
def get_function_outputschema(svc: Svc, user: CurrentUser, function_id: UUID) -> Any:
    """The JSON Schema of the function's outputs."""
    return function_model(svc.functions.function_row(user, str(function_id)))["output_schema"]


@router.post(
    FUNCTION + ":validate_inputs",
    response_model=tuple[bool, str],
    responses={**_NO_CONTENT_ERRORS, **errors()},
    openapi_extra=RETRY_SAFE,  # it only reads
)
def validate_function_inputs(
    svc: Svc, user: CurrentUser, function_id: UUID, inputs: Inputs
) -> tuple[bool, str]:
    """Check inputs (as sent: no default inputs added) against the function's input schema."""
    return svc.functions.validate(user, str(function_id), inputs)


@router.post(FUNCTION + ":run", response_model=RegisteredFunctionJob, responses=errors(400, 404))
def run_function(
    svc: Svc,
    user: CurrentUser,
    function_id: UUID,
    inputs: Inputs,
    x_simcore_parent_project_uuid: ParentProjectUuid,
    x_simcore_parent_node_id: ParentNodeId,
) -> dict[str, Any]:
    """Run the function on its default inputs overridden by these: returns its function job at
    once (a job that already succeeded with the same inputs is returned instead of a new one)."""
    return svc.functions.run(user, str(function_id), inputs)


@router.post(
    FUNCTION + ":map",
    response_model=RegisteredFunctionJobCollection,
    responses=errors(400, 404),
)
def map_function(
    svc: Svc,
    user: CurrentUser,
    function_id: UUID,
    inputs: Annotated[list[dict[str, Any] | None], Body(max_length=MAX_MAP_INPUTS)],
    x_simcore_parent_project_uuid: ParentProjectUuid,
    x_simcore_parent_node_id: ParentNodeId,
) -> dict[str, Any]:
    """Run the function once per entry, concurrently: returns the collection of their jobs, in
    the order of the inputs."""
    return svc.functions.map(user, str(function_id), inputs)
