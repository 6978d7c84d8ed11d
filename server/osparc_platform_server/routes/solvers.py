from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response
from starlette.responses import RedirectResponse, StreamingResponse

from osparc_platform_server import catalog
from osparc_platform_server.catalog import SolverRelease
from osparc_platform_server.deps import BaseUrl, Limit, Offset, Svc
from osparc_platform_server.errors import ApiError
from osparc_platform_server.pagination import page
from osparc_platform_server.routes import _jobs
from osparc_platform_server.routes._responses import RETRY_SAFE, errors
from osparc_platform_server.routes.wallets import default_wallet
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import OnePage, Page
from osparc_platform_server.schemas.jobs import (
    TERMINAL_STATES,
    BatchGetJobMetadataResponse,
    Job,
    JobEncryptionInputs,
    JobInputs,
    JobLog,
    JobMetadata,
    JobMetadataUpdate,
    JobOutputs,
    JobStatus,
    RunningState,
)
from osparc_platform_server.schemas.meta import SEMVER
from osparc_platform_server.schemas.solvers import (
    SOLVER_KEY,
    PricingUnitGetLegacy,
    ServicePricingPlanGetLegacy,
    Solver,
    SolverPort,
)
from osparc_platform_server.schemas.wallets import WalletGetWithAvailableCreditsLegacy
from osparc_platform_server.security import CurrentUser
from osparc_platform_server.services.jobs import Runner, current_progress

router = APIRouter(prefix="/v0", tags=["solvers"], route_class=OneTripRoute)

SolverKey = Annotated[
    str, Path(pattern=SOLVER_KEY, description="e.g. simcore/services/comp/itis/sleeper")
]
Version = Annotated[str, Path(pattern=SEMVER)]
ParentProjectUuid = Annotated[UUID | None, Header(alias="x-simcore-parent-project-uuid")]
ParentNodeId = Annotated[UUID | None, Header(alias="x-simcore-parent-node-id")]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=200,
        description="Retries with the same key return the job created by the first attempt",
    ),
]
RELEASE = "/solvers/{solver_key:path}/releases/{version}"
JOB = RELEASE + "/jobs/{job_id}"


def solver_model(r: SolverRelease) -> dict[str, Any]:
    return {
        "id": r.key,
        "version": r.version,
        "title": r.title,
        "description": r.description,
        "url": r.url,
        "maintainer": r.maintainer,
        "version_display": r.version_display,
    }


def _release(solver_key: str, version: str) -> SolverRelease:
    release = catalog.find_release(solver_key, version)
    if release is None:
        raise ApiError(404, f"Solver {solver_key}:{version} not found")
    return release


def _releases(solver_key: str) -> list[SolverRelease]:
    releases = catalog.releases_of(solver_key)
    if not releases:
        raise ApiError(404, f"Solver {solver_key} not found")
    return releases


# -- catalog ------------------------------------------------------------------------------------
@router.get("/solvers", response_model=list[Solver], responses=errors(), deprecated=True)
def list_solvers(user: CurrentUser) -> list[dict[str, Any]]:
    """The latest release of every solver."""
    return [solver_model(r) for r in catalog.latest_releases()]


@router.get("/solvers/page", response_model=Page[Solver], responses=errors())
def list_all_solvers_paginated(
    request: Request,
    user: CurrentUser,
    limit: Limit = 20,
    offset: Offset = 0,
    solver_id: Annotated[str | None, Query()] = None,
    version_display: Annotated[str | None, Query()] = None,
) -> dict[str, Any]:
    """The latest release of every solver, a page at a time."""
    items = [
        solver_model(r)
        for r in catalog.latest_releases()
        if (solver_id is None or r.key == solver_id)
        and (version_display is None or r.version_display == version_display)
    ]
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@router.get("/solvers/releases", response_model=list[Solver], responses=errors(), deprecated=True)
def list_solvers_releases(user: CurrentUser) -> list[dict[str, Any]]:
    """Every release of every solver."""
    return [solver_model(r) for r in catalog.all_releases()]


