from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.job_status import JobStatus
from ...types import Response


def _get_kwargs(
    study_id: UUID,
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/studies/{study_id}/jobs/{job_id}:inspect".format(
            study_id=quote(str(study_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | JobStatus | None:
    if response.status_code == 200:
        response_200 = JobStatus.from_dict(response.json())

        return response_200

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
) -> Response[ErrorGet | HTTPValidationError | JobStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: UUID,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError | JobStatus]:
    """Inspect Study Job

     The study job's state and progress.

    Args:
        study_id (UUID):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | JobStatus]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: UUID,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | JobStatus | None:
    """Inspect Study Job

     The study job's state and progress.

    Args:
        study_id (UUID):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | JobStatus
    """

    return sync_detailed(
        study_id=study_id,
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: UUID,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorGet | HTTPValidationError | JobStatus]:
    """Inspect Study Job

     The study job's state and progress.

    Args:
        study_id (UUID):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | JobStatus]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: UUID,
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorGet | HTTPValidationError | JobStatus | None:
    """Inspect Study Job

     The study job's state and progress.

    Args:
        study_id (UUID):
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | JobStatus
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            job_id=job_id,
            client=client,
        )
    ).parsed
