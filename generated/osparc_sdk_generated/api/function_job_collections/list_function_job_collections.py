from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.page_registered_function_job_collection import PageRegisteredFunctionJobCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    has_function_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_has_function_id: None | str | Unset
    if isinstance(has_function_id, Unset):
        json_has_function_id = UNSET
    else:
        json_has_function_id = has_function_id
    params["has_function_id"] = json_has_function_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/function_job_collections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection | None:
    if response.status_code == 200:
        response_200 = PageRegisteredFunctionJobCollection.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorGet.from_dict(response.json())

        return response_401

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
) -> Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection]:
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
    has_function_id: None | str | Unset = UNSET,
) -> Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection]:
    """List Function Job Collections

     The user's collections; with has_function_id, those holding a job of that function.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        has_function_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        has_function_id=has_function_id,
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
    has_function_id: None | str | Unset = UNSET,
) -> ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection | None:
    """List Function Job Collections

     The user's collections; with has_function_id, those holding a job of that function.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        has_function_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        has_function_id=has_function_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    has_function_id: None | str | Unset = UNSET,
) -> Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection]:
    """List Function Job Collections

     The user's collections; with has_function_id, those holding a job of that function.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        has_function_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        has_function_id=has_function_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    has_function_id: None | str | Unset = UNSET,
) -> ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection | None:
    """List Function Job Collections

     The user's collections; with has_function_id, those holding a job of that function.

    Args:
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        has_function_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageRegisteredFunctionJobCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            has_function_id=has_function_id,
        )
    ).parsed
