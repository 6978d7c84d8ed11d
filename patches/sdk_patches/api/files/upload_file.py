"""Uploads with the platform's multipart protocol: links, parallel part PUTs, complete.

The file is read twice: once to hash it (the checksum is needed before asking for links, and
lets an identical file be found and not sent again), once to send its parts. Parts are read
with `pread` on demand, so memory stays within `concurrency x chunk size` for any file size.
A part whose echo (ETag, an MD5) does not match what was read is sent again; if the upload
cannot finish, it is aborted on the server so nothing half-written remains.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import logging
import math
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import httpx
from sdk_generated.models import (
    BodyAbortMultipartUpload,
    BodyCompleteMultipartUpload,
    ClientFileUploadData,
    FileMeta,
    FileUploadCompletionBody,
    UploadedPart,
    UserFile,
)

from sdk_patches.errors import ApiConnectionError, ApiError, InvalidInputError, TransferError

if TYPE_CHECKING:
    from sdk_patches.api.files import AsyncFilesApi, FilesApi

logger = logging.getLogger("sdk")

HASH_BUFFER = 1024 * 1024
PART_ATTEMPTS = 3
#: Sends requests as they are: presigned links carry their own authorisation.
NO_AUTH = httpx.Auth()
Progress = Callable[[int, int], None]


@attrs.frozen
class UploadOptions:
    """How to upload: parallel parts, reuse of identical files, a progress callback."""

    concurrency: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    reuse_existing: bool = True
    progress: Progress | None = None


@attrs.frozen
class Part:
    number: int
    offset: int
    length: int
    url: str


def file_digest(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in fixed-size buffers."""
    sha, size = hashlib.sha256(), 0
    with path.open("rb") as src:
        while chunk := src.read(HASH_BUFFER):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def _check_path(path: Path) -> None:
    if not path.is_file():
        raise InvalidInputError(f"cannot upload {path}: not a readable file")


def plan_parts(size: int, links: ClientFileUploadData) -> list[Part]:
    chunk = links.upload_schema.chunk_size
    urls = links.upload_schema.urls
    needed = math.ceil(size / chunk) if chunk > 0 and size > 0 else 0
    if len(urls) < needed:
        raise TransferError(f"the server gave {len(urls)} upload links for {needed} parts")
    return [
        Part(n + 1, n * chunk, min(chunk, size - n * chunk), str(urls[n])) for n in range(needed)
    ]


def _md5_b64(data: bytes) -> tuple[str, str]:
    digest = hashlib.md5(data, usedforsecurity=False)
    return digest.hexdigest(), base64.b64encode(digest.digest()).decode()


def _accepted(part: Part, response: httpx.Response, md5_hex: str) -> UploadedPart:
    etag = response.headers.get("etag")
    if not etag:
        raise TransferError(f"part {part.number}: the server sent no ETag")
    if etag.strip('"') != md5_hex:
        raise TransferError(f"part {part.number}: the server received different bytes")
    return UploadedPart(number=part.number, e_tag=etag.strip('"'))


_RETRYABLE = (TransferError, ApiConnectionError)


def _part_retry_worthy(error: Exception) -> bool:
    return isinstance(error, _RETRYABLE) or (
        isinstance(error, ApiError) and error.status_code == 400
    )


def _client_file(path: Path, size: int, sha256: str) -> UserFile:
    return UserFile(filename=path.name, filesize=size, sha256_checksum=sha256)


def _completion(client_file: UserFile, parts: list[UploadedPart]) -> BodyCompleteMultipartUpload:
    ordered = sorted(parts, key=lambda p: p.number)
    return BodyCompleteMultipartUpload(
        client_file=client_file, uploaded_parts=FileUploadCompletionBody(parts=ordered)
    )


def _same_name(files: Iterator[FileMeta], name: str) -> FileMeta | None:
    return next((f for f in files if f.filename == name), None)


