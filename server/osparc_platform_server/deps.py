"""What routes need, reached through FastAPI dependencies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query, Request

from osparc_platform_server.accounts import Accounts
from osparc_platform_server.blobs import BlobStore
from osparc_platform_server.db import Database
from osparc_platform_server.links import LinkSigner
from osparc_platform_server.runner import JobRunner
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


@dataclass(frozen=True)
class Services:
    settings: Settings
    db: Database
    accounts: Accounts
    blobs: BlobStore
    signer: LinkSigner
    files: FileService
    jobs: JobService
    studies: StudyService
    runner: JobRunner
    tasks: TaskService
    functions: FunctionService
    log_exports: LogExports
    programs: ProgramService
    licensed_items: LicensedItemService
    chat: ChatService


# The dependencies below only read memory: `async def`, so that FastAPI calls them on the event
# loop. A plain `def` dependency costs a round trip to a worker thread on every request.


async def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


async def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


Svc = Annotated[Services, Depends(get_services)]
BaseUrl = Annotated[str, Depends(base_url)]
Limit = Annotated[int, Query(ge=1, le=50, description="Maximum number of items in the page")]
Offset = Annotated[int, Query(ge=0, description="Index of the first item of the page")]
ParentProject = UUID | None
