from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.page_file import PageFile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sha256_checksum: None | str | Unset = UNSET,
    file_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_sha256_checksum: None | str | Unset
    if isinstance(sha256_checksum, Unset):
        json_sha256_checksum = UNSET
    else:
        json_sha256_checksum = sha256_checksum
    params["sha256_checksum"] = json_sha256_checksum

    json_file_id: None | str | Unset
    if isinstance(file_id, Unset):
        json_file_id = UNSET
    elif isinstance(file_id, UUID):
        json_file_id = str(file_id)
    else:
        json_file_id = file_id
    params["file_id"] = json_file_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/files:search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | PageFile | None:
    if response.status_code == 200:
        response_200 = PageFile.from_dict(response.json())

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
) -> Response[ErrorGet | HTTPValidationError | PageFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sha256_checksum: None | str | Unset = UNSET,
    file_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | PageFile]:
    """Search Files Page

     Find files by checksum or id, a page at a time.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        sha256_checksum (None | str | Unset):
        file_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageFile]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        sha256_checksum=sha256_checksum,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sha256_checksum: None | str | Unset = UNSET,
    file_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | PageFile | None:
    """Search Files Page

     Find files by checksum or id, a page at a time.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        sha256_checksum (None | str | Unset):
        file_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageFile
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        sha256_checksum=sha256_checksum,
        file_id=file_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sha256_checksum: None | str | Unset = UNSET,
    file_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | PageFile]:
    """Search Files Page

     Find files by checksum or id, a page at a time.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        sha256_checksum (None | str | Unset):
        file_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageFile]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        sha256_checksum=sha256_checksum,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    sha256_checksum: None | str | Unset = UNSET,
    file_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | PageFile | None:
    """Search Files Page

     Find files by checksum or id, a page at a time.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        sha256_checksum (None | str | Unset):
        file_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageFile
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            sha256_checksum=sha256_checksum,
            file_id=file_id,
        )
    ).parsed