# -- sync ---------------------------------------------------------------------------------------
def upload(api: FilesApi, path: Path, options: UploadOptions) -> FileMeta:
    _check_path(path)
    size, sha256 = file_digest(path)
    if options.reuse_existing:
        existing = _same_name(iter(api.iter_files(sha256_checksum=sha256)), path.name)
        if existing is not None:
            logger.info("%s is already on the platform as %s", path.name, existing.id)
            return existing
    client_file = _client_file(path, size, sha256)
    links = api.get_upload_links(body=client_file)
    try:
        parts = _send_parts(api, path, plan_parts(size, links), options)
        return api.complete_multipart_upload(links.file_id, body=_completion(client_file, parts))
    except BaseException:
        with contextlib.suppress(Exception):
            api.abort_multipart_upload(
                links.file_id, body=BodyAbortMultipartUpload(client_file=client_file)
            )
        raise


def _send_parts(
    api: FilesApi, path: Path, parts: list[Part], options: UploadOptions
) -> list[UploadedPart]:
    http = api._client.get_httpx_client()
    total = sum(p.length for p in parts)
    done = 0
    fd = os.open(path, os.O_RDONLY)
    try:

        def send(part: Part) -> UploadedPart:
            for attempt in range(1, PART_ATTEMPTS + 1):
                data = os.pread(fd, part.length, part.offset)
                md5_hex, md5_b64 = _md5_b64(data)
                try:
                    # A presigned link needs no credentials, and gets none.
                    response = http.put(
                        part.url, content=data, auth=NO_AUTH, headers={"Content-MD5": md5_b64}
                    )
                    return _accepted(part, response, md5_hex)
                except Exception as error:
                    if attempt == PART_ATTEMPTS or not _part_retry_worthy(error):
                        raise
                    logger.info("part %d failed (%s); sending it again", part.number, error)
            raise AssertionError("unreachable")

        uploaded: list[UploadedPart] = []
        with ThreadPoolExecutor(max_workers=options.concurrency) as pool:
            for result, part in zip(pool.map(send, parts), parts, strict=True):
                uploaded.append(result)
                done += part.length
                if options.progress is not None:
                    options.progress(done, total)
        return uploaded
    finally:
        os.close(fd)


# -- async --------------------------------------------------------------------------------------
async def aupload(api: AsyncFilesApi, path: Path, options: UploadOptions) -> FileMeta:
    _check_path(path)
    size, sha256 = await asyncio.to_thread(file_digest, path)
    if options.reuse_existing:
        async for existing in api.iter_files(sha256_checksum=sha256):
            if existing.filename == path.name:
                logger.info("%s is already on the platform as %s", path.name, existing.id)
                return existing
    client_file = _client_file(path, size, sha256)
    links = await api.get_upload_links(body=client_file)
    try:
        parts = await _asend_parts(api, path, plan_parts(size, links), options)
        return await api.complete_multipart_upload(
            links.file_id, body=_completion(client_file, parts)
        )
    except BaseException:
        with contextlib.suppress(Exception):
            await api.abort_multipart_upload(
                links.file_id, body=BodyAbortMultipartUpload(client_file=client_file)
            )
        raise


async def _asend_parts(
    api: AsyncFilesApi, path: Path, parts: list[Part], options: UploadOptions
) -> list[UploadedPart]:
    http = api._client.get_async_httpx_client()
    total = sum(p.length for p in parts)
    done = 0
    gate = asyncio.Semaphore(options.concurrency)
    fd = os.open(path, os.O_RDONLY)

    async def send(part: Part) -> UploadedPart:
        nonlocal done
        async with gate:
            for attempt in range(1, PART_ATTEMPTS + 1):
                data = await asyncio.to_thread(os.pread, fd, part.length, part.offset)
                md5_hex, md5_b64 = _md5_b64(data)
                try:
                    response = await http.put(
                        part.url, content=data, auth=NO_AUTH, headers={"Content-MD5": md5_b64}
                    )
                    result = _accepted(part, response, md5_hex)
                    break
                except Exception as error:
                    if attempt == PART_ATTEMPTS or not _part_retry_worthy(error):
                        raise
                    logger.info("part %d failed (%s); sending it again", part.number, error)
        done += part.length
        if options.progress is not None:
            options.progress(done, total)
        return result

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(send(p)) for p in parts]
        return [t.result() for t in tasks]
    except ExceptionGroup as failures:
        # One failed part is the story; the others were cancelled because of it.
        raise failures.exceptions[0] from None
    finally:
        os.close(fd)
