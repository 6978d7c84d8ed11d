from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_complete_multipart_upload import BodyCompleteMultipartUpload
from ...models.error_get import ErrorGet
from ...models.file_meta import FileMeta
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    file_id: UUID,
    *,
    body: BodyCompleteMultipartUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v0/files/{file_id}:complete".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | FileMeta | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FileMeta.from_dict(response.json())

        return response_200

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
) -> Response[ErrorGet | FileMeta | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCompleteMultipartUpload,
) -> Response[ErrorGet | FileMeta | HTTPValidationError]:
    """Complete Multipart Upload

     Join the uploaded parts into the file, checking its size and SHA-256 checksum.

    Args:
        file_id (UUID):
        body (BodyCompleteMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | FileMeta | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCompleteMultipartUpload,
) -> ErrorGet | FileMeta | HTTPValidationError | None:
    """Complete Multipart Upload

     Join the uploaded parts into the file, checking its size and SHA-256 checksum.

    Args:
        file_id (UUID):
        body (BodyCompleteMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | FileMeta | HTTPValidationError
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCompleteMultipartUpload,
) -> Response[ErrorGet | FileMeta | HTTPValidationError]:
    """Complete Multipart Upload

     Join the uploaded parts into the file, checking its size and SHA-256 checksum.

    Args:
        file_id (UUID):
        body (BodyCompleteMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | FileMeta | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BodyCompleteMultipartUpload,
) -> ErrorGet | FileMeta | HTTPValidationError | None:
    """Complete Multipart Upload

     Join the uploaded parts into the file, checking its size and SHA-256 checksum.

    Args:
        file_id (UUID):
        body (BodyCompleteMultipartUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | FileMeta | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
