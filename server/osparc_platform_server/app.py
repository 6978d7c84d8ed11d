"""The FastAPI application: wiring services to routes, and the exported OpenAPI document."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.responses import PlainTextResponse

from osparc_platform_server import __version__, faults
from osparc_platform_server.accounts import Accounts
from osparc_platform_server.blobs import BlobStore
from osparc_platform_server.db import Database
from osparc_platform_server.deps import Services
from osparc_platform_server.errors import install_error_handlers
from osparc_platform_server.identity import User
from osparc_platform_server.limits import BodyLimitMiddleware
from osparc_platform_server.links import LinkSigner
from osparc_platform_server.methods import MethodGuardMiddleware
from osparc_platform_server.request_ids import RequestIdMiddleware
from osparc_platform_server.routes import (
    auth,
    files,
    function_job_collections,
    function_jobs,
    functions,
    licensed_items,
    meta,
    programs,
    responses,
    solvers,
    storage,
    studies,
    tasks,
    users,
    wallets,
)
from osparc_platform_server.runner import JobRunner
from osparc_platform_server.schemas.jobs import JobLog
from osparc_platform_server.security import RateLimiter
from osparc_platform_server.services.chat import ChatService
from osparc_platform_server.services.files import FileService
from osparc_platform_server.services.functions import FunctionService
from osparc_platform_server.services.jobs import JobService
from osparc_platform_server.services.licensed_items import LicensedItemService
from osparc_platform_server.services.log_exports import LogExports
from osparc_platform_server.services.programs import ProgramService
from osparc_platform_server.services.studies import StudyService
from osparc_platform_server.services.tasks import TaskService
from osparc_platform_server.settings import Settings

logger = logging.getLogger("osparc_platform_server")

TITLE = "osparc.io public API"
DESCRIPTION = (
    "Reference implementation of the oSPARC public API (meta, users, files, programs, solvers "
    "and jobs, studies, functions and function jobs, wallets, credits, licensed items, "
    "responses, tasks), plus a token extension under /v0/auth."
)


def build_services(settings: Settings) -> Services:
    db = Database(settings.db_path)
    blobs = BlobStore(settings.blob_dir)
    signer = LinkSigner(db, settings.link_ttl)
    accounts = Accounts(
        db,
        access_ttl=settings.access_token_ttl,
        refresh_ttl=settings.refresh_token_ttl,
        initial_credits=settings.initial_credits,
    )
    files_service = FileService(
        db, blobs, signer, settings.upload_chunk_size, settings.max_upload_bytes
    )
    runner = JobRunner(
        db,
        blobs,
        files_service,
        time_scale=settings.time_scale,
        tick=settings.runner_tick,
        credits_per_second=settings.credits_per_job_second,
    )

    def remove_job_blobs(job_id: str, file_ids: list[str]) -> None:
        blobs.remove_job(job_id)
        for file_id in file_ids:
            blobs.remove_file(file_id)

    jobs = JobService(
        db,
        wake_runner=runner.wake,
        on_stopped=runner.record_abort,
        on_delete=files_service.delete_job_outputs,
        remove_blobs=remove_job_blobs,
    )
    studies = StudyService(db)
    tasks = TaskService(db, time_scale=settings.time_scale, wake=runner.wake)
    runner.add_step(tasks.advance)
    programs = ProgramService(db)

    def service_is_running(user: User, run_id: str) -> bool:
        return programs.is_running(user, run_id) or jobs.is_active(user, run_id)

    return Services(
        settings=settings,
        db=db,
        accounts=accounts,
        blobs=blobs,
        signer=signer,
        files=files_service,
        jobs=jobs,
        studies=studies,
        runner=runner,
        tasks=tasks,
        functions=FunctionService(db, jobs, studies, tasks),
        log_exports=LogExports(db, blobs, files_service, jobs, tasks),
        programs=programs,
        licensed_items=LicensedItemService(db, service_is_running),
        chat=ChatService(db, tasks, enabled=settings.chatbot_enabled),
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    services = build_services(settings)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        services.runner.start()
        try:
            yield
        finally:
            services.runner.stop()

    app = FastAPI(
        title=TITLE,
        description=DESCRIPTION,
        version=__version__,
        lifespan=lifespan,
        docs_url="/doc",
        redoc_url=None,
        separate_input_output_schemas=False,
    )
    app.state.services = services
    app.state.accounts = services.accounts
    app.state.rate_limiter = (
        RateLimiter(settings.rate_limit, settings.rate_burst) if settings.rate_limit > 0 else None
    )
    app.state.open_log_streams = set()
    install_error_handlers(app)
    app.add_middleware(
        BodyLimitMiddleware,
        json_limit=settings.max_json_bytes,
        file_limit=settings.max_upload_bytes + 1024 * 1024,
    )

    @app.get("/", include_in_schema=False, response_class=PlainTextResponse)
    async def health() -> str:
        return f"{datetime.now(UTC).isoformat()} @ simcore_service_api_server"

    routers = [m.router for m in (meta, users, files, programs, solvers, studies)]
    routers += [m.router for m in (function_jobs, function_job_collections, wallets)]
    routers += [wallets.credits_router, licensed_items.router, licensed_items.wallets_router]
    routers += [m.router for m in (functions, responses, tasks)]
    routers += [auth.router] if settings.token_auth else []
    routers += [storage.router]
    for router in routers:
        app.include_router(router)
    app.add_middleware(
        MethodGuardMiddleware,
        routes=[*app.routes, *(route for router in routers for route in router.routes)],
    )
    app.openapi = lambda: platform_openapi(app)  # type: ignore[method-assign]
    faults.install(app, settings)  # off unless PLATFORM_FAULT_RATE > 0
    app.add_middleware(RequestIdMiddleware)  # last added, outermost: every answer has an id
    return app


def _use_handler_names_as_operation_ids(spec: dict[str, Any]) -> None:
    """Shorten FastAPI's operationIds to the handlers' names, as the platform's document does.

    FastAPI's default unique id is `<handler> + <path, non-word characters as _> + _<method>`.
    It also names the request-body models (`Body_upload_file_v0_files_content_put`) and the
    inline response titles, and there the platform keeps the long form: so the unique id stays
    FastAPI's default and only the document's operationIds lose the suffix.
    """
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            suffix = re.sub(r"\W", "_", path) + "_" + method
            operation_id = operation.get("operationId", "")
            if operation_id.endswith(suffix) and len(operation_id) > len(suffix):
                operation["operationId"] = operation_id[: -len(suffix)]


def platform_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document, adjusted to the platform's: validation errors use `errors`."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    spec = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        separate_input_output_schemas=False,
    )
    _use_handler_names_as_operation_ids(spec)
    schemas = spec.get("components", {}).get("schemas", {})
    if "HTTPValidationError" in schemas:
        schemas["HTTPValidationError"] = {
            "title": "HTTPValidationError",
            "type": "object",
            "properties": {
                "errors": {
                    "title": "Validation errors",
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ValidationError"},
                }
            },
        }
    # The log stream's lines are JobLog objects; nothing else references the model.
    schemas["JobLog"] = JobLog.model_json_schema(ref_template="#/components/schemas/{model}")
    app.openapi_schema = spec
    return spec
