"""The object store behind presigned links: not part of the API, so not in the spec."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from starlette.responses import FileResponse, Response

from osparc_platform_server.deps import Svc
from osparc_platform_server.errors import ApiError
from osparc_platform_server.routing import OneTripRoute
from osparc_platform_server.runner import LOG_ARCHIVE

router = APIRouter(prefix="/storage", include_in_schema=False, route_class=OneTripRoute)


class BlobResponse(FileResponse):
    """A file response that reads 1 MiB at a time (Starlette's default is 64 KiB)."""

    chunk_size = 1024 * 1024


Expires = Annotated[int, Query()]
Signature = Annotated[str, Query(max_length=128)]


@router.put("/uploads/{file_id}/{number}")
async def put_part(
    request: Request,
    svc: Svc,
    file_id: str,
    number: int,
    expires: Expires,
    signature: Signature,
    content_md5: Annotated[str | None, Header()] = None,
) -> Response:
    svc.signer.verify("PUT", request.url.path, expires, signature)
    length = request.headers.get("content-length")
    md5 = await svc.files.put_part(
        file_id, number, request.stream(), int(length) if length else None, content_md5
    )
    return Response(status_code=200, headers={"ETag": f'"{md5}"'})


@router.get("/files/{file_id}")
def get_file_content(
    request: Request, svc: Svc, file_id: str, expires: Expires, signature: Signature
) -> BlobResponse:
    svc.signer.verify("GET", request.url.path, expires, signature)
    with svc.db.read() as conn:
        row = conn.execute("SELECT * FROM files WHERE id = ?", (file_id,)).fetchone()
    path = svc.blobs.file_path(file_id)
    if row is None or not path.exists():
        raise ApiError(404, f"File with identifier {file_id} not found")
    headers = {"ETag": f'"{row["e_tag"]}"'}
    if row["sha256"]:
        headers["X-Checksum-Sha256"] = row["sha256"]
    return BlobResponse(
        path,
        media_type=row["content_type"] or "application/octet-stream",
        filename=row["filename"],
        headers=headers,
    )


@router.get("/jobs/{job_id}/" + LOG_ARCHIVE)
def get_job_logs(
    request: Request, svc: Svc, job_id: str, expires: Expires, signature: Signature
) -> BlobResponse:
    svc.signer.verify("GET", request.url.path, expires, signature)
    path = svc.blobs.job_dir(job_id) / LOG_ARCHIVE
    if not path.exists():
        raise ApiError(404, f"No log file for job {job_id}")
    return BlobResponse(path, media_type="application/zip", filename=f"{job_id}_logs.zip")
