"""Uploads with the platform's multipart protocol: links, parallel part PUTs, complete.

The file is read twice: once to hash it (the checksum is asked for before the links, and lets
an identical file be found and not sent again), once to send its parts. Each part streams from
disk in small pieces, so memory stays small whatever the file or part size; its MD5 is computed
on the way and must match the ETag the server echoes, or the part is sent again.

Uploads resume: a journal (in the user's cache directory) records the links and every part the
server accepted. If the upload is interrupted (Ctrl-C, a dropped network), running it again
sends only the missing parts. An upload that cannot succeed is aborted on the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import math
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID

import attrs
import httpx
from osparc_sdk_generated.client import AuthenticatedClient, Client
from osparc_sdk_generated.models import (
    BodyAbortMultipartUpload,
    BodyCompleteMultipartUpload,
    ClientFileUploadData,
    FileMeta,
    FileUploadCompletionBody,
    UploadedPart,
    UserFile,
    UserFileToProgramJob,
)

from osparc_sdk_patches.errors import (
    ApiConnectionError,
    ApiError,
    InvalidInputError,
    TransferError,
    parse_retry_after,
)
from osparc_sdk_patches.types import ASYNC, REPLAYABLE_BODY, SYNC, Flow, Io, run_async, run_sync

logger = logging.getLogger("sdk")

BUFFER = 1024 * 1024
#: Sendings of a part (each with the transport's own retries) before the upload gives up.
PART_ATTEMPTS = 3
#: Seconds before a part is sent again, doubling with each attempt (or the server's Retry-After).
PART_BACKOFF = 0.2
PART_MAX_WAIT = 10.0
#: Sends requests as they are: presigned links carry their own authorisation.
NO_AUTH = httpx.Auth()
Progress = Callable[[int, int], None]
#: Answers to a part PUT meaning the server no longer knows this upload: start it over.
STALE_UPLOAD = frozenset({403, 404, 409})
#: Answers to a part PUT after which it is sent again (with a pause).
RESEND_STATUSES = frozenset({400, 408, 429, 500, 502, 503, 504})
#: Failures after which the upload may be resumed later (the journal is kept).
RESUMABLE = (KeyboardInterrupt, asyncio.CancelledError, ApiConnectionError)


def default_journal_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("osparc-sdk")) / "uploads"


@attrs.frozen
class UploadOptions:
    """How to upload: parallel parts, reuse of identical files, resuming, progress."""

    concurrency: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    reuse_existing: bool = True
    resume: bool = True
    journal_dir: Path | None = None
    progress: Progress | None = None


@attrs.frozen
class Part:
    number: int
    offset: int
    length: int
    url: str


class Files(Protocol):
    """What an upload needs of `FilesApi` or `AsyncFilesApi` (named by what they do, not
    imported: they import this module). Each call's result is yielded (`types.Flow`)."""

    _client: AuthenticatedClient | Client

    def iter_files(self, *, sha256_checksum: str | None = ...) -> Any: ...

    def get_upload_links(self, *, body: UserFile | UserFileToProgramJob) -> Any: ...

    def complete_multipart_upload(
        self, file_id: UUID, *, body: BodyCompleteMultipartUpload
    ) -> Any: ...

    def abort_multipart_upload(self, file_id: UUID, *, body: BodyAbortMultipartUpload) -> Any: ...


class StaleUpload(Exception):
    """The server no longer accepts parts for this upload (links expired, upload gone)."""


