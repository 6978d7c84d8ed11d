from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, Header, Query, Request, Response

from osparc_platform_server.deps import BaseUrl, Limit, Offset, Svc
from osparc_platform_server.errors import ApiError
from osparc_platform_server.pagination import page
from osparc_platform_server.routes import _jobs
from osparc_platform_server.routes._responses import RETRY_SAFE, errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.runner import node_name
from osparc_platform_server.schemas.common import OnePage, Page
from osparc_platform_server.schemas.jobs import (
    Job,
    JobInputs,
    JobLogsMap,
    JobMetadata,
    JobMetadataUpdate,
    JobOutputs,
    JobStatus,
)
from osparc_platform_server.schemas.studies import Study, StudyPort
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services import studies as study_ports
from osparc_platform_server.services.jobs import Runner

router = APIRouter(prefix="/v0", tags=["studies"], route_class=OneTripRoute)

ParentProjectUuid = Annotated[UUID | None, Header(alias="x-simcore-parent-project-uuid")]
ParentNodeId = Annotated[UUID | None, Header(alias="x-simcore-parent-node-id")]
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=200)]
JOB = "/studies/{study_id}/jobs/{job_id}"


def _runner(svc: Svc, user: CurrentUser, study_id: UUID) -> Runner:
    svc.studies.row(user, str(study_id))
    return Runner.study(str(study_id))