@router.get("/solvers/-/releases/-/jobs", response_model=Page[Job], responses=errors())
def list_all_solvers_jobs(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    limit: Limit = 20,
    offset: Offset = 0,
    metadata_any: Annotated[
        list[str] | None,
        Query(alias="metadata.any", description="key:glob filters; a job matches any of them"),
    ] = None,
    metadata_all: Annotated[
        list[str] | None,
        Query(alias="metadata.all", description="key:glob filters; a job matches all of them"),
    ] = None,
) -> dict[str, Any]:
    """Jobs of every solver, optionally filtered by their custom metadata."""
    rows, total = svc.jobs.list_by_metadata(
        user, metadata_any or [], metadata_all or [], limit, offset
    )
    return page(request, [_jobs.job_model(r, base) for r in rows], total, limit, offset)


@router.get(
    "/solvers/-/releases/-/jobs/metadata:batchGet",
    response_model=BatchGetJobMetadataResponse,
    responses=errors(404),
)
def batch_get_jobs_custom_metadata(
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    job_ids: Annotated[list[UUID], Query(min_length=1, max_length=100)],
) -> dict[str, Any]:
    """The custom metadata of several jobs in one call."""
    rows = svc.jobs.batch_metadata(user, [str(j) for j in job_ids])
    return {"items": [_jobs.metadata_model(r, base) for r in rows]}


@router.get("/solvers/{solver_key:path}/latest", response_model=Solver, responses=errors(404))
def get_solver(user: CurrentUser, solver_key: SolverKey) -> dict[str, Any]:
    """The latest release of a solver."""
    return solver_model(_releases(solver_key)[-1])


@router.get(
    "/solvers/{solver_key:path}/releases", response_model=list[Solver], responses=errors(404)
)
def list_solver_releases(user: CurrentUser, solver_key: SolverKey) -> list[dict[str, Any]]:
    """Every release of one solver, oldest first."""
    return [solver_model(r) for r in _releases(solver_key)]


