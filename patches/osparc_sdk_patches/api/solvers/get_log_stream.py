"""Follow a running job's log: the ndjson stream the generator cannot read, line by line.

Each line is a JobLog, or an ErrorGet when the server reports a problem mid-stream; the stream
ends when the job does.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
from osparc_sdk_generated.models import JobLog

from osparc_sdk_patches.client import STREAMED
from osparc_sdk_patches.errors import ApiConnectionError, UnexpectedResponseError, redact_url

__all__ = ["aiter_job_logs", "iter_job_logs"]


def log_stream_path(solver_key: str, version: str, job_id: UUID) -> str:
    key, ver = quote(solver_key, safe=""), quote(version, safe="")
    return f"/v0/solvers/{key}/releases/{ver}/jobs/{job_id}/logstream"


def _parse(line: str, request: httpx.Request) -> JobLog | None:
    if not line.strip():
        return None
    try:
        data: Any = json.loads(line)
    except ValueError as error:
        raise UnexpectedResponseError(
            f"log stream line is not JSON: {line[:80]!r}",
            method=request.method,
            url=redact_url(request.url),
        ) from error
    if isinstance(data, dict) and "errors" in data:
        raise UnexpectedResponseError(
            f"the log stream reported: {data['errors']}",
            method=request.method,
            url=redact_url(request.url),
        )
    return JobLog.from_dict(data)


def _dropped(request: httpx.Request, error: httpx.TransportError) -> ApiConnectionError:
    return ApiConnectionError(
        f"the log stream was cut: {error or type(error).__name__}",
        method=request.method,
        url=redact_url(request.url),
    )


def iter_job_logs(
    http: httpx.Client, solver_key: str, version: str, job_id: UUID
) -> Iterator[JobLog]:
    path = log_stream_path(solver_key, version, job_id)
    with http.stream("GET", path, extensions={STREAMED: True}) as response:
        try:
            for line in response.iter_lines():
                log = _parse(line, response.request)
                if log is not None:
                    yield log
        except httpx.TransportError as error:
            raise _dropped(response.request, error) from error


async def aiter_job_logs(
    http: httpx.AsyncClient, solver_key: str, version: str, job_id: UUID
) -> AsyncIterator[JobLog]:
    path = log_stream_path(solver_key, version, job_id)
    async with http.stream("GET", path, extensions={STREAMED: True}) as response:
        try:
            async for line in response.aiter_lines():
                log = _parse(line, response.request)
                if log is not None:
                    yield log
        except httpx.TransportError as error:
            raise _dropped(response.request, error) from error