def file_digest(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read in fixed-size buffers."""
    sha, size = hashlib.sha256(), 0
    with path.open("rb") as src:
        while chunk := src.read(BUFFER):
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


# -- the journal: what a resumed upload does not need to send again -----------------------------
class Journal:
    """Links and accepted parts of one upload, rewritten atomically after every part."""

    def __init__(self, path: Path, links: dict[str, Any], done: dict[int, str]) -> None:
        self.path = path
        self.links = links
        self.done = done
        self._lock = threading.Lock()

    @staticmethod
    def location(directory: Path, host: str, path: Path, size: int, sha256: str) -> Path:
        key = hashlib.sha256(f"{host}\n{path.resolve()}\n{size}\n{sha256}".encode()).hexdigest()
        return directory / f"{key[:32]}.json"

    @classmethod
    def load(cls, path: Path) -> Journal | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, data["links"], {int(k): str(v) for k, v in data["done"].items()})
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def record(self, number: int, e_tag: str) -> None:
        with self._lock:
            self.done[number] = e_tag
            self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".journal-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"links": self.links, "done": self.done}, out)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


class _NoJournal(Journal):
    """Used when resuming is off: remembers parts in memory only."""

    def __init__(self, links: dict[str, Any]) -> None:
        super().__init__(Path(os.devnull), links, {})

    def _save(self) -> None:
        return None

    def remove(self) -> None:
        return None


def _open_journal(
    host: str, path: Path, size: int, sha256: str, options: UploadOptions
) -> tuple[Path | None, Journal | None]:
    if not options.resume:
        return None, None
    location = Journal.location(
        options.journal_dir or default_journal_dir(), host, path, size, sha256
    )
    journal = Journal.load(location)
    if journal is not None:
        logger.info(
            "resuming the upload of %s: %d part(s) already sent", path.name, len(journal.done)
        )
    return location, journal


def _new_journal(location: Path | None, links: ClientFileUploadData) -> Journal:
    data = links.to_dict()
    if location is None:
        return _NoJournal(data)
    journal = Journal(location, data, {})
    journal._save()
    return journal


# -- one part -----------------------------------------------------------------------------------
class _PartBody:
    """A part's bytes, streamed from disk, and iterable again from the start: the transport may
    send the part again (its retries), and `md5` is that of the latest sending."""

    def __init__(self, fd: int, part: Part) -> None:
        self._fd = fd
        self._part = part
        self.md5 = hashlib.md5(usedforsecurity=False)

    def __iter__(self) -> Iterator[bytes]:
        self.md5 = md5 = hashlib.md5(usedforsecurity=False)
        position, end = self._part.offset, self._part.offset + self._part.length
        while position < end:
            data = os.pread(self._fd, min(BUFFER, end - position), position)
            if not data:
                raise TransferError(
                    f"the file became shorter while part {self._part.number} was sent"
                )
            md5.update(data)
            position += len(data)
            yield data


#: Part bodies can be sent again by the transport's retries.
_REPLAYABLE = {REPLAYABLE_BODY: True}


def _accepted(part: Part, response: httpx.Response, md5_hex: str) -> str:
    etag = response.headers.get("etag")
    if not etag:
        raise TransferError(f"part {part.number}: the server sent no ETag")
    tag = str(etag).strip('"')
    if tag != md5_hex:
        raise TransferError(f"part {part.number}: the server received different bytes")
    return tag


def _should_resend(error: Exception, attempt: int) -> bool:
    """Whether a part that failed, after the transport's retries, is sent once more: a part that
    arrived damaged, a dropped connection, a transient status (the object store's 5xx and 429,
    as S3 answers when busy). Sending a part again costs little; starting over costs a lot."""
    if isinstance(error, ApiError) and error.status_code in STALE_UPLOAD:
        raise StaleUpload(str(error)) from error
    return attempt < PART_ATTEMPTS and (
        isinstance(error, (TransferError, ApiConnectionError, httpx.TransportError))
        or (isinstance(error, ApiError) and error.status_code in RESEND_STATUSES)
    )


def _resend_delay(error: Exception, attempt: int) -> float:
    if isinstance(error, ApiError):
        retry_after = parse_retry_after(error.headers.get("retry-after"))
        if retry_after is not None:
            return min(retry_after, PART_MAX_WAIT)
    return min(PART_BACKOFF * 2.0 ** (attempt - 1), PART_MAX_WAIT)


def _headers(part: Part) -> dict[str, str]:
    return {"Content-Length": str(part.length), "Content-Type": "application/octet-stream"}


def _client_file(path: Path, size: int, sha256: str) -> UserFile:
    return UserFile(filename=path.name, filesize=size, sha256_checksum=sha256)


def _completion(client_file: UserFile, done: dict[int, str]) -> BodyCompleteMultipartUpload:
    parts = [UploadedPart(number=n, e_tag=tag) for n, tag in sorted(done.items())]
    return BodyCompleteMultipartUpload(
        client_file=client_file, uploaded_parts=FileUploadCompletionBody(parts=parts)
    )


def _abort_body(client_file: UserFile) -> BodyAbortMultipartUpload:
    return BodyAbortMultipartUpload(client_file=client_file)


# -- the upload, once for both forms (`upload`, `aupload`) -------------------------------------
def _upload(api: Files, io: Io, path: Path, options: UploadOptions) -> Flow[FileMeta]:
    _check_path(path)
    size, sha256 = yield io.blocking(file_digest, path)
    if options.reuse_existing:
        # The user's files with this checksum: copies of these very bytes (usually none).
        same: list[FileMeta] = yield api.iter_files(sha256_checksum=sha256).collect()
        for existing in same:
            if existing.filename == path.name:
                logger.info("%s is already on the platform as %s", path.name, existing.id)
                return existing
    client_file = _client_file(path, size, sha256)
    host = str(api._client._base_url)
    location, journal = _open_journal(host, path, size, sha256, options)
    for fresh in (journal is None, True):
        if fresh:
            journal = _new_journal(location, (yield api.get_upload_links(body=client_file)))
        assert journal is not None
        try:
            meta: FileMeta = yield from _finish(api, io, path, client_file, size, journal, options)
            return meta
        except StaleUpload:
            if fresh:
                raise TransferError(f"the server refused the parts of {path.name}") from None
            logger.info("the saved upload of %s is gone on the server; starting over", path.name)
            journal.remove()
    raise AssertionError("unreachable")


def _finish(
    api: Files,
    io: Io,
    path: Path,
    client_file: UserFile,
    size: int,
    journal: Journal,
    options: UploadOptions,
) -> Flow[FileMeta]:
    links = ClientFileUploadData.from_dict(journal.links)
    try:
        yield from _send_parts(api, io, path, plan_parts(size, links), journal, options)
        meta: FileMeta = yield api.complete_multipart_upload(
            links.file_id, body=_completion(client_file, journal.done)
        )
    except StaleUpload:
        raise
    except RESUMABLE:
        if isinstance(journal, _NoJournal):
            yield from _quiet_abort(api, links, client_file)
        raise
    except BaseException:
        yield from _quiet_abort(api, links, client_file)
        journal.remove()
        raise
    journal.remove()
    return meta


def _quiet_abort(api: Files, links: ClientFileUploadData, client_file: UserFile) -> Flow[None]:
    with contextlib.suppress(Exception):
        yield api.abort_multipart_upload(links.file_id, body=_abort_body(client_file))


def _send_parts(
    api: Files,
    io: Io,
    path: Path,
    parts: list[Part],
    journal: Journal,
    options: UploadOptions,
) -> Flow[None]:
    http = io.http(api._client)
    total = sum(p.length for p in parts)
    sent = sum(p.length for p in parts if p.number in journal.done)
    progress_lock = threading.Lock()  # parts end in worker threads (sync)

    def count(part: Part) -> None:
        nonlocal sent
        with progress_lock:
            sent += part.length
            if options.progress is not None:
                options.progress(sent, total)

    fd = os.open(path, os.O_RDONLY)
    try:
        todo = [p for p in parts if p.number not in journal.done]
        yield io.gather(
            [_send_part(http, io, fd, p, journal, count) for p in todo], options.concurrency
        )
    finally:
        os.close(fd)


def _send_part(
    http: httpx.Client | httpx.AsyncClient,
    io: Io,
    fd: int,
    part: Part,
    journal: Journal,
    count: Callable[[Part], None],
) -> Flow[None]:
    """Send one part, again after a failure the transport did not retry (`_should_resend`)."""
    for attempt in range(1, PART_ATTEMPTS + 1):
        body = _PartBody(fd, part)
        try:
            response = yield http.put(
                part.url,
                content=io.content(body),
                auth=NO_AUTH,
                headers=_headers(part),
                extensions=_REPLAYABLE,
            )
            journal.record(part.number, _accepted(part, response, body.md5.hexdigest()))
            break
        except Exception as error:
            if not _should_resend(error, attempt):
                raise
            wait = _resend_delay(error, attempt)
            logger.info("part %d failed (%s); sending it again in %.2fs", part.number, error, wait)
            yield io.sleep(wait)
    count(part)


def upload(api: Files, path: Path, options: UploadOptions) -> FileMeta:
    return run_sync(_upload(api, SYNC, path, options))


async def aupload(api: Files, path: Path, options: UploadOptions) -> FileMeta:
    return await run_async(_upload(api, ASYNC, path, options))