@router.get(
    "/solvers/{solver_key:path}/releases/page", response_model=Page[Solver], responses=errors(404)
)
def list_solver_releases_paginated(
    request: Request,
    user: CurrentUser,
    solver_key: SolverKey,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Every release of one solver, a page at a time."""
    items = [solver_model(r) for r in _releases(solver_key)]
    return page(request, items[offset : offset + limit], len(items), limit, offset)


@router.get(RELEASE, response_model=Solver, responses=errors(404))
def get_solver_release(
    user: CurrentUser, solver_key: SolverKey, version: Version
) -> dict[str, Any]:
    """One release of a solver."""
    return solver_model(_release(solver_key, version))


@router.get(RELEASE + "/ports", response_model=OnePage[SolverPort], responses=errors(404))
def list_solver_ports(user: CurrentUser, solver_key: SolverKey, version: Version) -> dict[str, Any]:
    """The input and output ports of a release, with a JSON Schema for each value."""
    release = _release(solver_key, version)
    items = [
        {"key": key, "kind": kind, "content_schema": schema}
        for kind, ports in (("input", release.inputs), ("output", release.outputs))
        for key, schema in ports.items()
    ]
    return {"items": items, "total": len(items)}


@router.get(
    RELEASE + "/pricing_plan", response_model=ServicePricingPlanGetLegacy, responses=errors(404)
)
def get_solver_pricing_plan(
    user: CurrentUser, solver_key: SolverKey, version: Version
) -> dict[str, Any]:
    """The pricing plan that applies to jobs of this release."""
    _release(solver_key, version)
    return catalog.PRICING_PLAN


# -- jobs ---------------------------------------------------------------------------------------
@router.post(RELEASE + "/jobs", response_model=Job, status_code=201, responses=errors(402, 404))
def create_solver_job(
    svc: Svc,
    response: Response,
    user: CurrentUser,
    base: BaseUrl,
    solver_key: SolverKey,
    version: Version,
    body: JobInputs,
    hidden: bool = True,
    x_simcore_parent_project_uuid: ParentProjectUuid = None,
    x_simcore_parent_node_id: ParentNodeId = None,
    idempotency_key: IdempotencyKey = None,
) -> dict[str, Any]:
    """Create a job of this release with the given inputs; it does not start until asked."""
    release = _release(solver_key, version)
    row = svc.jobs.create(
        user,
        Runner.solver(release),
        release.inputs,
        _jobs.plain_values(body),
        hidden=hidden,
        idempotency_key=_jobs.honoured_key(svc, idempotency_key, response),
    )
    return _jobs.job_model(row, base)


@router.get(
    RELEASE + "/jobs", response_model=list[Job], responses=errors(402, 404), deprecated=True
)
def list_jobs(
    svc: Svc, user: CurrentUser, base: BaseUrl, solver_key: SolverKey, version: Version
) -> list[dict[str, Any]]:
    """Every job of this release (deprecated: use list_jobs_paginated)."""
    rows, _ = svc.jobs.list(user, Runner.solver(_release(solver_key, version)), None, 0)
    return [_jobs.job_model(r, base) for r in rows]


@router.get(RELEASE + "/jobs/page", response_model=Page[Job], responses=errors(402, 404))
def list_jobs_paginated(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    solver_key: SolverKey,
    version: Version,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The jobs of this release, oldest first, a page at a time."""
    rows, total = svc.jobs.list(user, Runner.solver(_release(solver_key, version)), limit, offset)
    return page(request, [_jobs.job_model(r, base) for r in rows], total, limit, offset)


@router.delete(JOB, status_code=204, response_class=Response, responses=errors(402, 404))
def delete_job(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> Response:
    """Delete a job, stopping it first if it runs, with its outputs and logs."""
    svc.jobs.delete(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return Response(status_code=204)


@router.get(JOB, response_model=Job, responses=errors(402, 404))
def get_job(
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    solver_key: SolverKey,
    version: Version,
    job_id: UUID,
) -> dict[str, Any]:
    """One job."""
    row = svc.jobs.row(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return _jobs.job_model(row, base)


@router.delete(
    JOB + "/assets", status_code=204, response_class=Response, responses=errors(404, 409)
)
def delete_job_assets(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> Response:
    """Delete a finished job's outputs and logs but keep the job."""
    svc.jobs.delete_assets(user, Runner.solver(_release(solver_key, version)), str(job_id))
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
def start_job(
    request: Request,
    response: Response,
    svc: Svc,
    user: CurrentUser,
    solver_key: SolverKey,
    version: Version,
    job_id: UUID,
    body: Annotated[JobEncryptionInputs | None, Body()] = None,
    cluster_id: Annotated[int | None, Query(ge=0, deprecated=True)] = None,
) -> dict[str, Any]:
    """Start a job: 202 when this call started it, 200 when it had already been started."""
    runner = Runner.solver(_release(solver_key, version))
    row, started = svc.jobs.start(user, runner, str(job_id), _pricing(request))
    response.status_code = 202 if started else 200
    return _jobs.status_model(row)


def _positive_int(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() and int(text) > 0 else None


def _pricing(request: Request) -> tuple[int, int] | None:
    """The pricing unit a start asks for, as the platform reads it: the undeclared headers
    x-pricing-plan and x-pricing-unit, used only when both are there and positive integers.
    A pair that names no unit of the release's pricing plan is refused (422)."""
    plan = _positive_int(request.headers.get("x-pricing-plan"))
    unit = _positive_int(request.headers.get("x-pricing-unit"))
    if plan is None or unit is None:
        return None
    units = {u["pricingUnitId"] for u in catalog.PRICING_PLAN["pricingUnits"]}
    if plan != catalog.PRICING_PLAN["pricingPlanId"] or unit not in units:
        raise ApiError(422, f"pricing unit {unit} of plan {plan} does not apply to this solver")
    return plan, unit


@router.post(
    JOB + ":stop", response_model=JobStatus, responses=errors(402, 404), openapi_extra=RETRY_SAFE
)
def stop_job(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> dict[str, Any]:
    """Abort a job that has not finished; a finished job is left as it is."""
    row = svc.jobs.stop(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return _jobs.status_model(row)


@router.post(
    JOB + ":inspect", response_model=JobStatus, responses=errors(402, 404), openapi_extra=RETRY_SAFE
)
def inspect_job(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> dict[str, Any]:
    """The job's state and progress."""
    row = svc.jobs.row(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return _jobs.status_model(row)


@router.patch(
    JOB + "/metadata", response_model=JobMetadata, responses=errors(404), openapi_extra=RETRY_SAFE
)
def replace_job_custom_metadata(
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    solver_key: SolverKey,
    version: Version,
    job_id: UUID,
    body: JobMetadataUpdate,
) -> dict[str, Any]:
    """Replace the job's custom metadata with the given mapping."""
    runner = Runner.solver(_release(solver_key, version))
    svc.jobs.replace_metadata(user, runner, str(job_id), body.metadata)
    return _jobs.metadata_model(svc.jobs.row(user, runner, str(job_id)), base)


@router.get(JOB + "/metadata", response_model=JobMetadata, responses=errors(404))
def get_job_custom_metadata(
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    solver_key: SolverKey,
    version: Version,
    job_id: UUID,
) -> dict[str, Any]:
    """The job's custom metadata."""
    row = svc.jobs.row(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return _jobs.metadata_model(row, base)


@router.get(JOB + "/outputs", response_model=JobOutputs, responses=errors(402, 404, 409))
def get_job_outputs(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> dict[str, Any]:
    """The job's results: values, and File objects for file outputs (null until it succeeds)."""
    release = _release(solver_key, version)
    return svc.jobs.outputs(user, Runner.solver(release), str(job_id), list(release.outputs))


@router.get(
    JOB + "/outputs/logfile",
    response_class=RedirectResponse,
    status_code=307,
    responses={
        200: {
            "description": "The log archive",
            "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
        },
        307: {"description": "Redirect to a link that serves the log archive"},
        **errors(404, 409),
    },
)
def get_job_output_logfile(
    svc: Svc,
    user: CurrentUser,
    base: BaseUrl,
    solver_key: SolverKey,
    version: Version,
    job_id: UUID,
) -> RedirectResponse:
    """Redirects to the job's log archive (a zip with one .logs file per service)."""
    row = svc.jobs.row(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return RedirectResponse(_jobs.log_link(svc, row, base), status_code=307)


@router.get(
    JOB + "/wallet", response_model=WalletGetWithAvailableCreditsLegacy, responses=errors(403, 404)
)
def get_job_wallet(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> dict[str, Any]:
    """The wallet that pays for this job."""
    svc.jobs.row(user, Runner.solver(_release(solver_key, version)), str(job_id))
    return default_wallet(svc, user)


@router.get(JOB + "/pricing_unit", response_model=PricingUnitGetLegacy, responses=errors(404))
def get_job_pricing_unit(
    svc: Svc, user: CurrentUser, solver_key: SolverKey, version: Version, job_id: UUID
) -> dict[str, Any]:
    """The pricing unit this job is billed with."""
    svc.jobs.row(user, Runner.solver(_release(solver_key, version)), str(job_id))
    units: list[dict[str, Any]] = catalog.PRICING_PLAN["pricingUnits"]
    chosen = svc.jobs.pricing(str(job_id))
    if chosen is not None:
        return next(u for u in units if u["pricingUnitId"] == chosen[1])
    return next(u for u in units if u["default"])


@router.get(
    JOB + "/logstream",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "One JSON JobLog per line until the job ends",
            "content": {
                "application/x-ndjson": {"schema": {"$ref": "#/components/schemas/JobLog"}}
            },
        },
        **errors(404, 409),
    },
)
async def get_log_stream(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    solver_key: SolverKey,
    version: Version,
    job_id: UUID,
) -> StreamingResponse:
    """Follow a job: its progress as log lines, one JSON object per line, until it finishes."""
    runner = Runner.solver(_release(solver_key, version))
    svc.jobs.row(user, runner, str(job_id))
    open_streams: set[str] = request.app.state.open_log_streams
    if str(job_id) in open_streams:
        raise ApiError(409, f"A log stream for job {job_id} is already open")
    open_streams.add(str(job_id))

    async def lines() -> AsyncIterator[bytes]:
        try:
            last = -1
            while True:
                row = svc.jobs.row(user, runner, str(job_id))
                progress = current_progress(row)
                state = RunningState(row["state"])
                if progress != last or state in TERMINAL_STATES:
                    last = progress
                    log = JobLog(
                        job_id=job_id,
                        log_level=20,
                        messages=[f"[{state.value}] progress {progress}%"],
                    )
                    yield (log.model_dump_json() + "\n").encode()
                if state in TERMINAL_STATES:
                    return
                await asyncio.sleep(max(svc.settings.runner_tick, 0.05))
        finally:
            open_streams.discard(str(job_id))

    return StreamingResponse(lines(), media_type="application/x-ndjson")
