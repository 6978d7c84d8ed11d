"""Programs: dynamic services (interactive apps), their releases, and jobs created from them."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, Header, Path, Request

from osparc_platform_server.deps import BaseUrl, Limit, Offset, Svc
from osparc_platform_server.errors import ApiError
from osparc_platform_server.pagination import page
from osparc_platform_server.routes._responses import errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import Page
from osparc_platform_server.schemas.files import DYNAMIC_SERVICE_KEY
from osparc_platform_server.schemas.jobs import Job
from osparc_platform_server.schemas.meta import SEMVER
from osparc_platform_server.schemas.programs import (
    Body_create_program_job_v0_programs__program_key__releases__version__jobs_post as JobBody,
)
from osparc_platform_server.schemas.programs import Program
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services import programs as catalog

router = APIRouter(prefix="/v0", tags=["programs"], route_class=OneTripRoute)

ProgramKey = Annotated[
    str, Path(pattern=DYNAMIC_SERVICE_KEY, description="e.g. simcore/services/dynamic/jupyter-math")
]
Version = Annotated[str, Path(pattern=SEMVER)]
ParentProjectUuid = Annotated[UUID | None, Header(alias="x-simcore-parent-project-uuid")]
ParentNodeId = Annotated[UUID | None, Header(alias="x-simcore-parent-node-id")]
RELEASE = "/programs/{program_key:path}/releases/{version}"


@router.get("/programs", response_model=Page[Program], responses=errors())
def list_programs(
    request: Request, user: CurrentUser, base: BaseUrl, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """The latest release of every program, a page at a time."""
    items = [catalog.program_model(p, base) for p in catalog.latest_releases()]
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@router.get(
    "/programs/{program_key:path}/releases", response_model=Page[Program], responses=errors(404)
)
def list_program_history(
    request: Request,
    user: CurrentUser,
    base: BaseUrl,
    program_key: ProgramKey,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Every release of one program, oldest first, a page at a time."""
    releases = catalog.releases_of(program_key)
    if not releases:
        raise ApiError(404, f"Program {program_key} not found")
    items = [catalog.program_model(p, base) for p in releases]
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@router.get(RELEASE, response_model=Program, responses=errors(404))
def get_program_release(
    user: CurrentUser, base: BaseUrl, program_key: ProgramKey, version: Version
) -> dict[str, Any]:
    """One release of a program."""
    return catalog.program_model(catalog.find_release(program_key, version), base)


@router.post(RELEASE + "/jobs", response_model=Job, status_code=201, responses=errors(404))
def create_program_job(
    svc: Svc,
    user: CurrentUser,
    program_key: ProgramKey,
    version: Version,
    body: Annotated[JobBody | None, Body()] = None,
    x_simcore_parent_project_uuid: ParentProjectUuid = None,
    x_simcore_parent_node_id: ParentNodeId = None,
) -> dict[str, Any]:
    """Create a job of this program release, with an empty workspace that files can be
    uploaded into (POST /v0/files/content with a UserFileToProgramJob)."""
    release = catalog.find_release(program_key, version)
    return svc.programs.create_job(
        user, release, body.name if body else None, body.description if body else None
    )
