from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.task_get import TaskGet
from ...types import Response


def _get_kwargs(
    function_job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/function_jobs/{function_job_id}/log".format(
            function_job_id=quote(str(function_job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | TaskGet | None:
    if response.status_code == 200:
        response_200 = TaskGet.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorGet.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorGet.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorGet.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorGet.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorGet.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorGet.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorGet.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorGet | HTTPValidationError | TaskGet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError | TaskGet]:
    """Get Function Job Logs Task

     Start exporting the logs of the job's solver or study job: follow the task, its result
    is the archive (a file).

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | TaskGet]
    """

    kwargs = _get_kwargs(
        function_job_id=function_job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | TaskGet | None:
    """Get Function Job Logs Task

     Start exporting the logs of the job's solver or study job: follow the task, its result
    is the archive (a file).

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | TaskGet
    """

    return sync_detailed(
        function_job_id=function_job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError | TaskGet]:
    """Get Function Job Logs Task

     Start exporting the logs of the job's solver or study job: follow the task, its result
    is the archive (a file).

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | TaskGet]
    """

    kwargs = _get_kwargs(
        function_job_id=function_job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    function_job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | TaskGet | None:
    """Get Function Job Logs Task

     Start exporting the logs of the job's solver or study job: follow the task, its result
    is the archive (a file).

    Args:
        function_job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | TaskGet
    """

    return (
        await asyncio_detailed(
            function_job_id=function_job_id,
            client=client,
        )
    ).parsed
