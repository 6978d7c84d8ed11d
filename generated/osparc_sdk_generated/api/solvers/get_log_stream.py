from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    solver_key: str,
    version: str,
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/solvers/{solver_key}/releases/{version}/jobs/{job_id}/logstream".format(
            solver_key=quote(str(solver_key), safe=""),
            version=quote(str(version), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | None:
    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorGet.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorGet.from_dict(response.json())

        return response_409

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
) -> Response[ErrorGet | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError]:
    """Get Log Stream

     Follow a job: its progress as log lines, one JSON object per line, until it finishes.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        version=version,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | None:
    """Get Log Stream

     Follow a job: its progress as log lines, one JSON object per line, until it finishes.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError
    """

    return sync_detailed(
        solver_key=solver_key,
        version=version,
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError]:
    """Get Log Stream

     Follow a job: its progress as log lines, one JSON object per line, until it finishes.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        solver_key=solver_key,
        version=version,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    solver_key: str,
    version: str,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | None:
    """Get Log Stream

     Follow a job: its progress as log lines, one JSON object per line, until it finishes.

    Args:
        solver_key (str): e.g. simcore/services/comp/itis/sleeper
        version (str):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            solver_key=solver_key,
            version=version,
            job_id=job_id,
            client=client,
        )
    ).parsed
