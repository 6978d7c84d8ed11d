from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_get_job_metadata_response import BatchGetJobMetadataResponse
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    job_ids: list[UUID],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_job_ids = []
    for job_ids_item_data in job_ids:
        job_ids_item = str(job_ids_item_data)
        json_job_ids.append(job_ids_item)

    params["job_ids"] = json_job_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/solvers/-/releases/-/jobs/metadata:batchGet",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BatchGetJobMetadataResponse.from_dict(response.json())

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
) -> Response[BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    job_ids: list[UUID],
) -> Response[BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError]:
    """Batch Get Jobs Custom Metadata

     The custom metadata of several jobs in one call.

    Args:
        job_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    job_ids: list[UUID],
) -> BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError | None:
    """Batch Get Jobs Custom Metadata

     The custom metadata of several jobs in one call.

    Args:
        job_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        job_ids=job_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_ids: list[UUID],
) -> Response[BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError]:
    """Batch Get Jobs Custom Metadata

     The custom metadata of several jobs in one call.

    Args:
        job_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    job_ids: list[UUID],
) -> BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError | None:
    """Batch Get Jobs Custom Metadata

     The custom metadata of several jobs in one call.

    Args:
        job_ids (list[UUID]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchGetJobMetadataResponse | ErrorGet | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            job_ids=job_ids,
        )
    ).parsed
