from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_get import ErrorGet
from ...models.http_validation_error import HTTPValidationError
from ...models.page_registered_function_job_withor_without_status import PageRegisteredFunctionJobWithorWithoutStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_status: bool | Unset = False,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    function_id: None | Unset | UUID = UNSET,
    function_job_ids: list[UUID] | None | Unset = UNSET,
    function_job_collection_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_status"] = include_status

    params["limit"] = limit

    params["offset"] = offset

    json_function_id: None | str | Unset
    if isinstance(function_id, Unset):
        json_function_id = UNSET
    elif isinstance(function_id, UUID):
        json_function_id = str(function_id)
    else:
        json_function_id = function_id
    params["function_id"] = json_function_id

    json_function_job_ids: list[str] | None | Unset
    if isinstance(function_job_ids, Unset):
        json_function_job_ids = UNSET
    elif isinstance(function_job_ids, list):
        json_function_job_ids = []
        for function_job_ids_type_0_item_data in function_job_ids:
            function_job_ids_type_0_item = str(function_job_ids_type_0_item_data)
            json_function_job_ids.append(function_job_ids_type_0_item)

    else:
        json_function_job_ids = function_job_ids
    params["function_job_ids"] = json_function_job_ids

    json_function_job_collection_id: None | str | Unset
    if isinstance(function_job_collection_id, Unset):
        json_function_job_collection_id = UNSET
    elif isinstance(function_job_collection_id, UUID):
        json_function_job_collection_id = str(function_job_collection_id)
    else:
        json_function_job_collection_id = function_job_collection_id
    params["function_job_collection_id"] = json_function_job_collection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/function_jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus | None:
    if response.status_code == 200:
        response_200 = PageRegisteredFunctionJobWithorWithoutStatus.from_dict(response.json())

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
) -> Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_status: bool | Unset = False,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    function_id: None | Unset | UUID = UNSET,
    function_job_ids: list[UUID] | None | Unset = UNSET,
    function_job_collection_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus]:
    """List Function Jobs

     The user's function jobs, filtered (all filters apply), with their status if asked.

    Args:
        include_status (bool | Unset):  Default: False.
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        function_id (None | Unset | UUID):
        function_job_ids (list[UUID] | None | Unset):
        function_job_collection_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus]
    """

    kwargs = _get_kwargs(
        include_status=include_status,
        limit=limit,
        offset=offset,
        function_id=function_id,
        function_job_ids=function_job_ids,
        function_job_collection_id=function_job_collection_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    include_status: bool | Unset = False,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    function_id: None | Unset | UUID = UNSET,
    function_job_ids: list[UUID] | None | Unset = UNSET,
    function_job_collection_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus | None:
    """List Function Jobs

     The user's function jobs, filtered (all filters apply), with their status if asked.

    Args:
        include_status (bool | Unset):  Default: False.
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        function_id (None | Unset | UUID):
        function_job_ids (list[UUID] | None | Unset):
        function_job_collection_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus
    """

    return sync_detailed(
        client=client,
        include_status=include_status,
        limit=limit,
        offset=offset,
        function_id=function_id,
        function_job_ids=function_job_ids,
        function_job_collection_id=function_job_collection_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_status: bool | Unset = False,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    function_id: None | Unset | UUID = UNSET,
    function_job_ids: list[UUID] | None | Unset = UNSET,
    function_job_collection_id: None | Unset | UUID = UNSET,
) -> Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus]:
    """List Function Jobs

     The user's function jobs, filtered (all filters apply), with their status if asked.

    Args:
        include_status (bool | Unset):  Default: False.
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        function_id (None | Unset | UUID):
        function_job_ids (list[UUID] | None | Unset):
        function_job_collection_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus]
    """

    kwargs = _get_kwargs(
        include_status=include_status,
        limit=limit,
        offset=offset,
        function_id=function_id,
        function_job_ids=function_job_ids,
        function_job_collection_id=function_job_collection_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_status: bool | Unset = False,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    function_id: None | Unset | UUID = UNSET,
    function_job_ids: list[UUID] | None | Unset = UNSET,
    function_job_collection_id: None | Unset | UUID = UNSET,
) -> ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus | None:
    """List Function Jobs

     The user's function jobs, filtered (all filters apply), with their status if asked.

    Args:
        include_status (bool | Unset):  Default: False.
        limit (int | Unset): Maximum number of items in the page Default: 20.
        offset (int | Unset): Index of the first item of the page Default: 0.
        function_id (None | Unset | UUID):
        function_job_ids (list[UUID] | None | Unset):
        function_job_collection_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorGet | HTTPValidationError | PageRegisteredFunctionJobWithorWithoutStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            include_status=include_status,
            limit=limit,
            offset=offset,
            function_id=function_id,
            function_job_ids=function_job_ids,
            function_job_collection_id=function_job_collection_id,
        )
    ).parsed