@router.get("/studies", response_model=Page[Study], responses=errors())
def list_studies(
    request: Request, svc: Svc, user: CurrentUser, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    """The user's studies, a page at a time."""
    items, total = svc.studies.list(user, limit, offset)
    return page(request, items, total, limit, offset)


@router.get("/studies/{study_id}", response_model=Study, responses=errors(404))
def get_study(svc: Svc, user: CurrentUser, study_id: UUID) -> dict[str, Any]:
    """One study."""
    return svc.studies.get(user, str(study_id))


@router.post(
    "/studies/{study_id}:clone", response_model=Study, status_code=201, responses=errors(404)
)
def clone_study(
    svc: Svc,
    user: CurrentUser,
    study_id: UUID,
    title: Annotated[str | None, Body()] = None,
    description: Annotated[str | None, Body()] = None,
    hidden: bool = False,
    x_simcore_parent_project_uuid: ParentProjectUuid = None,
    x_simcore_parent_node_id: ParentNodeId = None,
) -> dict[str, Any]:
    """Copy a study; the copy gets its own id and its own port keys."""
    return svc.studies.clone(user, str(study_id), title, description, hidden)


@router.get("/studies/{study_id}/ports", response_model=OnePage[StudyPort], responses=errors(404))
def list_study_ports(svc: Svc, user: CurrentUser, study_id: UUID) -> dict[str, Any]:
    """The study's inputs and outputs; a port's key is the id of its node."""
    svc.studies.row(user, str(study_id))
    items = study_ports.study_ports(str(study_id))
    return {"items": items, "total": len(items)}


@router.get("/studies/{study_id}/jobs", response_model=Page[Job], responses=errors(404))
def list_study_jobs(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    study_id: UUID,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The jobs of a study, oldest first, a page at a time."""
    rows, total = svc.jobs.list(user, _runner(svc, user, study_id), limit, offset, kind="study")
    return page(request, [_jobs.job_model(r, base) for r in rows], total, limit, offset)


@router.post("/studies/{study_id}/jobs", response_model=Job, responses=errors(402, 404))
def create_study_job(
    svc: Svc,
    response: Response,
    user: CurrentUser,
    base: BaseUrl,
    study_id: UUID,
    body: JobInputs,
    hidden: bool = True,
    x_simcore_parent_project_uuid: ParentProjectUuid = None,
    x_simcore_parent_node_id: ParentNodeId = None,
    idempotency_key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Create a job of the study with values for its input ports (keys are node ids)."""
    runner = _runner(svc, user, study_id)
    row = svc.jobs.create(
        user,
        runner,
        study_ports.input_ports(str(study_id)),
        _jobs.plain_values(body),
        hidden=hidden,
        idempotency_key=_jobs.honoured_key(svc, idempotency_key, response),
    )
    return _jobs.job_model(row, base)


@router.get(JOB, responses={501: {"description": "Not implemented"}})
def get_study_job(study_id: UUID, job_id: UUID) -> None:
    """Not implemented on the platform either."""
    raise ApiError(501, "This endpoint is still not implemented")


@router.delete(JOB, status_code=204, response_class=Response, responses=errors(404))
def delete_study_job(svc: Svc, user: CurrentUser, study_id: UUID, job_id: UUID) -> Response:
    """Delete a study job with its outputs and logs."""
    svc.jobs.delete(user, _runner(svc, user, study_id), str(job_id))
    return Response(status_code=204)


@router.post(
    JOB + ":start",
    response_model=JobStatus,
    status_code=202,
    openapi_extra=RETRY_SAFE,
    responses={
        200: {"model": JobStatus, "description": "Already started"},
        **errors(402, 404, 409),
    },
)
def start_study_job(
    response: Response,
    svc: Svc,
    user: CurrentUser,
    study_id: UUID,
    job_id: UUID,
    cluster_id: Annotated[int | None, Query(ge=0, deprecated=True)] = None,
) -> dict[str, Any]:
    """Start a study job: 202 when this call started it, 200 when it had already been started."""
    row, started = svc.jobs.start(user, _runner(svc, user, study_id), str(job_id))
    response.status_code = 202 if started else 200
    return _jobs.status_model(row)


@router.post(
    JOB + ":stop", response_model=JobStatus, responses=errors(404), openapi_extra=RETRY_SAFE
)
def stop_study_job(svc: Svc, user: CurrentUser, study_id: UUID, job_id: UUID) -> dict[str, Any]:
    """Abort a study job that has not finished."""
    return _jobs.status_model(svc.jobs.stop(user, _runner(svc, user, study_id), str(job_id)))


@router.post(
    JOB + ":inspect", response_model=JobStatus, responses=errors(404), openapi_extra=RETRY_SAFE
)
def inspect_study_job(svc: Svc, user: CurrentUser, study_id: UUID, job_id: UUID) -> dict[str, Any]:
    """The study job's state and progress."""
    return _jobs.status_model(svc.jobs.row(user, _runner(svc, user, study_id), str(job_id)))


@router.post(
    JOB + "/outputs",
    response_model=JobOutputs,
    responses=errors(404, 409),
    openapi_extra=RETRY_SAFE,
)
def get_study_job_outputs(
    svc: Svc, user: CurrentUser, study_id: UUID, job_id: UUID
) -> dict[str, Any]:
    """The study job's results, keyed by output node id."""
    runner = _runner(svc, user, study_id)
    keys = [p["key"] for p in study_ports.study_ports(str(study_id)) if p["kind"] == "output"]
    return svc.jobs.outputs(user, runner, str(job_id), keys)


@router.get(JOB + "/outputs/log-links", response_model=JobLogsMap, responses=errors(404, 409))
def get_study_job_output_logfile(
    svc: Svc, user: CurrentUser, base: BaseUrl, study_id: UUID, job_id: UUID
) -> dict[str, Any]:
    """Links to the log archive of each node of the study job."""
    row = svc.jobs.row(user, _runner(svc, user, study_id), str(job_id))
    return {
        "log_links": [
            {"node_name": node_name(row), "download_link": _jobs.log_link(svc, row, base)}
        ]
    }


@router.get(JOB + "/metadata", response_model=JobMetadata, responses=errors(404))
def get_study_job_custom_metadata(
    svc: Svc, user: CurrentUser, base: BaseUrl, study_id: UUID, job_id: UUID
) -> dict[str, Any]:
    """The study job's custom metadata."""
    row = svc.jobs.row(user, _runner(svc, user, study_id), str(job_id))
    return _jobs.metadata_model(row, base)


@router.put(JOB + "/metadata", response_model=JobMetadata, responses=errors(404))
def replace_study_job_custom_metadata(
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    study_id: UUID,
    job_id: UUID,
    body: JobMetadataUpdate,
) -> dict[str, Any]:
    """Replace the study job's custom metadata with the given mapping."""
    runner = _runner(svc, user, study_id)
    svc.jobs.replace_metadata(user, runner, str(job_id), body.metadata)
    return _jobs.metadata_model(svc.jobs.row(user, runner, str(job_id)), base)
