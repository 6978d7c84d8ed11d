"""Downloads that never leave a partial or unverified file at the destination, and heal.

The content is streamed into a temporary file beside the destination, resumed with an HTTP
Range request if the connection drops or the body is cut (where it is safe: the server answers
206 for the very bytes asked, of the same content, `If-Range`; otherwise the content starts
over), checked against the platform's SHA-256 checksum, and only then renamed into place.
Content that does not match its checksum is fetched again from the start, within the client's
retry policy's attempts; only then is it a `TransferError`. A file name chosen by the server is
used only if it is a plain name: `../../x` or `a/b` is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Protocol
from uuid import UUID

import attrs
import httpx
from osparc_sdk_generated.client import AuthenticatedClient, Client
from osparc_sdk_generated.models import FileMeta

from osparc_sdk_patches.client import STREAMED
from osparc_sdk_patches.errors import ApiConnectionError, InvalidInputError, TransferError
from osparc_sdk_patches.types import ASYNC, SYNC, Flow, Io, RetryPolicy, run_async, run_sync

logger = logging.getLogger("sdk")

#: A connection that failed while the content streamed in (or could not be reopened after the
#: transport's retries): the download goes on from where it stopped.
_DROPPED = (httpx.TransportError, ApiConnectionError)
#: The content is read as it arrives, never buffered by the transport.
_STREAM = {STREAMED: True}
Progress = Callable[[int, int], None]


class Files(Protocol):
    """What a download needs of `FilesApi` or `AsyncFilesApi` (named by what they do, not
    imported: they import this module)."""

    _client: AuthenticatedClient | Client
    #: How many times damaged content is fetched (the client's policy's `max_attempts`).
    _retry_policy: RetryPolicy

    def get_file(self, file_id: UUID) -> Any: ...


@attrs.frozen
class DownloadOptions:
    """How to download: replace an existing file or not, resume limits, verification."""

    overwrite: bool = False
    verify: bool = True
    max_resumes: int = 5
    progress: Progress | None = None


def safe_name(name: str) -> str:
    """A server-chosen file name, accepted only if it cannot point outside the destination."""
    if (
        not name
        or name in (".", "..")
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or Path(name).is_absolute()
    ):
        raise TransferError(f"refusing to write a file named {name!r}: not a plain file name")
    return name


def target_path(destination: Path, server_name: str, overwrite: bool) -> Path:
    target = destination / safe_name(server_name) if destination.is_dir() else destination
    if not target.parent.is_dir():
        raise InvalidInputError(f"cannot download into {target.parent}: not a directory")
    if target.exists() and not overwrite:
        raise InvalidInputError(f"{target} exists; pass overwrite=True to replace it")
    return target


@attrs.define
class _Sink:
    """The temporary file and what has been written to it so far."""

    file: IO[bytes]
    path: Path
    sha: hashlib._Hash = attrs.field(factory=hashlib.sha256)
    size: int = 0
    #: The content's ETag, once known: a resumed request asks for the rest of *this* content.
    e_tag: str | None = None

    def restart(self) -> None:
        self.file.seek(0)
        self.file.truncate()
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.sha.update(chunk)
        self.size += len(chunk)


@contextlib.contextmanager
def _temporary_beside(target: Path):  # type: ignore[no-untyped-def]
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            yield _Sink(file, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _range_headers(sink: _Sink) -> dict[str, str]:
    if not sink.size:
        return {}
    headers = {"Range": f"bytes={sink.size}-"}
    if sink.e_tag:  # a changed content comes whole (200), never as a tail of another one
        headers["If-Range"] = sink.e_tag
    return headers


def _start(sink: _Sink, response: httpx.Response) -> None:
    """Resume only with the tail asked for; anything else (the whole content, another range)
    starts over."""
    if sink.size and not (
        response.status_code == 206
        and response.headers.get("content-range", "").startswith(f"bytes {sink.size}-")
    ):
        sink.restart()
        if response.status_code == 206:  # a part that does not follow: ask for all of it
            raise httpx.RemoteProtocolError("the server sent another range than asked")
    if not sink.size:
        tag = response.headers.get("etag", "")
        sink.e_tag = tag if tag and not tag.startswith("W/") else None


def _damaged(sink: _Sink, expected: str | None, options: DownloadOptions) -> bool:
    return options.verify and bool(expected) and sink.sha.hexdigest() != str(expected).lower()


def _again_or_fail(file_id: UUID, attempt: int, policy: RetryPolicy) -> None:
    """After content that does not match its checksum: another fetch from the start (logged),
    or `TransferError` once the policy's attempts are spent."""
    if attempt >= policy.max_attempts:
        raise TransferError(
            f"downloaded content of {file_id} does not match its checksum ({attempt} attempts)"
        )
    logger.info(
        "download of %s does not match its checksum; fetching it again (attempt %d of %d)",
        file_id,
        attempt + 1,
        policy.max_attempts,
    )


def _download(
    api: Files,
    io: Io,
    file_id: UUID,
    destination: Path,
    options: DownloadOptions,
) -> Flow[Path]:
    """The download, once for both forms (`download`, `adownload`)."""
    meta: FileMeta = yield api.get_file(file_id)
    target = target_path(destination, meta.filename, options.overwrite)
    http = io.http(api._client)
    expected = meta.checksum if isinstance(meta.checksum, str) else None
    policy = api._retry_policy
    with _temporary_beside(target) as sink:
        fetch = _Fetch(http, io, file_id, sink, options)
        for attempt in range(1, policy.max_attempts + 1):
            yield from fetch.content()
            if not _damaged(sink, expected, options):
                break
            _again_or_fail(file_id, attempt, policy)
            sink.restart()
        sink.file.close()
        os.replace(sink.path, target)
        return target


@attrs.frozen
class _Fetch:
    """Fetching one file's content into a sink: over this form's httpx client, with its `Io`."""

    http: httpx.Client | httpx.AsyncClient
    io: Io
    file_id: UUID
    sink: _Sink
    options: DownloadOptions

    def content(self) -> Flow[None]:
        """The content into the sink, resumed after a drop or a cut (`max_resumes` times)."""
        for resume in range(self.options.max_resumes + 1):
            try:
                yield from self._receive()
                return
            except _DROPPED as error:
                if resume == self.options.max_resumes:
                    raise TransferError(
                        f"download of {self.file_id} kept failing: {error}"
                    ) from error
                logger.info(
                    "download of %s dropped at %d bytes; resuming", self.file_id, self.sink.size
                )

    def _receive(self) -> Flow[None]:
        """One request for the content (or the rest of it), written to the sink as it arrives:
        a dropped connection loses nothing already received."""
        sink, io, progress = self.sink, self.io, self.options.progress
        request = self.http.build_request(
            "GET",
            f"/v0/files/{self.file_id}/content",
            headers=_range_headers(sink),
            extensions=_STREAM,
        )
        response: httpx.Response = yield self.http.send(request, stream=True)
        try:
            _start(sink, response)
            total = sink.size + int(response.headers.get("content-length", 0))
            chunks = io.chunks(response)
            while (chunk := (yield io.next(chunks))) is not None:
                sink.write(chunk)
                if progress is not None:
                    progress(sink.size, total)
        finally:
            yield io.close(response)


def download(api: Files, file_id: UUID, destination: Path, options: DownloadOptions) -> Path:
    return run_sync(_download(api, SYNC, file_id, destination, options))


async def adownload(api: Files, file_id: UUID, destination: Path, options: DownloadOptions) -> Path:
    return await run_async(_download(api, ASYNC, file_id, destination, options))
