from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, Query, Request, UploadFile
from fastapi import File as FormFile
from fastapi.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse

from osparc_platform_server.deps import BaseUrl, Limit, Offset, Svc
from osparc_platform_server.pagination import page
from osparc_platform_server.routes._responses import RETRY_SAFE, errors
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.schemas.common import Page
from osparc_platform_server.schemas.files import (
    SHA256,
    ClientFileUploadData,
    File,
    FileUploadCompletionBody,
    UserFile,
    UserFileToProgramJob,
)
from osparc_platform_server.security import CurrentUser

router = APIRouter(prefix="/v0", tags=["files"], route_class=OneTripRoute)

ClientFileBody = Annotated[UserFileToProgramJob | UserFile, Body(title="Client File")]
# Body fields of :abort and :complete. FastAPI gathers them into the platform's request models
# (`Body_abort_multipart_upload_v0_files__file_id__abort_post`, ...), named after each route.
EmbeddedClientFile = Annotated[UserFileToProgramJob | UserFile, Body(embed=True)]

_DOWNLOAD = {
    200: {
        "description": "The file's content",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    },
    307: {"description": "Redirect to a link that serves the content"},
}


@router.get("/files", response_model=list[File], responses=errors(), deprecated=True)
def list_files(svc: Svc, user: CurrentUser) -> list[dict[str, Any]]:
    """All the user's files (deprecated: use search_files_page)."""
    return svc.files.list(user)


@router.put("/files/content", response_model=File, responses=errors(413))
async def upload_file(
    svc: Svc,
    user: CurrentUser,
    file: Annotated[UploadFile, FormFile()],
) -> dict[str, Any]:
    """Upload a file in one multipart/form-data request (field `file`)."""
    return await run_in_threadpool(
        svc.files.store_upload, user, file.filename or "", file.content_type, file.file
    )


@router.post(
    "/files/content",
    response_model=ClientFileUploadData,
    responses=errors(404, 413),
    openapi_extra=RETRY_SAFE,
)
def get_upload_links(
    svc: Svc, user: CurrentUser, base: BaseUrl, client_file: ClientFileBody
) -> dict[str, Any]:
    """Open a multipart upload: one link per part, and the links to complete or abort it.

    With a UserFileToProgramJob the file goes into that program job's workspace, which must
    exist (404)."""
    if isinstance(client_file, UserFileToProgramJob):
        svc.programs.check_workspace_upload(user, client_file.model_dump(mode="json"))
    upload = svc.files.create_upload(user, client_file.model_dump(), base)
    if isinstance(client_file, UserFileToProgramJob):
        svc.programs.record_workspace_file(
            str(client_file.job_id), client_file.workspace_path, str(upload["file_id"])
        )
    return upload


@router.get("/files:search", response_model=Page[File], responses=errors(404))
def search_files_page(
    request: Request,
    svc: Svc,
    user: CurrentUser,
    limit: Limit = 20,
    offset: Offset = 0,
    sha256_checksum: Annotated[str | None, Query(pattern=SHA256)] = None,
    file_id: UUID | None = None,
) -> dict[str, Any]:
    """Find files by checksum or id, a page at a time."""
    items, total = svc.files.search(
        user, sha256_checksum, str(file_id) if file_id else None, limit, offset
    )
    return page(request, items, total, limit, offset)


@router.get("/files/{file_id}", response_model=File, responses=errors(404))
def get_file(svc: Svc, user: CurrentUser, file_id: UUID) -> dict[str, Any]:
    """One file's metadata."""
    return svc.files.get(user, str(file_id))


@router.delete("/files/{file_id}", response_model=None, responses=errors(404))
def delete_file(svc: Svc, user: CurrentUser, file_id: UUID) -> None:
    """Delete a file and its content."""
    svc.files.delete(user, str(file_id))


@router.post(
    "/files/{file_id}:abort",
    response_model=None,
    responses=errors(404, 409),
    openapi_extra=RETRY_SAFE,
)
def abort_multipart_upload(
    svc: Svc, user: CurrentUser, file_id: UUID, client_file: EmbeddedClientFile
) -> None:
    """Abandon a multipart upload and discard the parts received."""
    svc.files.abort(user, str(file_id))


@router.post(
    "/files/{file_id}:complete",
    response_model=File,
    responses=errors(404, 409),
    openapi_extra=RETRY_SAFE,
)
def complete_multipart_upload(
    svc: Svc,
    user: CurrentUser,
    file_id: UUID,
    client_file: EmbeddedClientFile,
    uploaded_parts: Annotated[FileUploadCompletionBody, Body()],
) -> dict[str, Any]:
    """Join the uploaded parts into the file, checking its size and SHA-256 checksum."""
    return svc.files.complete(
        user,
        str(file_id),
        client_file.model_dump(),
        [p.model_dump() for p in uploaded_parts.parts],
    )


@router.get(
    "/files/{file_id}/content",
    response_class=RedirectResponse,
    status_code=307,
    responses={**_DOWNLOAD, **errors(404)},
)
def download_file(svc: Svc, user: CurrentUser, base: BaseUrl, file_id: UUID) -> RedirectResponse:
    """Redirects to a short-lived link that serves the content (with HTTP Range support)."""
    return RedirectResponse(svc.files.download_link(user, str(file_id), base), status_code=307)
